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

const CITIZEN = { cccd: '079190011223', name: 'Lê Thị Bàn Phím', phone: '0905778899', password: 'BanPhim2026kh' };
const TITLE = 'Cống thoát nước bị tắc trước chợ';
const CONTENT = 'Cống thoát nước trước chợ Xóm Mới bị tắc, nước tràn lên mặt đường mỗi khi mưa.';
const ADDRESS = 'Trước chợ Xóm Mới, đường Ngô Gia Tự';
const PHOTO = 'cong-tac.png';

// ---------------------------------------------------------------- the keyboard

// Where the keyboard is: ImGui's focused item and its ring, and whether the
// DOM's focus is the text bridge that carries typing into a field.
async function focused(page) {
  return page.evaluate(() => {
    const s = window.pakn.state();
    const w = window.pakn.widgets().find((x) => x.id === s.focus);
    const el = document.activeElement;
    return { id: s.focus, ring: s.focus_ring, label: w ? w.label : null, editing: s.text_input,
      bridge: !!(el && el.id === 'pakn-text-bridge') };
  });
}

// Presses `key` and waits until the app has drawn everything it owes it.
async function key(page, name) {
  await page.keyboard.press(name);
  await t.frames(page, 1);
  await page.waitForFunction(() => window.pakn.state().settled, null, { timeout: 10000, polling: 16 });
}

function matches(match, label) {
  return label != null && (match instanceof RegExp ? match.test(label) : label === match);
}

// Tabs (forwards, or backwards with Shift) until the item labelled `match`
// has the keyboard; fails on a trap (Tab that does not move) or when the
// item is not reached.
async function tabTo(page, match, { backwards = false, max = 160 } = {}) {
  const trail = [];
  let still = 0;
  for (let i = 0; i <= max; i++) {
    const f = await focused(page);
    if (matches(match, f.label)) {
      if (!f.ring) t.fail(`"${f.label}" has the keyboard but no focus ring`);
      return f;
    }
    trail.push(f.label);
    await key(page, backwards ? 'Shift+Tab' : 'Tab');
    // The first Tab may only show the ring on the item that already had focus.
    still = (await focused(page)).id === f.id ? still + 1 : 0;
    if (still >= 2) {
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return { path: window.pakn.state().path, window: window.pakn.state().nav_window,
          dom: el && (el.id || `${el.tagName}.${el.className}`) };
      });
      t.fail(`Tab does not leave "${f.label}" (a keyboard trap) on ${where.path} (window ${where.window}, DOM focus ${where.dom}), ` +
        `reached by ${trail.slice(-12).join(' → ')}`);
    }
  }
  return t.fail(`"${match}" is not reached by ${backwards ? 'Shift+' : ''}Tab in ${max} presses: ` +
    trail.slice(-40).join(' → '));
}

// Tabs to the item `match` and presses it with `how` (Enter, or Space).
async function pressWith(page, match, how = 'Enter') {
  await tabTo(page, match);
  await key(page, how);
}

// Waits until typing goes into the focused field (the text bridge has the
// DOM's focus); Enter starts editing a field that Tab only highlighted.
async function editing(page, label) {
  const ready = () => page.waitForFunction(() => window.pakn.state().text_input &&
    document.activeElement && document.activeElement.id === 'pakn-text-bridge', null, { timeout: 3000, polling: 16 });
  if (await ready().then(() => true, () => false)) return;
  await key(page, 'Enter');
  await ready().catch(() => t.fail(`"${label}" takes no typing from the keyboard`));
}

// Tabs to the field `label` and types `text` into it, replacing what it held.
async function typeInto(page, label, text, { secret = false } = {}) {
  await tabTo(page, label);
  await editing(page, label);
  await page.keyboard.press('Control+A');
  if (text.length > 16) await page.keyboard.insertText(text);
  else await page.keyboard.type(text, { delay: 4 });
  if (!secret) await t.waitForValue(page, label, text);
  else await page.waitForFunction(() => window.pakn.state().settled, null, { timeout: 10000, polling: 16 });
}

// Opens the drop-down `label` with Enter, types `search` into its filter
// (when it has one), Tabs to `choice` and takes it with Enter.
async function chooseWith(page, label, search, choice) {
  await pressWith(page, label);
  if (search) {
    // The list opens with its filter focused; if not, the filter is the next stop.
    const focusedFilter = await page.waitForFunction(() => window.pakn.state().text_input, null,
      { timeout: 2000, polling: 16 }).then(() => true, () => false);
    if (!focusedFilter) await tabTo(page, /^Gõ để tìm/);
    await editing(page, `${label}'s filter`);
    await page.keyboard.type(search, { delay: 4 });
    await page.waitForFunction((s) => window.pakn.widgets().some((w) => w.value === s), search,
      { timeout: 10000, polling: 50 });
  }
  await pressWith(page, choice);
  await t.waitForValue(page, label, choice);
}

// The form's newest captcha, answered from the server's test-hooks file. It
// may be below the fold: Tab scrolls to it, as it does for a keyboard user.
async function captchaWith(page) {
  for (const until = Date.now() + 15000; ;) {
    const c = page.captchas[page.captchas.length - 1];
    if (c && c.id !== page.solvedCaptcha) {
      page.solvedCaptcha = c.id;
      return typeInto(page, c.question.replace(/[? ]+$/, ''), await t.captchaAnswer(page.paknServer, c.id));
    }
    if (Date.now() > until) return t.fail('no new captcha');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// The newest six-digit code the server texted to `phone`.
async function smsCode(server, phone) {
  const file = path.join(server.dataDir, 'sms.log');
  for (const until = Date.now() + 15000; Date.now() < until;) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    const mine = lines.map((l) => JSON.parse(l)).filter((m) => m.to.replace(/\s/g, '') === phone.replace(/\s/g, ''));
    if (mine.length) return mine[mine.length - 1].body.match(/(\d{6})/)[1];
    await new Promise((r) => setTimeout(r, 100));
  }
  return t.fail(`no SMS to ${phone}`);
}

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
  await typeInto(page, 'Mã OTP', await smsCode(server, CITIZEN.phone));
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
