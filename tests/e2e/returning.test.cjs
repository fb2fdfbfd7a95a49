// A returning citizen's way back to their work (issue 15, item 10), with
// real clicks, keys and the browser's own Back and Reload:
//   1. "Phản ánh của tôi" keeps its page, search and scroll in the URL and
//      the history entry: Back from a report and a reload return to the same
//      place of the same list;
//   2. an edit link opened signed out asks to sign in, then opens the form,
//      whose map picker says so when the server has no map data (item 2);
//   3. a file the form refuses does not use up one of its five places;
//   4. on a phone, the "sent" screen's buttons stay inside the screen;
//   5. on a phone, the first swipe after a page load scrolls (item 3);
//   6. an organisation's account shows and renames the company (item 7);
//   7. after the account is deleted, the sign-in page holds nothing of it;
//   8. a search with accents puts the reports spelled that way first (item 9).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const t = require('./lib.cjs');
const { expectStatus, citizenSignedIn, forgetSession, mark, reveal, press, type, solveCaptcha, choose } = require('./console.cjs');

const CITIZEN = { cccd: '079190054321', phone: '0935444555', password: 'matkhau2026', name: 'Lê Thị Hoa' };
const ORGANISATION = { kind: 'organization', cccd: '4201234567', phone: '0935666777', password: 'matkhau2026',
  name: 'Nguyễn Văn Bình', org_name: 'Công ty TNHH Xây dựng Biển Xanh', representative: 'Nguyễn Văn Bình' };
const RENAMED = 'Công ty Cổ phần Xây dựng Biển Xanh';
const SEARCHER = { cccd: '079190054388', phone: '0935444888', password: 'matkhau2026', name: 'Phạm Văn Tâm' };
const DRAFTS = 25;
const titleOf = (n) => `Đèn đường hỏng đoạn số ${String(n).padStart(2, '0')}`;

// The app's scroll: where a row that stays put is drawn, in CSS px.
async function rowTop(page, label) {
  const w = (await t.widgets(page)).find((x) => x.label === label);
  if (!w) t.fail(`row ${label} not on screen`);
  return w.y;
}

