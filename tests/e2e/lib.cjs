// Shared helpers for PAKN's browser tests: start the real server on a free
// port with a fresh data folder, drive Debian's Chromium (headless, WebGL via
// SwiftShader) with playwright-core, find widgets by label through the app's
// widget registry and use real mouse and keyboard events.
'use strict';
const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ARTIFACTS = process.env.PAKN_ARTIFACTS || path.join(os.tmpdir(), 'pakn-e2e');
// The servers this process started, by base URL (captcha answers live in
// each one's data folder).
const servers = new Map();

function fail(message) {
  throw new Error(message);
}

// Starts pakn-server; resolves when its "listening" log line names the port.
async function startServer(extraArgs = []) {
  const server = process.env.PAKN_SERVER || fail('PAKN_SERVER not set');
  const webRoot = process.env.PAKN_WEB_ROOT || fail('PAKN_WEB_ROOT not set');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-e2e-data-'));
  // PAKN_TEST_HOOKS=1: the server writes each captcha's answer to a file in
  // its data folder (docs/testing.md); the API itself never tells it. The
  // server refuses the hook on a --demo instance (a demo may face people),
  // so demo tests solve no captcha.
  const hooks = extraArgs.includes('--demo') ? {} : { PAKN_TEST_HOOKS: '1' };
  const proc = spawn(server, ['serve', '--port', '0', '--data-dir', dataDir, '--web-root', webRoot,
    '--no-request-log', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...hooks } });
  let log = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start:\n' + log)), 20000);
    proc.stderr.on('data', (chunk) => {
      log += chunk.toString();
      const m = log.match(/"event":"listening"[^\n]*"port":(\d+)/);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error('server exited ' + code + '\n' + log)); });
  });
  // The operator's console (stdout) prints the bootstrap admin's one-time password.
  let out = '';
  proc.stdout.on('data', (chunk) => { out += chunk.toString(); });
  const started = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    log: () => log,
    stdout: () => out,
    async stop() {
      servers.delete(started.url);
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.on('exit', r));
      proc.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  servers.set(started.url, started);
  return started;
}

// The server a URL belongs to (the only one when the URL is relative).
function serverFor(url) {
  for (const [base, s] of servers) if (url.startsWith(base)) return s;
  if (servers.size === 1) return servers.values().next().value;
  return fail(`no server started for ${url}`);
}

// The answer to captcha `id`, from the test-hooks file of `server`.
async function captchaAnswer(server, id) {
  const file = path.join(server.dataDir, 'test-hooks', 'captcha-answers.log');
  const deadline = Date.now() + 5000;
  for (;;) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
    const line = lines.find((l) => l.startsWith(id + ' '));
    if (line) return line.slice(id.length + 1);
    if (Date.now() > deadline) fail(`no answer recorded for captcha ${id}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A fresh captcha through the API (`api`: a Playwright request context) with
// its answer: {captcha_id, captcha_answer} to spread into a form.
async function captchaFor(api, base = '') {
  const r = await api.get(base + '/api/v1/captcha');
  const c = await r.json();
  return { captcha_id: c.id, captcha_answer: await captchaAnswer(serverFor(base), c.id) };
}

// The challenge the page shows now: the label of its answer box (the
// question, "Nhập các ký tự trong ảnh" for a picture) and its answer. The
// page's own GET /captcha answers tell which challenge that is.
async function currentCaptcha(page, previousId) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const c = page.captchas[page.captchas.length - 1];
    if (c && c.id !== previousId) {
      const label = c.question.replace(/[? ]+$/, '');
      const shown = await page.evaluate((l) => window.pakn.widgets().some((w) => w.label === l), label);
      if (shown) return { id: c.id, label, answer: await captchaAnswer(page.paknServer, c.id) };
    }
    if (Date.now() > deadline) fail('no captcha on screen');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    acceptDownloads: true,  // the officers' exports
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic'],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Opens a page that fails the test on any console error or page error.
async function openPage(browser, url, { viewport } = {}) {
  const page = browser.context.pages()[0] || await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = [];
  // Every challenge the page fetched, newest last (see currentCaptcha).
  page.captchas = [];
  page.paknServer = serverFor(url);
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname !== '/api/v1/captcha' || r.status() !== 200) return;
    try { page.captchas.push(await r.json()); } catch (e) { /* page gone */ }
  });
  // A failed load names only its status in the console; the location says which request it was.
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location() && msg.location().url;
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''} at ${page.url()}`);
  });
  page.on('pageerror', (err) => problems.push('page error: ' + err.message));
  page.problems = problems;
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  page.readyMs = Date.now() - started;
  return page;
}

// Takes back the console error whose text is `text` (a failure the test
// provoked on purpose); fails when the page logged no such error.
function forgiveConsoleError(page, text) {
  const i = page.problems.findIndex((p) => p === 'console error: ' + text || p.startsWith(`console error: ${text} (`));
  if (i < 0) fail(`no console error "${text}" to forgive among: ${page.problems.join(' | ')}`);
  page.problems.splice(i, 1);
}

function assertNoProblems(page) {
  if (page.problems.length) fail(page.problems.join('\n'));
}

// Waits until the app has drawn a widget with `label` and returns it.
async function widget(page, label, { timeout = 10000, index = 0 } = {}) {
  const handle = await page.waitForFunction(([l, i]) => {
    const all = window.pakn.widgets().filter((w) => w.label === l && w.role !== 'alert');
    return all.length > i ? all[i] : null;
  }, [label, index], { timeout, polling: 50 }).catch(() => null);
  if (!handle) {
    const labels = await page.evaluate(() => window.pakn.widgets().map((w) => w.label).filter(Boolean));
    fail(`widget "${label}" not found; on screen: ${JSON.stringify(labels)}`);
  }
  return handle.jsonValue();
}

