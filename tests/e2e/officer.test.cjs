// The officer console end to end, in two browser contexts side by side and
// with no reload of either page while the work flows: a citizen sends a
// report through the form; the dispatcher's open inbox shows it live and
// marked as new; the dispatcher assigns it to Sở Xây dựng (the deadline
// prefilled by the shared calculator); the unit's handler starts work and
// proposes an answer with a file; the unit lead approves it; the citizen's
// open report page shows the answer and the citizen rates it "Không hài
// lòng", then asks for reconsideration with a reason; the dispatcher finds
// the request under its inbox tab and reopens the report. Officers are
// made with the server binary's `admin create-officer` against the running
// server's data folder, sign in with their one-time password in the UI and
// change it there first. Screenshots at each step; no console errors.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { request } = require('playwright-core');
const t = require('./lib.cjs');
const {
  expectStatus, citizenSignedIn, createOfficer, mark, reveal, press, type, solveCaptcha, choose, officerSignIn, officerSignOut,
  act, officerSignedIn,
} = require('./console.cjs');

const captchaFor = t.captchaFor;

const CCCD = '056191653264';
const PHONE = '0905123456';
const PASSWORD = 'matkhau2026';
const NAME = 'Phạm Thị Ngọc Lan';
const TITLE = 'Cống thoát nước bị vỡ trên đường Lê Thánh Tôn';
const CONTENT = 'Nắp cống vỡ, nước thải tràn ra mặt đường gây mùi hôi và nguy hiểm cho người đi xe máy.';
const ADDRESS = 'Số 45 đường Lê Thánh Tôn';
const RESULT = 'Đơn vị đã thay nắp cống mới và vệ sinh mặt đường ngày hôm nay.';

// ---------------------------------------------------------------- downloads (exports)

// The parts of a zip by name, read from its central directory and inflated
// with Node's zlib: what a spreadsheet program reads of an .xlsx.
function unzipParts(bytes) {
  const zlib = require('zlib');
  const end = bytes.length - 22;
  if (bytes.readUInt32LE(end) !== 0x06054b50) t.fail('export: not a zip (no end record)');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts = {};
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) t.fail('export: bad zip directory');
    const method = bytes.readUInt16LE(at + 10), packed = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28), extra = bytes.readUInt16LE(at + 30), comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.slice(at + 46, at + 46 + nameLen).toString('utf8');
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.slice(data, data + packed);
    parts[name] = (method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8');
    at += 46 + nameLen + extra + comment;
  }
  return parts;
}