t.run('returning citizen: list state in the URL, sign-in from an edit link, upload places, phone sent screen, first swipe', async ({ server, browser }) => {
  const context = browser.context;
  const login = await citizenSignedIn(server, context.request, CITIZEN);
  const headers = { 'X-CSRF-Token': login.csrf_token };
  // Twenty-five drafts: two pages of the list. The last one is complete
  // enough to send.
  const drafts = [];
  for (let n = 1; n <= DRAFTS; n++) {
    drafts.push(await expectStatus(await context.request.post(`${server.url}/api/v1/reports`, {
      headers,
      data: { title: titleOf(n), content: `Đèn đường đoạn số ${n} không sáng từ tuần trước, đi lại ban đêm rất nguy hiểm.`,
        address: `Đường 23/10, đoạn số ${n}`, commune_code: '22333', category_code: 'xay_dung', is_public: false,
        attachment_ids: [], submit: false },
    }), 201, `draft ${n}`));
  }

  const page = await t.openPage(browser, `${server.url}/phan-anh-cua-toi`);
  await page.setViewportSize({ width: 1280, height: 800 });

  // 1. The list: page 2, a search, a scroll; Back from a report and a reload
  //    come back to the same rows at the same place.
  mark('returning 1. list state');
  await t.waitForWidget(page, 'Sau →');
  await press(page, 'Sau →');
  await t.waitForPath(page, '/phan-anh-cua-toi?page=2');
  await t.waitForWidget(page, titleOf(5));  // newest first: page 2 holds 5..1
  await press(page, '← Trước');  // back to page 1 by the pager...
  await t.waitForPath(page, '/phan-anh-cua-toi');
  await type(page, 'Nhập từ khóa...', 'đèn đường');  // ...and a search (all of them: 25..6 on its first page)
  await page.waitForFunction(() => window.pakn.state().path.startsWith('/phan-anh-cua-toi?q='), null, { timeout: 10000 });
  const listPath = (await t.state(page)).path;
  await t.waitForWidget(page, titleOf(25));
  const bottom = titleOf(6);
  await reveal(page, bottom);  // scrolls down with the wheel
  const scrolledTop = await rowTop(page, bottom);
  const firstRowGone = !(await t.widgets(page)).some((w) => w.label === titleOf(25) && w.y > 0);
  if (!firstRowGone) t.fail('the list did not scroll');
  // Still for a moment: the scroll is written to the history entry.
  await page.waitForFunction(() => history.state && typeof history.state.scroll === 'number' && history.state.scroll > 0,
    null, { timeout: 5000, polling: 50 });
  await press(page, bottom);  // a draft opens in the form
  await t.waitForPath(page, `/gui-phan-anh?id=${drafts[5].id}`);
  await page.goBack();
  await t.waitForPath(page, listPath);
  await page.waitForFunction(([l, y]) => window.pakn.widgets().some((w) => w.label === l && Math.abs(w.y - y) < 2),
    [bottom, scrolledTop], { timeout: 10000, polling: 50 })
    .catch(async () => t.fail(`after Back the row is at ${await rowTop(page, bottom)}, was at ${scrolledTop}`));
  await t.screenshot(page, 'returning-01-back');
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  t.assertEqual((await t.state(page)).path, listPath, 'path after a reload');
  await page.waitForFunction(([l, y]) => window.pakn.widgets().some((w) => w.label === l && Math.abs(w.y - y) < 2),
    [bottom, scrolledTop], { timeout: 10000, polling: 50 })
    .catch(async () => t.fail(`after a reload the row is at ${await rowTop(page, bottom)}, was at ${scrolledTop}`));
  await t.screenshot(page, 'returning-02-reload');
  // The status filter is kept the same way.
  await choose(page, 'Trạng thái', null, 'Nháp');
  await page.waitForFunction(() => /[?&]status=draft/.test(window.pakn.state().path), null, { timeout: 10000 })
    .catch(async () => t.fail(`the status is not in the URL: ${(await t.state(page)).path}`));
  const filteredPath = (await t.state(page)).path;
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  t.assertEqual((await t.state(page)).path, filteredPath, 'path with a status after a reload');
  await t.waitForValue(page, 'Trạng thái', 'Nháp');

  // 2. Signed out, the edit link of the last draft asks to sign in, then
  //    opens that draft in the form.
  mark('returning 2. edit link signed out');
  const last = drafts[DRAFTS - 1];
  await forgetSession(context);
  await page.goto(`${server.url}/gui-phan-anh?id=${last.id}`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await page.waitForFunction(() => window.pakn.state().path.startsWith('/dang-nhap?sau='), null, { timeout: 10000 });
  await type(page, 'Tài khoản', CITIZEN.cccd);
  await type(page, 'Mật khẩu', CITIZEN.password, { secret: true });
  await solveCaptcha(page);
  await press(page, 'Đăng nhập', { last: true });  // the form's, not the header's
  await t.waitForPath(page, `/gui-phan-anh?id=${last.id}`);
  await t.waitForValue(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', titleOf(DRAFTS));
  // "Chọn trên bản đồ" on a server without boundaries says so (item 2)
  // instead of an empty grid that ignores clicks.
  const map = await expectStatus(await context.request.get(`${server.url}/api/v1/public/map`), 200, 'map data');
  await page.setViewportSize({ width: 1280, height: 1600 });  // the form's middle and its files in sight
  // This server imported no boundaries and has no base map (the premise).
  if ((map.shapes || []).length !== 0 || map.tile_url) t.fail('the test server has map data: ' + JSON.stringify(map).slice(0, 200));
  {
    await press(page, 'Chọn trên bản đồ');
    await page.waitForFunction(() => window.pakn.widgets().some((w) => w.role === 'alert' && w.label.startsWith('Hệ thống chưa có dữ liệu bản đồ')),
      null, { timeout: 10000, polling: 50 }).catch(async () => t.fail(`no "no map data" message: ${JSON.stringify(await t.alerts(page))}`));
    await t.screenshot(page, 'returning-02b-no-map-data');
    await press(page, 'Ẩn bản đồ');
  }

  // 3. Four photos and a program: the program is refused at once and takes
  //    no place, so a fifth photo is still accepted.
  mark('returning 3. upload places');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-returning-'));
  const photos = [1, 2, 3, 4, 5].map((n) => {
    const file = path.join(dir, `anh-${n}.png`);
    fs.writeFileSync(file, t.makePng(64 + n, 48));
    return file;
  });
  const program = path.join(dir, 'cai-dat.exe');
  fs.writeFileSync(program, Buffer.from('MZ not a picture'));
  let uploads = 0;
  page.on('response', (r) => { if (r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST' && r.status() === 201) uploads++; });
  const pick = async (files) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), press(page, '⬆ Tải lên')]);
    await chooser.setFiles(files);
  };
  await pick([...photos.slice(0, 4), program]);
  await page.waitForFunction(() => window.pakn.widgets().filter((w) => w.label === '✕ Xóa').length === 5, null, { timeout: 10000 });
  await pick([photos[4]]);
  await page.waitForFunction(() => window.pakn.widgets().filter((w) => w.label === '✕ Xóa').length === 6, null, { timeout: 10000 })
    .catch(() => t.fail('the fifth photo was not taken after a refused file'));
  for (const until = Date.now() + 15000; uploads < 5 && Date.now() < until;) await t.frames(page, 2);
  t.assertEqual(uploads, 5, 'photos stored');
  await t.screenshot(page, 'returning-03-uploads');
  // The refused file is removed before sending (the form asks for it).
  const removes = (await t.widgets(page)).filter((w) => w.label === '✕ Xóa');
  const refused = removes[4];
  await page.mouse.click(refused.x + refused.w / 2, refused.y + refused.h / 2);
  await page.waitForFunction(() => window.pakn.widgets().filter((w) => w.label === '✕ Xóa').length === 5, null, { timeout: 10000 });

  // 4. Sent from a phone: the tracking code and every button inside the screen.
  mark('returning 4. phone sent screen');
  await solveCaptcha(page);  // still in sight at this size
  await page.setViewportSize({ width: 360, height: 740 });
  const sent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${last.id}`) && r.request().method() === 'PATCH');
  await press(page, 'GỬI');
  const report = await expectStatus(await sent, 200, 'send the draft');
  t.assertEqual(report.status, 'submitted', 'status after sending');
  await t.waitForWidget(page, 'Sao chép mã');
  await t.settle(page);
  const width = page.viewportSize().width;
  for (const label of ['Sao chép mã', 'Xem phản ánh', 'Phản ánh, kiến nghị của tôi', 'Tạo phản ánh mới']) {
    const w = await reveal(page, label);
    if (w.x < 0 || w.x + w.w > width + 0.5) t.fail(`"${label}" spans ${w.x}..${w.x + w.w} on a ${width} px screen`);
  }
  await reveal(page, 'Sao chép mã');
  await t.screenshot(page, 'returning-04-phone-sent');

  // 5. On a phone, the first swipe after a page loads scrolls (no tap
  //    before it: the page has had no pointer position yet).
  mark('returning 5. the first swipe');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.settle(page);
  const marker = (await t.widgets(page)).find((w) => w.label && w.y > 300 && w.y < 600);
  if (!marker) t.fail('nothing to follow on the home page');
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === undefined ? [] : [{ x: 180, y }] });
  await touch('touchStart', 600);
  for (let y = 580; y >= 300; y -= 20) await touch('touchMove', y);
  await touch('touchEnd');
  await page.waitForFunction(([l, y]) => !window.pakn.widgets().some((w) => w.label === l && w.y > y - 100),
    [marker.label, marker.y], { timeout: 5000, polling: 50 })
    .catch(async () => t.fail(`"${marker.label}" did not move up from ${marker.y}: ${JSON.stringify((await t.widgets(page)).find((w) => w.label === marker.label))}`));
  await t.screenshot(page, 'returning-05-first-swipe');

  // 6. An organisation: the header names the company, not its
  //    representative, and the company renames itself on "Chỉnh sửa thông tin".
  mark('returning 6. an organisation');
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  await cdp.detach();
  await forgetSession(context);
  await citizenSignedIn(server, context.request, ORGANISATION);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${server.url}/tai-khoan`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.waitForWidget(page, ORGANISATION.org_name);  // the header's account button
  if ((await t.widgets(page)).some((w) => w.label === ORGANISATION.name)) t.fail('a button names the representative');
  await press(page, 'Chỉnh sửa thông tin');
  await t.waitForPath(page, '/tai-khoan/chinh-sua');
  await t.waitForValue(page, 'Tên tổ chức, doanh nghiệp', ORGANISATION.org_name);
  await press(page, 'Tên tổ chức, doanh nghiệp');
  await t.frames(page, 2);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(RENAMED);
  await t.waitForValue(page, 'Tên tổ chức, doanh nghiệp', RENAMED);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await press(page, 'LƯU THAY ĐỔI');
  const account = await expectStatus(await saved, 200, 'profile saved');
  t.assertEqual(account.org_name, RENAMED, 'the stored company name');
  await t.waitForWidget(page, RENAMED);  // the header follows
  await t.screenshot(page, 'returning-06-organisation');

  // 7. The company deletes its account, signed in by its ID on this
  //    browser: the sign-in page it lands on holds nothing of it.
  mark('returning 7. account deleted');
  await forgetSession(context);
  await page.goto(`${server.url}/dang-nhap`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await type(page, 'Tài khoản', ORGANISATION.cccd);
  await type(page, 'Mật khẩu', ORGANISATION.password, { secret: true });
  await solveCaptcha(page);
  await press(page, 'Đăng nhập', { last: true });
  await t.waitForPath(page, '/tai-khoan');
  await press(page, 'XÓA TÀI KHOẢN');
  await type(page, 'Nhập mật khẩu để xác nhận', ORGANISATION.password, { secret: true });
  const deleted = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'DELETE');
  await press(page, 'XÓA VĨNH VIỄN');
  t.assertEqual((await deleted).status(), 204, 'account deleted');
  await t.waitForPath(page, '/dang-nhap');
  await t.waitForValue(page, 'Tài khoản', '');
  if ((await t.widgets(page)).some((w) => w.value === ORGANISATION.cccd)) t.fail('the deleted account\'s ID is still on the page');
  await t.screenshot(page, 'returning-07-deleted');

  // 8. Accents typed on purpose (item 9): "trần phú" puts the report about
  //    Trần Phú street above the newer "Trận mưa…", which "tran phu" also
  //    finds; without accents the list keeps its newest-first order.
  mark('returning 8. accents typed on purpose');
  const searcher = await citizenSignedIn(server, context.request, SEARCHER);
  const draft = async (title, content) => expectStatus(await context.request.post(`${server.url}/api/v1/reports`, {
    headers: { 'X-CSRF-Token': searcher.csrf_token },
    data: { title, content, address: 'Phường Nha Trang', commune_code: '22333', category_code: 'xay_dung', is_public: false,
      attachment_ids: [], submit: false },
  }), 201, title);
  const street = 'Đường Trần Phú ngập nước';
  const storm = 'Trận mưa làm hư đường, đề nghị khắc phục';
  await draft(street, 'Mỗi lần mưa lớn, nước ngập sâu gần nửa mét suốt nhiều giờ, đề nghị nạo vét cống thoát nước.');
  await draft(storm, 'Mặt đường bị xói lở sau trận mưa đêm qua.');
  const above = async (first, second) => page.waitForFunction(([a, b]) => {
    const ws = window.pakn.widgets();
    const wa = ws.find((w) => w.label === a), wb = ws.find((w) => w.label === b);
    return wa && wb && wa.y < wb.y;
  }, [first, second], { timeout: 10000, polling: 50 })
    .catch(async () => t.fail(`"${first}" is not above "${second}": ${JSON.stringify((await t.widgets(page)).filter((w) => w.label === first || w.label === second))}`));
  await page.goto(`${server.url}/phan-anh-cua-toi`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await above(storm, street);  // newest first
  await type(page, 'Nhập từ khóa...', 'trần phú');
  await page.waitForFunction(() => window.pakn.state().path.startsWith('/phan-anh-cua-toi?q='), null, { timeout: 10000 });
  await above(street, storm);
  await t.screenshot(page, 'returning-08-accents');
  await page.goto(`${server.url}/phan-anh-cua-toi?q=tran%20phu`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await above(storm, street);

  fs.rmSync(dir, { recursive: true, force: true });
  t.assertNoProblems(page);
});
