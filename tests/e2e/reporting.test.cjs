// Citizen reporting end to end. The account is made through the API (the
// accounts test covers those screens); everything about the report is done
// with real clicks and typing: fill the seed's form with Vietnamese text,
// pick the commune, take the device position, attach a photo through the
// browser's file chooser (thumbnail and progress), answer the captcha, send,
// copy the tracking code, find the report in "my reports", open it and its
// photo, look it up by code on /tra-cuu (pasted with Ctrl+V). The system
// clipboard works in fields: Ctrl+V and a menu's Paste (a paste event, as a
// phone's long-press gives) put Vietnamese text in, Ctrl+C of a selection
// takes it out. Then the center (a dispatcher on
// the API, with its own cookie jar) asks for more information: the citizen's
// page shows the notification live, without a reload, with the unread count
// in the header; the citizen opens it and supplies the information, sent
// without a captcha: the sign-in has already sent one with it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { request } = require('playwright-core');
const t = require('./lib.cjs');

const CCCD = '056191653264';
const PHONE = '0905123456';
const PASSWORD = 'matkhau2026';
const NAME = 'Trần Thị Hoà';
const TITLE = 'Đường Trần Phú sụt lún trước số 120';
const CONTENT = 'Mặt đường bị sụt lún sâu khoảng 20 cm, nước đọng nhiều ngày, xe máy đi qua rất nguy hiểm.';
const ADDRESS = 'Trước nhà số 120 đường Trần Phú';
// Drafted elsewhere and pasted into the form.
const PASTED = 'Đường Trần Phú bị ngập sâu 0,5 m – “khẩn cấp”…';
const FULL_CONTENT = PASTED + ' ' + CONTENT;
const PHOTO = 'hien-truong.png';

// ---------------------------------------------------------------- the API (setup and the dispatcher)

const captchaFor = t.captchaFor;

async function expectStatus(response, status, what) {
  if (response.status() !== status) t.fail(`${what}: HTTP ${response.status()} ${await response.text()}`);
  return response.json().catch(() => ({}));
}

// Registers, verifies and signs in a citizen in the browser's own cookie jar.
// (The browser context's request API has no base URL: addresses are whole.)
async function citizenSignedIn(server, api) {
  const base = server.url;
  const reg = await expectStatus(await api.post(base + '/api/v1/auth/register', {
    data: { kind: 'citizen', login: CCCD, password: PASSWORD, full_name: NAME, phone: PHONE, ...(await captchaFor(api, base)) },
  }), 201, 'register');
  const sms = await t.smsTo(server, PHONE, 0);
  await expectStatus(await api.post(base + '/api/v1/auth/register/verify', {
    data: { registration_id: reg.registration_id, otp: sms.body.match(/(\d{6})/)[1] },
  }), 200, 'verify');
  await expectStatus(await api.post(base + '/api/v1/auth/login', {
    data: { audience: 'public', login: CCCD, password: PASSWORD, ...(await captchaFor(api, base)) },
  }), 200, 'citizen login');
  return sms.count;
}

// A dispatcher at the center, created with the admin command and signed in
// through its own request context (separate cookies).
async function dispatcher(server) {
  const out = execFileSync(process.env.PAKN_SERVER, ['admin', 'create-officer', '--data-dir', server.dataDir,
    '--username', 'dieuphoi1', '--name', 'Lê Văn Điều', '--unit', 'TTDH', '--role', 'dispatcher'],
  { encoding: 'utf8' });
  const oneTime = out.match(/Mật khẩu dùng một lần: (\S+)/)[1];
  const api = await request.newContext({ baseURL: server.url });
  const login = await expectStatus(await api.post('/api/v1/auth/login', {
    data: { audience: 'officer', login: 'dieuphoi1', password: oneTime, ...(await captchaFor(api)) },
  }), 200, 'officer login');
  const csrf = { 'X-CSRF-Token': login.csrf_token };
  await expectStatus(await api.post('/api/v1/me/password', {
    headers: csrf, data: { old_password: oneTime, new_password: 'DieuPhoi2026x' },
  }), 204, 'officer password change');
  return { api, csrf };
}

// ---------------------------------------------------------------- the screen