// Clicks `label` and returns the file the browser downloaded: its name and bytes.
async function downloadBy(page, label) {
  const started = page.waitForEvent('download', { timeout: 30000 });
  await press(page, label);
  const download = await started;
  const file = await download.path();
  if (!file) t.fail(`download by ${label} failed: ${await download.failure()}`);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

// ---------------------------------------------------------------- the test

const flow = () => t.run('officer console: live inbox, assign, start, answer, approve, rate, reconsider', async ({ server, browser }) => {
  const office = await t.launchBrowser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-answer-'));
  const answerFile = path.join(dir, 'bien-ban-nghiem-thu.png');
  fs.writeFileSync(answerFile, t.makePng(64, 48));
  try {
    const dispatcher = createOfficer(server, 'dieuphoi.lan', 'Nguyễn Văn Điều', 'TTDH', 'dispatcher');
    const handler = createOfficer(server, 'xuly.xaydung', 'Trần Văn Xử', 'SO-XD', 'handler');
    const lead = createOfficer(server, 'lanhdao.xaydung', 'Lê Thị Duyệt', 'SO-XD', 'unit_lead');
    // Two contexts side by side: the citizen's and the officers'.
    await citizenSignedIn(server, browser.context.request, { cccd: CCCD, phone: PHONE, password: PASSWORD, name: NAME });
    // Tall enough that no screen of the flow needs scrolling: Emscripten's
    // GLFW answers wheel events with preventDefault in a passive listener,
    // which Chromium reports as a console error.
    const citizen = await t.openPage(browser, server.url + '/');
    await citizen.setViewportSize({ width: 1280, height: 1400 });
    const officer = await t.openPage(office, server.url + '/');
    await officer.setViewportSize({ width: 1366, height: 1300 });
    for (const [who, page] of [['citizen', citizen], ['officer', officer]])
      page.on('response', (r) => { if (r.status() >= 400) console.log(`# ${who}: HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });

    // 1. The dispatcher signs in (one-time password replaced) and waits in the inbox.
    mark('1. The dispatcher signs in (one-time password replaced) a');
    await officerSignIn(officer, dispatcher);
    await t.waitForWidget(officer, /^Chờ tiếp nhận( \(\d+\+?\))?$/);
    await t.waitForWidget(officer, 'Tiếp nhận qua tổng đài');
    await officer.evaluate(() => { window.paknNoReload = true; });
    await t.screenshot(officer, 'officer-01-inbox-empty');

    // 2. The citizen sends a report through the form.
    mark('2. The citizen sends a report through the form.');
    await citizen.evaluate(() => { window.paknNoReload = true; });
    await press(citizen, 'Gửi phản ánh');
    await t.waitForPath(citizen, '/gui-phan-anh');
    await t.waitForWidget(citizen, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC');
    await type(citizen, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);
    await type(citizen, 'NỘI DUNG', CONTENT);
    await type(citizen, 'ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ', ADDRESS);
    await press(citizen, 'Lĩnh vực');
    await press(citizen, 'Xây dựng');
    await press(citizen, /^Tôi đồng ý công khai/);
    await solveCaptcha(citizen);
    const created = citizen.waitForResponse((r) => r.url().endsWith('/api/v1/reports') && r.request().method() === 'POST');
    await press(citizen, 'GỬI');
    const report = await expectStatus(await created, 201, 'submit');
    await t.screenshot(citizen, 'officer-02-citizen-sent');

    // 3. It appears in the dispatcher's inbox live, marked as new.
    mark('3. It appears in the dispatchers inbox live, marked as ne');
    const row = '★ ' + report.code;
    await t.waitForWidget(officer, row, 10000);
    t.assertEqual(await officer.evaluate(() => window.paknNoReload), true, 'the inbox was not reloaded');
    await t.screenshot(officer, 'officer-03-inbox-live');

    // 4. The dispatcher opens it and assigns it to Sở Xây dựng.
    mark('4. The dispatcher opens it and assigns it to Sở Xây dựng.');
    await press(officer, row);
    await t.waitForPath(officer, `/can-bo/phan-anh/${report.id}`);
    await t.waitForWidget(officer, 'Chuyển xử lý');
    await t.screenshot(officer, 'officer-04-processing');
    const assigned = await act(officer, report.id, 'Chuyển xử lý', async () => {
      if (!/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(await t.fieldValue(officer, 'Hạn trả lời kết quả')))
        t.fail('no computed deadline');
      await choose(officer, 'Đơn vị chủ trì xử lý', 'xay dung', 'Sở Xây dựng');
      await type(officer, 'Ghi chú', 'Đề nghị Sở Xây dựng kiểm tra, xử lý.');
      await t.screenshot(officer, 'officer-05-assign-form');
    });
    t.assertEqual(assigned.status, 'assigned', 'status after assignment');
    t.assertEqual(assigned.lead_unit.name, 'Sở Xây dựng', 'lead unit');
    await t.screenshot(officer, 'officer-06-assigned');

    // 5. The unit's handler starts work and proposes the answer with a file.
    mark('5. The units handler starts work and proposes the answer ');
    await officerSignOut(officer);
    await officerSignIn(officer, handler);
    await t.waitForWidget(officer, report.code);
    await t.screenshot(officer, 'officer-07-handler-inbox');
    await press(officer, report.code);
    await t.waitForPath(officer, `/can-bo/phan-anh/${report.id}`);
    t.assertEqual((await act(officer, report.id, 'Bắt đầu xử lý')).status, 'in_progress', 'status after start');
    const proposed = await act(officer, report.id, 'Đề xuất kết quả', async () => {
      await type(officer, 'Nội dung kết quả xử lý', RESULT);
      const uploaded = officer.waitForResponse((r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST');
      const [chooser] = await Promise.all([officer.waitForEvent('filechooser'), press(officer, 'Đính kèm tệp')]);
      await chooser.setFiles(answerFile);
      t.assertEqual((await uploaded).status(), 201, 'answer file upload');
      await t.waitForWidget(officer, '✕ Xóa');
      await t.screenshot(officer, 'officer-08-answer-form');
    });
    t.assertEqual(proposed.status, 'result_proposed', 'status after the proposal');
    t.assertEqual(proposed.result.attachments.length, 1, 'answer files');
    await t.screenshot(officer, 'officer-09-proposed');

    // 6. The unit lead finds both steps under the bell (the assignment to the
    //    unit and the answer waiting), opens the report from there, approves it.
    mark('6. The unit lead approves it.');
    await officerSignOut(officer);
    await officerSignIn(officer, lead);
    const waiting = `Phản ánh ${report.code} có kết quả xử lý chờ duyệt`;
    await press(officer, /^Thông báo \([1-9]/);
    await t.waitForPath(officer, '/thong-bao');
    await t.waitForWidget(officer, waiting);
    await t.waitForWidget(officer, `Đơn vị được giao xử lý phản ánh ${report.code}`);
    await t.screenshot(officer, 'officer-10a-lead-notices');
    await press(officer, waiting);
    await t.waitForPath(officer, `/can-bo/phan-anh/${report.id}`);
    const approved = await act(officer, report.id, 'Duyệt kết quả');
    t.assertEqual(approved.status, 'resolved', 'status after approval');
    await t.screenshot(officer, 'officer-10-approved');

    // 7. The citizen, still on the page after sending, opens the report and
    mark('7. The citizen, still on the page after sending, opens th');
    //    sees the answer; the rating form is offered; the citizen rates.
    await press(citizen, 'Phản ánh, kiến nghị của tôi');
    await t.waitForPath(citizen, '/phan-anh-cua-toi');
    await press(citizen, TITLE);
    await t.waitForPath(citizen, `/phan-anh/${report.id}`);
    await reveal(citizen, 'Gửi đánh giá');
    const seen = await expectStatus(await browser.context.request.get(`${server.url}/api/v1/reports/${report.id}`), 200, 'citizen view');
    t.assertEqual(seen.result && seen.result.text, RESULT, 'answer the citizen sees');
    await t.screenshot(citizen, 'officer-11-citizen-result');
    await press(citizen, 'Không hài lòng');
    const rated = citizen.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${report.id}/actions`));
    await press(citizen, 'Gửi đánh giá');
    const closed = await expectStatus(await rated, 200, 'rate');
    t.assertEqual(closed.status, 'closed', 'status after rating');
    t.assertEqual(closed.rating.level, 'dissatisfied', 'rating');
    await t.screenshot(citizen, 'officer-12-citizen-rated');
    t.assertEqual(await citizen.evaluate(() => window.paknNoReload), true, 'the citizen page was not reloaded');

    // 8. The unit lead's dashboard counts the answer, on time.
    mark('8. The unit leads dashboard counts the answer, on time.');
    await press(officer, 'Thống kê đơn vị');
    await t.waitForPath(officer, '/can-bo/thong-ke');
    await t.waitForWidget(officer, /^Đúng hạn tháng này/);
    await t.frames(officer, 3);
    await t.screenshot(officer, 'officer-13-dashboard');
    // The monthly report as a workbook, with the unit's officers' figures.
    const workbook = await downloadBy(officer, 'Xuất Excel');
    if (!/^thong-ke-\d{4}-\d{2}-\d{2}\.xlsx$/.test(workbook.name)) t.fail(`workbook name ${workbook.name}`);
    const parts = unzipParts(workbook.bytes);
    for (const sheet of ['Tổng hợp', 'Theo trạng thái', 'Theo lĩnh vực', 'Theo cán bộ'])
      if (!parts['xl/workbook.xml'].includes(`name="${sheet}"`)) t.fail(`workbook without the sheet ${sheet}`);
    if (!parts['xl/worksheets/sheet1.xml'].includes('>Sở Xây dựng<')) t.fail('the summary does not name the unit');

    // 9. Not satisfied: the citizen asks for reconsideration, with a reason
    //    (refused at the field while empty), and the page says it waits.
    mark('9. The citizen asks for reconsideration.');
    await reveal(citizen, 'Đề nghị xem xét lại');
    await press(citizen, 'Đề nghị xem xét lại');
    await t.waitForWidget(citizen, 'Gửi đề nghị');
    await press(citizen, 'Gửi đề nghị');
    await citizen.waitForFunction(() => window.pakn.widgets().some((w) => w.label === 'Lý do đề nghị xem xét lại' && w.error),
      null, { timeout: 10000, polling: 50 });
    const REASON = 'Nắp cống mới lại bị vỡ sau hai ngày, nước thải vẫn tràn ra đường.';
    await type(citizen, 'Lý do đề nghị xem xét lại', REASON);
    const asked = citizen.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${report.id}/actions`));
    await press(citizen, 'Gửi đề nghị');
    const pending = await expectStatus(await asked, 200, 'request_reconsideration');
    t.assertEqual(pending.status, 'closed', 'status while the request waits');
    t.assertEqual(pending.reconsideration_pending, true, 'request pending');
    // The page's banner says it waits (banners are alerts, not clickable widgets).
    await citizen.waitForFunction((m) => window.pakn.widgets().some((w) => w.role === 'alert' && w.label === m),
      'Đã gửi đề nghị xem xét lại — đang chờ Trung tâm quyết định', { timeout: 10000, polling: 50 });
    await t.screenshot(citizen, 'officer-13a-citizen-reconsideration');

    // 10. The dispatcher finds it under its tab and reopens the report.
    mark('10. The dispatcher reopens it.');
    // Back as the dispatcher, whose one-time password step 1 replaced: the
    // sign-in screen was driven there, so through the API here, then the inbox.
    dispatcher.oneTime = dispatcher.password;
    await officerSignedIn(server, office.context, dispatcher);
    await officer.goto(`${server.url}/can-bo`);
    await officer.waitForFunction(() => window.pakn && window.pakn.widgets, null, { timeout: 30000, polling: 100 });
    await t.waitForWidget(officer, 'Đề nghị xem xét lại (1)');  // the tab counts the one request
    await press(officer, 'Đề nghị xem xét lại (1)');
    const listed = new RegExp(`^(★ )?${report.code}$`);
    await t.waitForWidget(officer, listed);
    await press(officer, listed);
    await t.waitForPath(officer, `/can-bo/phan-anh/${report.id}`);
    await t.waitForWidget(officer, 'Từ chối xem xét lại');
    await t.screenshot(officer, 'officer-13b-dispatcher-reconsideration');
    const reopened = await act(officer, report.id, 'Mở lại', async () => {
      await type(officer, 'Lý do mở lại', 'Đề nghị Sở Xây dựng kiểm tra lại hiện trường theo phản ánh của người dân.');
    });
    t.assertEqual(reopened.status, 'assigned', 'status after reopening');
    t.assertEqual(reopened.reconsideration_pending, false, 'request decided');
    const steps = reopened.events.map((e) => e.action);
    if (steps.indexOf('request_reconsideration') < 0 || steps.indexOf('reopen') < steps.indexOf('request_reconsideration'))
      t.fail(`timeline without the request and the reopening: ${steps.join(',')}`);

    t.assertNoProblems(citizen);
    t.assertNoProblems(officer);
  } finally {
    await office.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- the console on a laptop (issue 14)

// The dispatcher's own account from another device (the API), signed in
// with the captcha the test hooks answer: `changePassword` there ends every
// other session, as "signed out elsewhere" does.
async function otherDevice(server, officer) {
  const api = await request.newContext({ baseURL: server.url });
  const login = await expectStatus(await api.post('/api/v1/auth/login', {
    data: { audience: 'officer', login: officer.username, password: officer.password, ...(await captchaFor(api, server.url)) },
  }), 200, 'second sign-in');
  return {
    api,
    csrf: login.csrf_token,
    // Enters a report received by phone (the center's intake), as the console's form would.
    async intake(form) {
      return expectStatus(await api.post('/api/v1/reports', {
        headers: { 'X-CSRF-Token': login.csrf_token },
        data: { channel: 'hotline', reporter_name: 'Võ Thị Hồng', reporter_phone: '0914555666', is_public: false,
          attachment_ids: [], submit: true, ...form },
      }), 201, 'intake');
    },
    async changePassword(next) {
      const r = await api.post('/api/v1/me/password', {
        headers: { 'X-CSRF-Token': login.csrf_token },
        data: { old_password: officer.password, new_password: next },
      });
      t.assertEqual(r.status(), 204, 'password change on the other device');
    },
  };
}

const laptop = () => t.run('officer console at 1366x768: paging, filters, a long note, signed out elsewhere', async ({ server, browser }) => {
  // Enough reports for three pages of the "Tất cả" tab.
  execFileSync(process.env.PAKN_SERVER, ['seed', '--reports', '45', '--data-dir', server.dataDir], { encoding: 'utf8' });
  const dispatcher = createOfficer(server, 'dieuphoi.trang', 'Lê Thị Trang', 'TTDH', 'dispatcher');
  const page = await t.openPage(browser, server.url + '/');
  const view = { width: 1366, height: 768 };
  await page.setViewportSize(view);
  await officerSignIn(page, dispatcher);

  // 1. A full page: the rows stay inside the table, the pager under it is on
  //    screen and turns the page (it used to open the report drawn over it).
  mark('laptop 1. paging');
  await press(page, /^Tất cả( \(\d+\+?\))?$/);
  await t.waitForWidget(page, /^(★ )?PAKN-/);
  await t.settle(page);
  const pager = await t.widget(page, 'Sau →');
  if (pager.y + pager.h > view.height) t.fail(`the pager is below the screen: ${JSON.stringify(pager)}`);
  for (const w of await t.widgets(page))
    if (/^(★ )?PAKN-/.test(w.label) && w.y + w.h > pager.y) t.fail(`row ${w.label} drawn over the pager`);
  await t.screenshot(page, 'officer-14-inbox-laptop');
  const turned = page.waitForResponse((r) => /\/api\/v1\/inbox\?.*page=2/.test(r.url()));
  await page.mouse.click(pager.x + pager.w / 2, pager.y + pager.h / 2);
  t.assertEqual((await turned).status(), 200, 'page 2');
  await t.settle(page);
  // Still the inbox (no report opened), with the tab and page in the address.
  t.assertEqual((await t.state(page)).path, '/can-bo?tab=all&page=2', 'path after "Sau →"');
  await t.waitForWidget(page, /^(★ )?PAKN-/);
  await t.screenshot(page, 'officer-15-inbox-page-2');

  // 2. Every filter shows at desktop width, and works.
  mark('laptop 2. filters');
  await press(page, '▼ Bộ lọc');
  await t.settle(page);
  for (const label of ['Lĩnh vực', 'Xã, phường', 'Đơn vị chủ trì', 'Kênh tiếp nhận', 'Người phản ánh', 'Gửi từ ngày',
    'Đến ngày']) {
    const f = (await t.widgets(page)).find((w) => w.label === label && 'value' in w);
    if (!f || f.w < 200 || f.x + f.w > view.width) t.fail(`filter ${label} not shown whole: ${JSON.stringify(f)}`);
  }
  await t.screenshot(page, 'officer-16-filters');
  await choose(page, 'Xã, phường', 'bac nha trang', 'Phường Bắc Nha Trang');
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/inbox?') && r.url().includes('commune=22333'));
  await press(page, 'Lọc');
  t.assertEqual((await filtered).status(), 200, 'filtered inbox');
  // 20. The filtered list as CSV for Vietnamese regional settings.
  await press(page, 'CSV dùng dấu chấm phẩy (;)');
  const csv = await downloadBy(page, 'Xuất CSV');
  if (!/^ho-so-\d{4}-\d{2}-\d{2}\.csv$/.test(csv.name)) t.fail(`CSV name ${csv.name}`);
  const text = csv.bytes.toString('utf8');
  if (!text.startsWith('\uFEFFMã hồ sơ;Tiêu đề;Trạng thái')) t.fail(`CSV header: ${text.slice(0, 80)}`);
  const lines = text.trim().split('\r\n');
  if (lines.length < 2) t.fail('CSV without rows');
  for (const line of lines.slice(1))
    if (!line.includes(';Phường Bắc Nha Trang;')) t.fail(`CSV row outside the filter: ${line}`);
  await press(page, 'Xóa bộ lọc');
  await t.waitForWidget(page, /^(★ )?PAKN-/);

  // 3. Bản đồ hồ sơ: reports entered with a position are points on the staff
  //    map, opened from the console's navigation; a click on one opens it.
  mark('laptop 3. the staff map');
  const desk = await otherDevice(server, dispatcher);
  const placed = [];
  try {
    for (const [title, lat, lon] of [['Cây xanh gãy đổ chắn lối đi', 12.2451, 109.1943],
      ['Nắp hố ga bị mất trên vỉa hè', 12.2688, 109.2011], ['Đèn tín hiệu giao thông không hoạt động', 12.2205, 109.1867]])
      placed.push(await desk.intake({ title, content: title + ', đề nghị kiểm tra xử lý sớm.', address: 'Đường Trần Phú',
        commune_code: '22333', category_code: 'xay_dung', lat, lon }));
  } finally {
    await desk.api.dispose();
  }
  await page.setViewportSize({ width: 1366, height: 1200 });  // the whole map in sight, no scrolling
  const mapAnswer = page.waitForResponse((r) => r.url().includes('/api/v1/officer/map'));
  await press(page, 'Bản đồ hồ sơ');
  await t.waitForPath(page, '/can-bo/ban-do');
  const map = await (await mapAnswer).json();
  const codes = new Set(placed.map((r) => r.code));
  const shown = map.points.filter((p) => codes.has(p.code));
  t.assertEqual(shown.length, 3, 'the placed reports among the map\'s points');
  for (const p of shown) t.assertEqual(p.time_left_level, 'ok', `SLA level of ${p.code}`);
  await t.waitForWidget(page, placed[0].code);
  await t.settle(page);
  const points = (await t.widgets(page)).filter((w) => codes.has(w.label));
  t.assertEqual(points.length, 3, 'points drawn for the placed reports');
  await t.screenshot(page, 'officer-19-staff-map');
  const target = points.find((w) => w.label === placed[1].code);
  await page.mouse.move(target.x + target.w / 2, target.y + target.h / 2);
  await t.frames(page, 2);
  await page.mouse.click(target.x + target.w / 2, target.y + target.h / 2);
  await t.waitForPath(page, `/can-bo/phan-anh/${placed[1].id}`);
  await t.waitForWidget(page, 'Chuyển xử lý');
  await t.screenshot(page, 'officer-20-map-opened-report');
  // It repeats an older report: the dispatcher merges it there by that
  // report's tracking code (issue 15 item 13); both timelines stay.
  const merged = await act(page, placed[1].id, 'Gộp phản ánh trùng', async () => {
    await type(page, 'Mã tra cứu của phản ánh trước (gộp vào)', placed[0].code);
  });
  t.assertEqual(merged.status, 'closed', 'status after the merge');
  const mergedSteps = merged.events.map((e) => e.action);
  t.assertEqual(mergedSteps[mergedSteps.length - 1], 'merge', 'the merge on the duplicate\'s timeline');
  // Closed: the page offers no routing any more.
  await page.waitForFunction(() => !window.pakn.widgets().some((w) => w.label === 'Chuyển xử lý'), null,
    { timeout: 10000, polling: 50 });
  await t.screenshot(page, 'officer-20b-merged');
  await page.setViewportSize(view);
  await press(page, 'Hộp xử lý');
  await t.waitForPath(page, '/can-bo');

  // 3b. Counts on the tabs; two rows ticked and accepted together, with the
  //    summary; the filter saved by name and applied again after a reload.
  mark('laptop 3b. tab counts, bulk accept, saved filter');
  const CALLER = '0987001122';
  const caller = await otherDevice(server, dispatcher);
  const called = [];
  try {
    for (const n of [1, 2]) {
      const made = await caller.api.post('/api/v1/reports', {
        headers: { 'X-CSRF-Token': caller.csrf },
        data: { title: `Đèn chiếu sáng hỏng đoạn ${n} đường Trần Phú`, content: 'Người dân gọi tổng đài báo đèn không sáng.',
          address: 'Đường Trần Phú', category_code: 'xay_dung', commune_code: '22333', is_public: true, attachment_ids: [],
          submit: true, channel: 'hotline', reporter_name: 'Võ Văn Gọi', reporter_phone: CALLER },
      });
      called.push((await expectStatus(made, 201, 'intake by phone')).code);
    }
  } finally {
    await caller.api.dispose();
  }
  await press(page, /^Chờ tiếp nhận( \(\d+\+?\))?$/);
  // Back from the map the filter panel may be closed: open it for the reporter's box.
  if (!(await t.widgets(page)).some((w) => w.label === 'Người phản ánh')) await press(page, '▼ Bộ lọc');
  await type(page, 'Người phản ánh', CALLER);
  const narrowed = page.waitForResponse((r) => r.url().includes('/api/v1/inbox?') && r.url().includes('reporter=' + CALLER));
  await press(page, 'Lọc');
  t.assertEqual((await narrowed).status(), 200, 'inbox by reporter');
  // The tab's count is its list's: the two calls.
  await t.waitForWidget(page, 'Chờ tiếp nhận (2)');
  await press(page, '▲ Bộ lọc');  // the panel closed: the rows move up into sight
  await t.waitForWidget(page, 'Chọn ' + called[1]);
  await press(page, 'Chọn ' + called[0]);
  await press(page, 'Chọn ' + called[1]);
  await press(page, 'Tiếp nhận');  // the bulk bar's: the center's actions from the workflow table
  await t.screenshot(page, 'officer-19-bulk-selected');
  const bulkDone = page.waitForResponse((r) => r.url().endsWith('/api/v1/reports/bulk'));
  await press(page, 'Thực hiện');
  const bulk = await expectStatus(await bulkDone, 200, 'bulk accept');
  t.assertEqual(bulk.done, 2, 'reports accepted in bulk');
  t.assertEqual(bulk.items.map((i) => i.status).join(','), 'accepted,accepted', 'statuses after bulk');
  await t.waitForWidget(page, 'Đóng thông báo');  // the summary "Đã thực hiện 2/2"
  await t.waitForWidget(page, 'Đã tiếp nhận (2)');  // the counts follow
  await t.waitForWidget(page, 'Chờ tiếp nhận (0)');
  await t.screenshot(page, 'officer-20-bulk-summary');
  // Name the filter, clear it, reload, apply it again from the list.
  await press(page, 'Lưu bộ lọc');
  await type(page, 'Tên bộ lọc', 'Cuộc gọi Trần Phú');
  const savedFilter = page.waitForResponse((r) => r.url().endsWith('/api/v1/officer/saved-filters') && r.request().method() === 'POST');
  await press(page, 'Lưu');
  const savedBody = await expectStatus(await savedFilter, 201, 'save filter');
  t.assertEqual(savedBody.query, 'reporter=' + CALLER, 'saved filter query');
  await t.waitForWidget(page, '✓ Cuộc gọi Trần Phú');  // listed, and marked as the filter in use
  await t.screenshot(page, 'officer-21-filter-saved');
  await press(page, '▼ Bộ lọc');
  await press(page, 'Xóa bộ lọc');
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.widgets, null, { timeout: 30000, polling: 100 });
  await t.waitForWidget(page, /^▼ Bộ lọc đã lưu$/);
  await press(page, '▼ Bộ lọc đã lưu');
  const reapplied = page.waitForResponse((r) => r.url().includes('/api/v1/inbox?') && r.url().includes('reporter=' + CALLER));
  await press(page, 'Cuộc gọi Trần Phú');
  t.assertEqual((await reapplied).status(), 200, 'saved filter applied after reload');
  await t.waitForWidget(page, 'Đã tiếp nhận (2)');
  await t.waitForWidget(page, '✓ Cuộc gọi Trần Phú');
  await t.screenshot(page, 'officer-22-filter-reapplied');
  await press(page, 'Xóa bộ lọc');
  await press(page, '▲ Bộ lọc');  // both panels closed: step 4 needs the rows in sight
  await press(page, '▲ Bộ lọc đã lưu');
  await press(page, /^Tất cả( \(\d+\+?\))?$/);
  await t.waitForWidget(page, /^(★ )?PAKN-/);

  // 4. A long note wraps at the box's width and is kept as typed.
  mark('laptop 4. a long note');
  const first = (await t.widgets(page)).find((w) => /^(★ )?PAKN-/.test(w.label));
  await press(page, first.label);
  await page.waitForFunction(() => window.pakn.state().path.startsWith('/can-bo/phan-anh/'), null, { timeout: 10000 });
  const reportPath = (await t.state(page)).path;
  await press(page, 'Ghi chú nội bộ');
  const box = await t.widget(page, 'Nội dung ghi chú nội bộ');
  let note = '';
  while (note.length < 1500) note += 'Đã liên hệ người phản ánh, hẹn kiểm tra hiện trường vào sáng thứ Hai tuần tới cùng cán bộ phường. ';
  note = note.trim();
  await type(page, 'Nội dung ghi chú nội bộ', note);
  await t.settle(page);
  const grown = await t.widget(page, 'Nội dung ghi chú nội bộ');
  if (grown.h < box.h * 2) t.fail(`the note box did not grow with its text: ${box.h} -> ${grown.h}`);
  await t.screenshot(page, 'officer-17-long-note');
  await press(page, 'Hủy');

  // 5. Signed out elsewhere: the report leaves the screen by itself (no
  //    click), and the sign-in page says why.
  mark('laptop 5. signed out elsewhere');
  const other = await otherDevice(server, dispatcher);
  try {
    await other.changePassword(dispatcher.password + 'x');
    await page.waitForFunction(() => window.pakn.state().path.startsWith('/dang-nhap'), null, { timeout: 30000 });
    const back = new URL(server.url + (await t.state(page)).path).searchParams.get('sau');
    t.assertEqual(back, reportPath, 'back to the report after signing in');
    await t.settle(page);
    if ((await t.widgets(page)).some((w) => w.label === 'Ghi chú nội bộ')) t.fail('the report is still on screen');
    await t.screenshot(page, 'officer-18-signed-out-elsewhere');
  } finally {
    await other.api.dispose();
  }
  // The refused requests themselves are expected in the console, nothing else.
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !/status of 401|EventSource/.test(p)));
  t.assertNoProblems(page);
});

(async () => {
  await flow();
  await laptop();
})();
