// Keyboard only (issue 16 item 2): a citizen registers, signs in and sends a
// report with a photo, and the dispatcher opens it from the inbox and
// assigns it, with no mouse at all: Tab and Shift+Tab to move, Enter and
// Space to press, typing into fields and into a list's filter. At every stop
// the focus ring is drawn where the keyboard is, and Tab always moves on (no
// trap). The mouse is never touched: a test that clicked once would prove
// nothing.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const t = require('./lib.cjs');
const { expectStatus, createOfficer, officerSignedIn, mark } = require('./console.cjs');
const { key, tabTo, pressWith, typeInto, chooseWith, captchaWith } = require('./keyboard.cjs');

const CITIZEN = { cccd: '079190011223', name: 'Lê Thị Bàn Phím', phone: '0905778899', password: 'BanPhim2026kh' };
const TITLE = 'Cống thoát nước bị tắc trước chợ';
const CONTENT = 'Cống thoát nước trước chợ Xóm Mới bị tắc, nước tràn lên mặt đường mỗi khi mưa.';
const ADDRESS = 'Trước chợ Xóm Mới, đường Ngô Gia Tự';
const PHOTO = 'cong-tac.png';

// ---------------------------------------------------------------- the journeys

t.run('keyboard only: register, sign in, send a report with a photo, assign it', async ({ server, browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-keyboard-'));
  const photo = path.join(dir, PHOTO);
  fs.writeFileSync(photo, t.makePng(96, 64));
  const page = await t.openPage(browser, server.url + '/dang-ky', { viewport: { width: 1280, height: 900 } });
  const context = page.context();

  // 1. Registration.
  mark('keyboard 1. register');
  await pressWith(page, 'ĐĂNG KÝ DÀNH CHO CÁ NHÂN');
  await t.waitForPath(page, '/dang-ky?loai=ca-nhan');
  await typeInto(page, 'Số CMND/CCCD', CITIZEN.cccd);
  await typeInto(page, 'Họ và tên', CITIZEN.name);
  await typeInto(page, 'Số điện thoại', CITIZEN.phone);
  await chooseWith(page, 'Xã, phường', 'nha trang', 'Phường Nha Trang');
  await typeInto(page, 'Mật khẩu', CITIZEN.password, { secret: true });
  await typeInto(page, 'Xác nhận mật khẩu', CITIZEN.password, { secret: true });
  await captchaWith(page);
  await t.screenshot(page, 'keyboard-01-register');
  await pressWith(page, 'ĐĂNG KÝ');
  await t.waitForPath(page, '/xac-thuc-otp');
  await typeInto(page, 'Mã OTP', (await t.smsCode(server, CITIZEN.phone)).code);
  await pressWith(page, 'XÁC THỰC');
  await t.waitForPath(page, '/dang-nhap');

  // 2. Sign in: from the captcha, the next "Đăng nhập" is the form's (the header's comes first on the page).
  mark('keyboard 2. sign in');
  await typeInto(page, 'Tài khoản', CITIZEN.cccd);
  await typeInto(page, 'Mật khẩu', CITIZEN.password, { secret: true });
  await captchaWith(page);
  await pressWith(page, 'Đăng nhập');
  await t.waitForPath(page, '/tai-khoan');

  // 3. A report with a photo: the file dialog opens from Enter on the upload button.
  mark('keyboard 3. send a report');
  await page.setViewportSize({ width: 1280, height: 1600 });  // the form's files in sight, to read them
  await tabTo(page, 'Gửi phản ánh', { backwards: true });  // the header's link, above the page
  await key(page, 'Enter');
  await t.waitForPath(page, '/gui-phan-anh');
  await typeInto(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);
  await typeInto(page, 'NỘI DUNG', CONTENT);
  await typeInto(page, 'ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ', ADDRESS);
  await chooseWith(page, 'Lĩnh vực', null, 'Xây dựng');
  await tabTo(page, '⬆ Tải lên');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), page.keyboard.press('Enter')]);
  await chooser.setFiles(photo);
  await page.waitForFunction((name) => window.pakn.widgets({ all: true }).some((w) => w.label === name), PHOTO,
    { timeout: 20000, polling: 50 }).catch(() => t.fail('the photo picked by keyboard is not in the form'));
  await pressWith(page, /^Tôi đồng ý công khai/, 'Space');
  await captchaWith(page);
  await t.screenshot(page, 'keyboard-02-report');
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/reports') && r.request().method() === 'POST');
  await pressWith(page, 'GỬI');
  const report = await expectStatus(await created, 201, 'report sent by keyboard');
  const stored = await expectStatus(await context.request.get(`${server.url}/api/v1/reports/${report.id}`), 200, 'detail');
  t.assertEqual(stored.attachments.map((a) => a.name).join(), PHOTO, 'the photo picked by keyboard');
  t.assertEqual(stored.category_code, 'xay_dung', 'category chosen by keyboard');
  t.assertEqual(stored.is_public, true, 'agreement ticked with Space');

  // 4. The dispatcher: inbox → the report → "Chuyển xử lý" → a unit → "Xác nhận".
  mark('keyboard 4. the dispatcher assigns it');
  const dispatcher = createOfficer(server, 'dieuphoi.phim', 'Đỗ Văn Phím', 'TTDH', 'dispatcher');
  await officerSignedIn(server, context, dispatcher);
  await page.goto(`${server.url}/can-bo`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.waitForWidget(page, new RegExp(`^(★ )?${report.code}$`));
  // The rows scroll in a region of their own, whose rows are in the page's
  // Tab order (tools/pakn patch_imgui).
  await pressWith(page, new RegExp(`^(★ )?${report.code}$`));
  await t.waitForPath(page, `/can-bo/phan-anh/${report.id}`);
  await pressWith(page, 'Chuyển xử lý');
  await t.waitForWidget(page, 'Xác nhận');
  await chooseWith(page, 'Đơn vị chủ trì xử lý', 'xay dung', 'Sở Xây dựng');
  await t.screenshot(page, 'keyboard-03-assign');
  const done = page.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${report.id}/actions`));
  await pressWith(page, 'Xác nhận');
  const assigned = await expectStatus(await done, 200, 'assigned by keyboard');
  t.assertEqual(assigned.status, 'assigned', 'status after assignment');
  t.assertEqual(assigned.lead_unit.name, 'Sở Xây dựng', 'lead unit');

  fs.rmSync(dir, { recursive: true, force: true });
  t.assertNoProblems(page);
});