// Scrolls with the mouse wheel until the widget (label string or RegExp) is
// wholly on screen and keeps its place for a frame; returns it.
async function reveal(page, match) {
  const test = (label) => (typeof match === 'string' ? label === match : match.test(label));
  const view = page.viewportSize();
  // Something just clicked may take a few frames (or an answer) to draw it.
  await page.waitForFunction(([l, src]) => window.pakn.widgets().some((x) => (l !== null ? x.label === l : new RegExp(src).test(x.label))),
    [typeof match === 'string' ? match : null, typeof match === 'string' ? '' : match.source],
    { timeout: 10000, polling: 50 }).catch(() => {});
  for (let attempt = 0; attempt < 40; attempt++) {
    const bottom = view.height;
    const w = (await t.widgets(page)).find((x) => test(x.label));
    if (w && w.h > 4 && w.y >= 0 && w.y + w.h <= bottom) {
      await t.settle(page);
      const again = (await t.widgets(page)).find((x) => test(x.label));
      if (again && again.x === w.x && again.y === w.y) return again;
      continue;
    }
    await page.mouse.move(view.width / 2, view.height / 2);
    await page.mouse.wheel(0, attempt < 20 ? (w && w.y < 0 ? -240 : 240) : -240);
    await t.frames(page, 2);
  }
  const labels = (await t.widgets(page)).map((w) => w.label).filter(Boolean);
  return t.fail(`widget ${match} not found; on screen: ${JSON.stringify(labels)}`);
}

async function press(page, match) {
  const w = await reveal(page, match);
  // Hover first, as a hand does: a widget reacts to a press it is hovered for.
  await page.mouse.move(w.x + w.w / 2, w.y + w.h / 2);
  await t.frames(page, 1);
  await page.mouse.down();
  await t.frames(page, 1);
  await page.mouse.up();
  await t.settle(page);
  return w;
}

// Clicks a field and types into it: key by key, or (`paste`) in one piece as
// phone keyboards and input methods deliver text (software-rendered frames
// make long key-by-key typing slow in CI).
async function type(page, label, text, { paste = false } = {}) {
  await press(page, label);
  await t.frames(page, 2);  // the text bridge takes focus one frame after the click
  if (paste) await page.keyboard.insertText(text);
  else await page.keyboard.type(text, { delay: 4 });
  await t.waitForValue(page, label, text);
}

// Puts `text` on the system clipboard, as another program would.
async function setClipboard(page, text) {
  await page.evaluate((s) => navigator.clipboard.writeText(s), text);
}

// Waits until the system clipboard holds `expected` (the app's copy goes out
// on a frame after the keys).
async function waitForClipboard(page, expected, what) {
  const deadline = Date.now() + 10000;
  let now;
  for (;;) {
    now = await page.evaluate(() => navigator.clipboard.readText());
    if (now === expected) return;
    if (Date.now() > deadline) t.fail(`${what}: clipboard holds ${JSON.stringify(now)}, expected ${JSON.stringify(expected)}`);
    await t.frames(page, 1);
  }
}

// Clicks a field and pastes the clipboard into it with real keys (Ctrl+V).
async function pasteWithKeys(page, label) {
  await press(page, label);
  await t.frames(page, 2);  // the text bridge takes focus one frame after the click
  await page.keyboard.press('Control+V');
}

// The captcha on screen, answered from the server's test-hooks file.
async function solveCaptcha(page) {
  const c = await t.currentCaptcha(page, page.solvedCaptcha);
  page.solvedCaptcha = c.id;
  await reveal(page, c.label);
  await press(page, c.label);
  await t.frames(page, 2);
  await page.keyboard.type(c.answer);
  await t.waitForValue(page, c.label, c.answer);
}

// ---------------------------------------------------------------- the test

