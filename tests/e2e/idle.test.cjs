// An open tab that nobody touches costs nothing (issue 19 item 5): the app
// draws on demand, so over a quiet window it draws no frame and the page's
// main thread stays ~idle, on the public home page and on a citizen's page
// with the live event stream connected (its keep-alives must not wake the
// app). tools/bench/idle_cost.cjs measures the same for `tools/pakn bench`
// over 30 s; here a shorter window that still spans a stream keep-alive.
'use strict';
const t = require('./lib.cjs');
const { citizenSignedIn, mark } = require('./console.cjs');
const { measureIdle } = require('../../tools/bench/idle_cost.cjs');

const CITIZEN = { cccd: '079190055566', phone: '0935555666', password: 'matkhau2026', name: 'Võ Thị Lành' };
// A rAF loop that only checks "anything to draw?" costs well under 1 %; one
// that draws every frame with software WebGL costs tens of percent.
const MAX_CPU_PERCENT = 3;

function expectQuiet(what, m) {
  console.log(`# ${what}: ${JSON.stringify(m)}`);
  if (m.frames_drawn !== 0) t.fail(`${what}: ${m.frames_drawn} frames drawn while nothing changed`);
  if (m.cpu_percent > MAX_CPU_PERCENT) t.fail(`${what}: the idle page used ${m.cpu_percent} % of a core`);
}

t.run('idle: an untouched tab draws no frame and uses ~no CPU, also with the live stream open', async ({ server, browser }) => {
  mark('idle 1. the public home page');
  const page = await t.openPage(browser, server.url + '/');
  await t.waitForWidget(page, 'Gửi phản ánh');
  expectQuiet('public home', await measureIdle(page, 5));

  mark('idle 2. a signed-in citizen, live stream connected');
  await citizenSignedIn(server, browser.context.request, CITIZEN);
  const streams = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/v1/events') streams.push(r.url()); });
  await page.goto(server.url + '/tai-khoan');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  await t.waitForWidget(page, 'Đổi mật khẩu');
  for (const until = Date.now() + 10000; streams.length === 0 && Date.now() < until;) await t.frames(page, 1);
  if (streams.length === 0) t.fail('the live stream never opened');
  expectQuiet('signed in, live stream open', await measureIdle(page, 20));
  t.assertNoProblems(page);
});
