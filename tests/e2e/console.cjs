// The officer console's browser tests share these steps: accounts made
// through the API and the operator's CLI, and a person's way through the
// screens (scroll to a widget, click it, type into a field, pick from a
// drop-down, run a workflow action through its form).
'use strict';
const { execFileSync } = require('child_process');
const t = require('./lib.cjs');

const captchaFor = t.captchaFor;

// ---------------------------------------------------------------- setup through the API and the CLI

async function expectStatus(response, status, what) {
  if (response.status() !== status) t.fail(`${what}: HTTP ${response.status()} ${await response.text()}`);
  return response.json().catch(() => ({}));
}

// The citizen's account (the accounts test covers those screens), signed in
// within `api` (a request context); returns the sign-in's answer (its CSRF token).
// An organisation gives kind 'organization', its business code as `cccd`, and
// org_name and representative.
async function citizenSignedIn(server, api, { cccd, phone, password, name, kind = 'citizen', ...organisation }) {
  const base = server.url;
  const reg = await expectStatus(await api.post(base + '/api/v1/auth/register', {
    data: { kind, login: cccd, password, full_name: name, phone, ...organisation, ...(await captchaFor(api, base)) },
  }), 201, 'register');
  const { code } = await t.smsCode(server, phone);
  await expectStatus(await api.post(base + '/api/v1/auth/register/verify', {
    data: { registration_id: reg.registration_id, otp: code },
  }), 200, 'verify');
  return expectStatus(await api.post(base + '/api/v1/auth/login', {
    data: { audience: 'public', login: cccd, password, ...(await captchaFor(api, base)) },
  }), 200, 'citizen login');
}

// An officer made by the operator's command against the running server's
// database; returns the one-time password it prints.
function createOfficer(server, username, name, unit, role) {
  const out = execFileSync(process.env.PAKN_SERVER, ['admin', 'create-officer', '--data-dir', server.dataDir,
    '--username', username, '--name', name, '--unit', unit, '--role', role], { encoding: 'utf8' });
  const m = out.match(/Mật khẩu dùng một lần: (\S+)/);
  if (!m) t.fail('no one-time password in: ' + out);
  return { username, name, oneTime: m[1], password: username.replace(/\W/g, '') + 'Pakn2026' };
}

// ---------------------------------------------------------------- the screen

