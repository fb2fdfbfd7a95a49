// Keyboard only, the rest of the way (issue 16 item 2; e2e_keyboard covers
// registration, sending and the dispatcher's assignment): a neighbour
// follows the report from the form's panel of reports nearby, the unit's handler starts work and proposes the
// answer, the unit lead approves it, the reporter rates it; the dispatcher
// walks a long inbox whose rows scroll, row by row, and leaves it at both
// ends; the administrator adds an officer. No mouse: Tab and Shift+Tab,
// Enter and Space, typing. Every stop shows the focus ring and no Tab is
// trapped (keyboard.cjs).
'use strict';
const { execFileSync } = require('child_process');
const { request } = require('playwright-core');
const t = require('./lib.cjs');
const { act, expectStatus, citizenSignedIn, createOfficer, forgetSession, officerSignedIn, mark } = require('./console.cjs');
const { focused, key, tabTo, pressWith, typeInto, chooseWith } = require('./keyboard.cjs');
const { AXE, audit } = require('./a11y.cjs');

const REPORTER = { cccd: '079190044556', name: 'Phan Văn Gửi', phone: '0905441122', password: 'GuiPhim2026kh' };
const NEIGHBOUR = { cccd: '079190077889', name: 'Đặng Thị Xóm', phone: '0905442233', password: 'XomPhim2026kh' };
const TITLE = 'Đèn đường tắt cả dãy trên đường Hùng Vương';
const RESULT = 'Đơn vị đã thay bóng và sửa tủ điện chiếu sáng; đèn sáng lại từ tối nay.';
const COMMENT = 'Cảm ơn, đèn đã sáng.';
const OFFICER = { username: 'xuly.phim2', name: 'Ngô Văn Tab', phone: '0905443344' };
const ROW = /^(★ )?PAKN-\d{4}-\d{6}$/;

// Signs a registered citizen in within `api` (the browser context's cookies).
async function citizenLogin(server, api, who) {
  return expectStatus(await api.post(server.url + '/api/v1/auth/login', {
    data: { audience: 'public', login: who.cccd, password: who.password, ...(await t.captchaFor(api, server.url)) },
  }), 200, `${who.name} signs in`);
}

// Opens `path` of the app in `page` and waits until it is ready.
async function open(page, server, path) {
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
}

// Runs a workflow action from the processing page by keyboard: Enter on its
// button, its form (`fill`), Enter on "Xác nhận"; returns the updated report.
function actWith(page, reportId, action, fill) {
  return act(page, reportId, action, fill, { press: pressWith, by: 'by keyboard' });
}

// Opens the report's row of the console's inbox with Enter, on the inbox's
// tab labelled `tab` (a RegExp; the role's first tab when none).
async function openFromInbox(page, server, report, tab) {
  await open(page, server, '/can-bo');
  if (tab) await pressWith(page, tab);
  const row = new RegExp(`^(★ )?${report.code}$`);
  await t.waitForWidget(page, row);
  await pressWith(page, row);
  await t.waitForPath(page, `/can-bo/phan-anh/${report.id}`);
}

// Tabs (or Shift+Tabs) from the row that has the keyboard through the
// inbox's rows until the keyboard leaves them; returns the rows' codes in
// the order they had it. Each row must be inside the table's visible part
// (between the column names and the pager) while it has the keyboard.
async function walkRows(page, { backwards, top, bottom }) {
  const codes = [];
  for (let presses = 0; ; presses++) {
    if (presses > 200) t.fail(`Tab does not leave the inbox: ${codes.length} rows so far`);
    const f = await focused(page);
    if (ROW.test(f.label || '')) {
      const code = f.label.replace(/^★ /, '');
      if (codes[codes.length - 1] !== code) codes.push(code);
      if (!f.ring) t.fail(`row ${code} has the keyboard but no focus ring`);
      if (f.y < top - 1 || f.y + f.h > bottom + 1)
        t.fail(`row ${code} has the keyboard out of sight (y ${f.y}..${f.y + f.h}, rows shown ${top}..${bottom})`);
    } else if (f.label == null) {
      t.fail(`the keyboard is on an item out of sight or not interactive (${f.id}) after row ${codes[codes.length - 1]}`);
    } else if (!f.label.startsWith('Chọn PAKN-')) {
      return { codes, after: f.label };  // neither a row nor its tick box: out of the rows
    }
    const before = f.id;
    await key(page, backwards ? 'Shift+Tab' : 'Tab');
    if ((await focused(page)).id === before) t.fail(`Tab does not leave "${f.label}" (a keyboard trap)`);
  }
}