const T0 = Date.now();
// Progress lines (TAP comments), so a slow or stuck step shows where it is.
const step = (what) => console.log(`# ${((Date.now() - T0) / 1000).toFixed(1)} s: ${what}`);
t.run('reporting: submit with a photo, follow it, get asked for more live', async ({ server, browser }) => {
  const context = browser.context;
  await context.grantPermissions(['geolocation', 'clipboard-read', 'clipboard-write'], { origin: server.url });
  await context.setGeolocation({ latitude: 12.24507, longitude: 109.19432, accuracy: 12 });
  const smsSeen = await citizenSignedIn(server, context.request);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-photo-'));
  const photo = path.join(dir, PHOTO);
  fs.writeFileSync(photo, t.makePng(96, 64));

  const page = await t.openPage(browser, server.url + '/');
  // Tall enough that no screen of the flow needs scrolling: Emscripten's GLFW
  // answers wheel events with preventDefault in a passive listener, which
  // Chromium reports as a console error.
  await page.setViewportSize({ width: 1280, height: 1400 });

  step('the form');
  // 1. The form, by the header's "Gửi phản ánh".
  await press(page, 'Gửi phản ánh');
  await t.waitForPath(page, '/gui-phan-anh');
  await t.waitForWidget(page, '⬆ Tải lên');  // signed in: files and sending are offered
  await type(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);

  step('the clipboard in fields');
  // Ctrl+C of the selected title puts it on the system clipboard.
  await setClipboard(page, 'chưa sao chép');
  await press(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC');
  await t.frames(page, 2);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await waitForClipboard(page, TITLE, 'Ctrl+C of the title');
  // Ctrl+V pastes text drafted elsewhere, Vietnamese intact, exactly once.
  await setClipboard(page, PASTED + ' ');
  await pasteWithKeys(page, 'NỘI DUNG');
  await t.waitForValue(page, 'NỘI DUNG', PASTED + ' ');
  // A menu's Paste (a phone's long-press) arrives as a paste event without
  // the shortcut: the text comes in once as well.
  await page.evaluate((s) => {
    const data = new DataTransfer();
    data.setData('text/plain', s);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, CONTENT);
  await t.waitForValue(page, 'NỘI DUNG', FULL_CONTENT);
  await type(page, 'ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ', ADDRESS, { paste: true });

  // The commune from the official list, searched without diacritics.
  await press(page, 'Xã, phường, đặc khu');
  await t.frames(page, 2);
  await page.keyboard.type('bac nha trang');
  await press(page, 'Phường Bắc Nha Trang');
  await t.waitForValue(page, 'Xã, phường, đặc khu', 'Phường Bắc Nha Trang');

  // The device's position fills the point.
  await press(page, 'Vị trí của tôi');
  await t.waitForValue(page, 'Vĩ độ', '12.245070');
  await t.waitForValue(page, 'Kinh độ', '109.194320');

  await press(page, 'Lĩnh vực');
  await press(page, 'Cấp thoát nước');

  // The photo through the browser's own file chooser; the upload goes out at once.
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '⬆ Tải lên')]);
  await chooser.setFiles(photo);
  t.assertEqual((await uploaded).status(), 201, 'upload');
  await t.waitForWidget(page, '✕ Xóa');
  await press(page, /^Tôi đồng ý công khai/);
  await solveCaptcha(page);
  await t.screenshot(page, 'reporting-form');

  step('send');
  // 2. Send, and keep the tracking code.
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/reports') && r.request().method() === 'POST');
  await press(page, 'GỬI');
  const report = await expectStatus(await created, 201, 'submit');
  if (!/^PAKN-\d{4}-\d{6}$/.test(report.code)) t.fail('tracking code ' + report.code);
  // Sent once with its captcha, this sign-in sends the next without one
  // (issue 15 item 17): from here on no challenge may even be asked for.
  let captchasAsked = 0;
  page.on('request', (r) => { if (r.url().includes('/api/v1/captcha')) captchasAsked += 1; });
  // What the server keeps: the photo typed by its bytes, under its own name.
  const stored = await expectStatus(await context.request.get(`${server.url}/api/v1/reports/${report.id}`), 200, 'detail');
  t.assertEqual(stored.attachments.length, 1, 'attachments stored');
  const attachment = stored.attachments[0];
  t.assertEqual(attachment.name, PHOTO, 'stored file name');
  t.assertEqual(attachment.kind, 'image', 'stored file kind');
  t.assertEqual(stored.commune_code, '22333', 'commune');
  t.assertEqual(stored.category_code, 'su_co_cap_thoat_nuoc', 'category');
  t.assertEqual(stored.is_public, true, 'consent');
  if (Math.abs(stored.lat - 12.24507) > 1e-5 || Math.abs(stored.lon - 109.19432) > 1e-5) t.fail('point ' + stored.lat + ',' + stored.lon);
  await press(page, 'Sao chép mã');
  await t.waitForWidget(page, '✔ Đã sao chép');
  t.assertEqual(await page.evaluate(() => navigator.clipboard.readText()), report.code, 'copied code');
  await t.screenshot(page, 'reporting-sent');
  // The unsent copy on this device is gone once sent.
  const leftover = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pakn.report-form')));
  t.assertEqual(leftover.length, 0, 'local copies after sending');

  step('my reports and the report');
  // 3. My reports, then the report itself with its photo.
  await press(page, 'Phản ánh, kiến nghị của tôi');
  await t.waitForPath(page, '/phan-anh-cua-toi');
  await t.waitForWidget(page, TITLE);
  await t.screenshot(page, 'reporting-my-reports');
  await press(page, TITLE);
  await t.waitForPath(page, `/phan-anh/${report.id}`);
  await t.waitForWidget(page, PHOTO);
  const picture = page.waitForResponse((r) => r.url().endsWith(`/api/v1/attachments/${attachment.id}`));
  await press(page, PHOTO);
  await t.waitForWidget(page, 'Mở ảnh gốc');
  t.assertEqual((await picture).status(), 200, 'photo download');
  await t.frames(page, 3);
  await t.screenshot(page, 'reporting-photo');
  await press(page, 'Đóng');
  await t.screenshot(page, 'reporting-detail');

  step('lookup');
  // 4. Anyone can look the code up (here in a fresh page load of /tra-cuu).
  await page.goto(server.url + '/tra-cuu');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  const looked = page.waitForResponse((r) => r.url().includes('/api/v1/public/lookup/'));
  // The code copied with "Sao chép mã" above, pasted with Ctrl+V.
  await pasteWithKeys(page, 'Mã tra cứu');
  await t.waitForValue(page, 'Mã tra cứu', report.code);
  await press(page, 'Tra cứu');
  await t.waitForPath(page, '/tra-cuu?ma=' + report.code);
  const lookup = await expectStatus(await looked, 200, 'lookup');
  t.assertEqual(lookup.status, 'submitted', 'status by lookup');
  await t.frames(page, 3);
  await t.screenshot(page, 'reporting-lookup');

  step('the center asks for more');
  // 5. The center asks for more; the citizen sees it live.
  await page.evaluate(() => { window.paknNoReload = true; });
  await t.waitForWidget(page, 'Thông báo (1)');  // the receipt of the submission
  const center = await dispatcher(server);
  await expectStatus(await center.api.post(`/api/v1/reports/${report.id}/actions`, {
    headers: center.csrf, data: { action: 'request_info', note: 'Vui lòng chụp thêm ảnh toàn cảnh đoạn đường.' },
  }), 200, 'request_info');
  await t.waitForWidget(page, 'Thông báo (2)', 30000);
  await t.waitForWidget(page, 'Xem ngay');  // the toast
  t.assertEqual(await page.evaluate(() => window.paknNoReload), true, 'no reload happened');
  await t.screenshot(page, 'reporting-live-notification');
  const sms = await t.smsTo(server, PHONE, smsSeen);
  if (!sms.body.includes(report.code)) t.fail('SMS without the code: ' + sms.body);

  step('supplying the information');
  // 6. The toast leads to the report, which asks for the information; the
  // notification list leads there too; "Bổ sung thông tin" opens the form.
  await press(page, 'Xem ngay');
  await t.waitForPath(page, `/phan-anh/${report.id}`);
  await t.waitForWidget(page, 'Bổ sung thông tin');
  await t.screenshot(page, 'reporting-needs-info');
  await press(page, 'Thông báo (2)');
  await t.waitForPath(page, '/thong-bao');
  const noteTitle = `Phản ánh ${report.code} cần bổ sung thông tin`;
  await t.waitForWidget(page, noteTitle);
  await t.screenshot(page, 'reporting-notifications');
  await press(page, noteTitle);
  await t.waitForPath(page, `/phan-anh/${report.id}`);
  await t.waitForWidget(page, 'Thông báo (1)');
  await press(page, 'Bổ sung thông tin');
  await t.waitForPath(page, `/gui-phan-anh?id=${report.id}`);
  await t.waitForValue(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);
  await press(page, 'NỘI DUNG');
  await t.frames(page, 2);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' Đã bổ sung ảnh toàn cảnh.');
  await t.waitForValue(page, 'NỘI DUNG', FULL_CONTENT + ' Đã bổ sung ảnh toàn cảnh.');
  const resent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${report.id}`) && r.request().method() === 'PATCH');
  await press(page, 'GỬI');
  const after = await expectStatus(await resent, 200, 'resubmit');
  t.assertEqual(after.status, 'submitted', 'status after supplying information');
  t.assertEqual(captchasAsked, 0, 'captchas asked for the second send of the sign-in');
  await t.waitForWidget(page, 'Sao chép mã');
  await t.screenshot(page, 'reporting-resent');

  await center.api.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  t.assertNoProblems(page);
});