// Clicks the centre of the widget labelled `label` with real mouse events.
async function click(page, label, options) {
  const w = await widget(page, label, options);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  return w;
}

async function state(page) {
  return page.evaluate(() => window.pakn.state());
}

// Waits for the app to report `path` as its route.
async function waitForPath(page, p) {
  await page.waitForFunction((want) => window.pakn.state().path === want, p, { timeout: 10000 });
}

// The value a text field holds in the app (not what the DOM shows).
async function fieldValue(page, label) {
  return (await widget(page, label)).value;
}

// Waits until the field labelled `label` holds `expected`.
async function waitForValue(page, label, expected) {
  await page.waitForFunction(([l, v]) => window.pakn.widgets().some((w) => w.label === l && w.value === v),
    [label, expected], { timeout: 10000, polling: 50 }).catch(async () => {
    fail(`field "${label}" holds ${JSON.stringify(await fieldValue(page, label))}, expected ${JSON.stringify(expected)}`);
  });
}

// Waits for the next few frames (the text bridge takes focus one frame after
// the click that activates a field).
// The app draws on demand, so waiting for frames of an idle app would wait
// for whatever wakes it next (seconds, in the cold run of 2026-12-07 ~120 of
// e2e_admin's 207 s): each poll asks for frames until n more are drawn.
async function frames(page, n = 2) {
  const start = (await state(page)).frames;
  await page.waitForFunction((s) => {
    if (window.pakn.state().frames >= s) return true;
    window.pakn.wake();
    return false;
  }, start + n, { polling: 16 });
}

async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

// Runs a test body with a server and a browser, cleaning up either way.
async function run(name, body) {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    await body({ server, browser });
    console.log(`ok - ${name}`);
  } catch (err) {
    console.error(`not ok - ${name}\n${err.stack || err}\n--- server log ---\n${server.log().slice(-4000)}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

function assertEqual(actual, expected, what) {
  if (actual !== expected) fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// Every widget the client published this frame (label, rectangle, value).
async function widgets(page) {
  return page.evaluate(() => window.pakn.widgets());
}

// The messages of the banners on screen (errors, notices, "updated
// meanwhile"), top to bottom.
async function alerts(page) {
  return page.evaluate(() => window.pakn.widgets().filter((w) => w.role === 'alert').map((w) => w.label));
}

// Waits for a frame, or for the app to have settled (it draws on demand and
// says when every frame owed to the last event is drawn).
async function settle(page) {
  const start = (await state(page)).frames;
  await page.waitForFunction((from) => {
    const s = window.pakn.state();
    return s.frames > from || s.settled;
  }, start, { polling: 16, timeout: 10000 });
}

// Waits until a widget whose label equals `match` (string) or matches it
// (RegExp) is published.
async function waitForWidget(page, match, timeout = 15000) {
  const source = typeof match === 'string' ? null : match.source;
  const label = typeof match === 'string' ? match : null;
  await page.waitForFunction(([l, s]) => window.pakn.widgets().some((w) => w.role !== 'alert' && (l !== null ? w.label === l : new RegExp(s).test(w.label))),
    [label, source], { timeout, polling: 50 }).catch(async () => {
    const labels = (await widgets(page)).map((w) => w.label).filter(Boolean);
    fail(`widget ${match} did not appear; on screen: ${JSON.stringify(labels)}`);
  });
}

// The newest SMS to `phone` once more than `seen` have gone out (the outbox
// worker delivers them to <data-dir>/sms.log in the background): its text,
// the six-digit code it carries (or null), and how many went to `phone`.
async function smsTo(server, phone, seen = 0) {
  const file = path.join(server.dataDir, 'sms.log');
  const digits = (p) => p.replace(/\s/g, '');
  for (const deadline = Date.now() + 15000; ;) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    const mine = lines.map((l) => JSON.parse(l)).filter((m) => digits(m.to) === digits(phone));
    if (mine.length > seen) {
      const body = mine[mine.length - 1].body;
      return { body, code: (body.match(/(\d{6})/) || [])[1] || null, count: mine.length };
    }
    if (Date.now() > deadline) fail(`no SMS to ${phone} after ${seen}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The code of the newest SMS to `phone` once more than `seen` have gone out.
async function smsCode(server, phone, seen = 0) {
  const sms = await smsTo(server, phone, seen);
  if (!sms.code) fail('no code in SMS: ' + sms.body);
  return sms;
}

// A real PNG (a colour gradient) of the given size, built in memory: uploads
// in the browser tests carry genuine image bytes that the server's magic-byte
// check accepts and the browser can decode into a thumbnail.
function makePng(width, height) {
  const crcTable = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable.push(c >>> 0);
  }
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;  // bit depth
  header[9] = 2;  // RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      row[1 + x * 3] = Math.round((255 * x) / width);
      row[2 + x * 3] = Math.round((255 * y) / height);
      row[3 + x * 3] = 160;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', require('zlib').deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = {
  startServer, launchBrowser, openPage, assertNoProblems, forgiveConsoleError, widget, click, state, waitForPath, fieldValue,
  waitForValue, frames, screenshot, run, assertEqual, fail, makePng, widgets, alerts, settle, waitForWidget, ARTIFACTS,
  captchaAnswer, captchaFor, currentCaptcha, smsTo, smsCode,
};