t.run('keyboard only: follow, handle, approve, rate, a long inbox, an administrator\'s form', async ({ server, browser }) => {
  await browser.context.addInitScript(AXE);
  const page = await t.openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const context = page.context();
  const cdp = await context.newCDPSession(page);
  const dispatcher = createOfficer(server, 'dieuphoi.phim2', 'Đỗ Văn Phím', 'TTDH', 'dispatcher');
  const handler = createOfficer(server, 'xuly.phim', 'Trần Văn Phím', 'SO-XD', 'handler');
  const lead = createOfficer(server, 'lanhdao.phim', 'Lê Thị Phím', 'SO-XD', 'unit_lead');
  const admin = createOfficer(server, 'quantri.phim', 'Vũ Văn Quản', 'TTDH', 'admin');

  // 0. Through the API: the reporter's report, assigned to Sở Xây dựng.
  mark('keyboard roles 0. a report, assigned');
  const api = await request.newContext({ baseURL: server.url });
  let report;
  try {
    const reporter = await citizenSignedIn(server, api, REPORTER);
    report = await expectStatus(await api.post('/api/v1/reports', {
      headers: { 'X-CSRF-Token': reporter.csrf_token },
      data: { title: TITLE, content: 'Cả dãy đèn từ số 10 đến số 60 Hùng Vương tắt ba đêm liền, đường rất tối.',
        address: '10 Hùng Vương', commune_code: '22333', category_code: 'xay_dung', lat: 12.2388, lon: 109.1967,
        is_public: true,
        attachment_ids: [], submit: true, ...(await t.captchaFor(api, server.url)) },
    }), 201, 'the report');
  } finally {
    await api.dispose();
  }
  const center = await officerSignedIn(server, context, dispatcher);
  const units = await expectStatus(await context.request.get(server.url + '/api/v1/public/units'), 200, 'units');
  const unit = (units.items || units).find((u) => u.name === 'Sở Xây dựng');
  if (!unit) t.fail('no Sở Xây dựng among the units');
  await expectStatus(await context.request.post(`${server.url}/api/v1/reports/${report.id}/actions`, {
    headers: { 'X-CSRF-Token': center.csrf_token }, data: { action: 'assign', unit_id: unit.id },
  }), 200, 'assign');

  // 1. A neighbour starts the same report a few dozen metres away, sees it
  //    in the form's "Đã có người phản ánh gần đây" panel and follows it
  //    with Enter instead of sending.
  mark('keyboard roles 1. a neighbour follows it');
  await forgetSession(context);
  await citizenSignedIn(server, context.request, NEIGHBOUR);
  await open(page, server, '/gui-phan-anh');
  await typeInto(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', 'Đèn đường Hùng Vương tắt');
  await typeInto(page, 'Vĩ độ', '12.2391');
  await typeInto(page, 'Kinh độ', '109.1967');
  await t.waitForWidget(page, 'Theo dõi phản ánh này');
  await pressWith(page, 'Theo dõi phản ánh này');
  await t.waitForWidget(page, 'Bỏ theo dõi');
  const followed = await expectStatus(await context.request.get(`${server.url}/api/v1/reports/${report.id}`), 200, 'followed');
  t.assertEqual(followed.following, true, 'followed by keyboard');

  // 2. The unit's handler: inbox → the report → "Bắt đầu xử lý", then
  //    "Đề xuất kết quả" with the answer typed.
  mark('keyboard roles 2. the handler answers');
  await officerSignedIn(server, context, handler);
  await openFromInbox(page, server, report);
  t.assertEqual((await actWith(page, report.id, 'Bắt đầu xử lý')).status, 'in_progress', 'status after start');
  const proposed = await actWith(page, report.id, 'Đề xuất kết quả', async () => {
    await typeInto(page, 'Nội dung kết quả xử lý', RESULT);
    await t.screenshot(page, 'keyboard-04-answer');
  });
  t.assertEqual(proposed.status, 'result_proposed', 'status after the proposal');

  // 3. The unit lead turns to the tab of answers waiting and approves it.
  mark('keyboard roles 3. the lead approves');
  await officerSignedIn(server, context, lead);
  await openFromInbox(page, server, report, /^Chờ duyệt kết quả/);
  t.assertEqual((await actWith(page, report.id, 'Duyệt kết quả')).status, 'resolved', 'status after approval');

  // 4. The reporter rates the answer: Space on "Hài lòng", a comment, Enter on "Gửi đánh giá".
  mark('keyboard roles 4. the reporter rates it');
  await forgetSession(context);
  await citizenLogin(server, context.request, REPORTER);
  await open(page, server, `/phan-anh/${report.id}`);
  await t.waitForWidget(page, 'In biên nhận');  // loaded; the rating form is further down, where Tab goes
  await pressWith(page, 'Hài lòng', 'Space');
  // To a screen reader the levels are one radio group, "Hài lòng" chosen.
  const radios = await page.evaluate(() => [...document.querySelectorAll('#pakn-a11y input[type=radio]')]
    .map((r) => ({ label: r.getAttribute('aria-label'), name: r.name, checked: r.checked })));
  t.assertEqual(radios.map((r) => `${r.label}${r.checked ? ' ✓' : ''}`).join(', '),
    'Rất hài lòng, Hài lòng ✓, Chưa hài lòng, Không hài lòng', 'the rating\'s radio buttons in the mirror');
  t.assertEqual(new Set(radios.map((r) => r.name)).size, 1, 'one radio group');
  await audit(page, cdp, 'the rating form');  // radio buttons in the accessibility tree, and axe-core
  await typeInto(page, 'Ý kiến của bạn (không bắt buộc)', COMMENT);
  await t.screenshot(page, 'keyboard-05-rate');
  const rated = page.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${report.id}/actions`));
  await pressWith(page, 'Gửi đánh giá');
  const closed = await expectStatus(await rated, 200, 'rated by keyboard');
  t.assertEqual(closed.status, 'closed', 'status after rating');
  t.assertEqual(closed.rating.level, 'satisfied', 'the rating chosen with Space');

  // 5. The administrator adds an officer (before the seed below fills the list).
  mark('keyboard roles 5. the administrator adds an officer');
  await officerSignedIn(server, context, admin);
  await open(page, server, '/quan-tri?muc=can-bo');
  await pressWith(page, '+ Thêm cán bộ');
  await typeInto(page, 'Tên đăng nhập', OFFICER.username);
  await typeInto(page, 'Họ và tên', OFFICER.name);
  await chooseWith(page, 'Đơn vị công tác', 'xay dung', 'Sở Xây dựng');
  await chooseWith(page, 'Vai trò', null, 'Cán bộ xử lý');
  await typeInto(page, 'Số điện thoại di động', OFFICER.phone);
  await t.screenshot(page, 'keyboard-07-admin');
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/admin/officers'));
  await pressWith(page, 'Lưu');
  const issued = await expectStatus(await saved, 201, 'officer added by keyboard');
  t.assertEqual(issued.officer.unit_id, unit.id, 'unit chosen by keyboard');
  await t.waitForWidget(page, 'Mật khẩu được cấp');
  await pressWith(page, 'Đã ghi lại, đóng');
  await page.waitForFunction(() => !window.pakn.widgets().some((w) => w.label === 'Mật khẩu được cấp'), null,
    { timeout: 10000, polling: 50 }).catch(() => t.fail('the one-time password stays on screen'));

  // 6. A long inbox: every row of the page in turn, each scrolled into
  //    sight, then out of the rows at the bottom, and back up the same way.
  mark('keyboard roles 6. a long inbox');
  execFileSync(process.env.PAKN_SERVER, ['seed', '--reports', '45', '--data-dir', server.dataDir], { encoding: 'utf8' });
  await officerSignedIn(server, context, dispatcher);
  const lists = [];
  page.on('response', (r) => { if (/\/api\/v1\/inbox(\?|$)/.test(r.url())) lists.push(r); });
  await open(page, server, '/can-bo?tab=all');
  await t.waitForWidget(page, ROW);
  await t.settle(page);
  const listed = (await lists[lists.length - 1].json()).items.map((r) => r.code);
  if (listed.length < 20) t.fail(`the inbox's page holds ${listed.length} rows, not a long list`);
  const shown = (await t.widgets(page)).filter((w) => ROW.test(w.label)).length;
  if (shown >= listed.length) t.fail(`all ${shown} rows fit on screen: nothing to scroll`);
  const header = await t.widget(page, 'Chọn tất cả trang này');  // in the row of column names
  const pager = await t.widget(page, 'Sau →');
  const sight = { top: header.y + header.h, bottom: pager.y };
  await tabTo(page, ROW);
  const down = await walkRows(page, { backwards: false, ...sight });
  t.assertEqual(down.codes.join(), listed.join(), 'rows in Tab order');
  await t.screenshot(page, 'keyboard-06-inbox-end');
  await tabTo(page, ROW, { backwards: true });
  const up = await walkRows(page, { backwards: true, ...sight });
  t.assertEqual(up.codes.join(), [...listed].reverse().join(), 'rows in Shift+Tab order');
  console.log(`# ${listed.length} rows (${shown} in sight at once); after the last: "${down.after}", before the first: "${up.after}"`);

  t.assertNoProblems(page);
});