const started = Date.now();
function mark(what) { console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`); }

// Scrolls with the mouse wheel until the widget (label string or RegExp;
// the last of several with `last`) is wholly on screen and keeps its place
// for a frame; returns it.
async function reveal(page, match, { last = false } = {}) {
  const test = (label) => (typeof match === 'string' ? label === match : match.test(label));
  const pick = async () => {
    const all = (await t.widgets(page)).filter((x) => x.role !== 'alert' && test(x.label));
    return last ? all[all.length - 1] : all[0];
  };
  const view = page.viewportSize();
  for (let attempt = 0; attempt < 40; attempt++) {
    const w = await pick();
    if (w && w.h > 4 && w.y >= 0 && w.y + w.h <= view.height) {
      await t.settle(page);
      const again = await pick();
      if (again && again.x === w.x && again.y === w.y) return again;
      continue;
    }
    await page.mouse.move(view.width / 2, view.height / 2);
    await page.mouse.wheel(0, attempt < 20 ? (w && w.y < 0 ? -240 : 240) : -240);
    await t.frames(page, 2);
  }
  const labels = (await t.widgets(page)).map((x) => x.label).filter(Boolean);
  return t.fail(`widget ${match} not found; on screen: ${JSON.stringify(labels)}`);
}

async function press(page, match, options) {
  const w = await reveal(page, match, options);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await t.settle(page);
  return w;
}

// Clicks a field and types into it as a person would: key by key for short
// values, long ones in one piece as a phone keyboard or a paste delivers them
// (each key redraws two software-rendered pages; the foundation test covers
// key-by-key Vietnamese).
async function type(page, label, text, { secret = false } = {}) {
  await press(page, label);
  await t.frames(page, 2);  // the text bridge takes focus one frame after the click
  if (text.length > 16) await page.keyboard.insertText(text);
  else await page.keyboard.type(text, { delay: 4 });
  if (secret) await t.settle(page);
  else await t.waitForValue(page, label, text);
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

// Picks `choice` in the drop-down `label`, typing `search` into its filter.
async function choose(page, label, search, choice) {
  await press(page, label);
  await t.frames(page, 2);
  if (search) {
    await page.keyboard.type(search, { delay: 4 });
    // Dear ImGui takes typed text a character a frame: the list reflows until
    // the filter holds all of it, and a click before then can land on a row
    // that moves away.
    await page.waitForFunction((s) => window.pakn.widgets().some((w) => w.value === s), search,
      { timeout: 10000, polling: 50 });
  }
  await press(page, choice);
  await t.waitForValue(page, label, choice);
}

// Signs an officer in on the sign-in screen (officer tab), replaces the
// one-time password as the first sign-in demands, and lands in the console.
async function officerSignIn(page, officer) {
  await press(page, 'Đăng nhập');  // the header's
  await t.waitForPath(page, '/dang-nhap');
  await press(page, 'CÁN BỘ, QUẢN LÝ');
  await type(page, 'Tên đăng nhập', officer.username);
  await type(page, 'Mật khẩu', officer.oneTime, { secret: true });
  await solveCaptcha(page);
  await press(page, 'Đăng nhập', { last: true });  // the form's own button
  await page.waitForFunction(() => window.pakn.state().path.startsWith('/doi-mat-khau'), null, { timeout: 10000 });
  await type(page, 'Mật khẩu cũ', officer.oneTime, { secret: true });
  await type(page, 'Mật khẩu mới', officer.password, { secret: true });
  await type(page, 'Nhập lại mật khẩu mới', officer.password, { secret: true });
  const changed = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/password'));
  await press(page, 'CẬP NHẬT');
  t.assertEqual((await changed).status(), 204, `${officer.username} password change`);
  await t.waitForPath(page, '/can-bo');
}

// Signs the current officer out from the console (account page).
async function officerSignOut(page) {
  await press(page, 'Tài khoản cán bộ');
  await t.waitForPath(page, '/tai-khoan');
  await press(page, 'ĐĂNG XUẤT');
  await t.waitForPath(page, '/');
}

// Runs a workflow action from the processing page: its button, its form
// (`fill` types the parameters), "Xác nhận"; returns the updated report.
// `how` presses the buttons another way: { press: keyboard.cjs's pressWith,
// by: 'by keyboard' } (a click by default).
async function act(page, reportId, action, fill, how = {}) {
  const pressIt = how.press || press;
  await pressIt(page, action);
  await t.waitForWidget(page, 'Xác nhận');
  if (fill) await fill();
  const done = page.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${reportId}/actions`));
  await pressIt(page, 'Xác nhận');
  const body = await expectStatus(await done, 200, how.by ? `${action} ${how.by}` : action);
  await page.waitForFunction(() => !window.pakn.widgets().some((w) => w.label === 'Xác nhận'), null,
    { timeout: 10000, polling: 50 });  // the form closed
  return body;
}

// Drops the browser context's session so that a test can go on as someone
// else. Its pages leave the app first: a page left signed in reconnects its
// live stream without the cookie, is refused (a 401 in the console), and the
// test would blame the app for it.
async function forgetSession(context) {
  for (const page of (context.pages ? context.pages() : [])) {
    if (page.url() !== 'about:blank') await page.goto('about:blank');
  }
  await context.clearCookies();
}

// Signs `officer` in through the API of the browser context `context` (its
// pages share the session; whoever was signed in there is signed out first)
// and replaces the one-time password as the first sign-in demands: for tests
// whose subject is not the sign-in screen (officer.test.cjs drives that one).
async function officerSignedIn(server, context, officer) {
  await forgetSession(context);
  const api = context.request;
  const login = await expectStatus(await api.post(server.url + '/api/v1/auth/login', {
    data: { audience: 'officer', login: officer.username, password: officer.oneTime, ...(await captchaFor(api, server.url)) },
  }), 200, `${officer.username} sign-in`);
  if (officer.oneTime !== officer.password) {
    const changed = await api.post(server.url + '/api/v1/me/password', {
      headers: { 'X-CSRF-Token': login.csrf_token },
      data: { old_password: officer.oneTime, new_password: officer.password },
    });
    t.assertEqual(changed.status(), 204, `${officer.username} password change`);
    officer.oneTime = officer.password;  // the next sign-in uses the new one
  }
  return login;
}

module.exports = {
  expectStatus, citizenSignedIn, createOfficer, forgetSession, officerSignedIn, mark, reveal, press, type, solveCaptcha, choose,
  officerSignIn, officerSignOut, act,
};
