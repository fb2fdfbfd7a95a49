// Foundation end to end: the real server serves the real build; Chromium
// loads it, the app reports ready, navigation works with real clicks and the
// history API (back/forward/reload), Vietnamese text arrives intact by
// keyboard typing, insertText and IME composition, and nothing logs an error.
'use strict';
const t = require('./lib.cjs');

const VIETNAMESE = 'Nguyễn Thị Đào – Đà Nẵng';
const FIELD = 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC';

t.run('foundation: load, navigate, type Vietnamese', async ({ server, browser }) => {
  const page = await t.openPage(browser, server.url + '/');
  console.log(`# first frame after ${page.readyMs} ms`);
  // The app's files came under their content names, cached for a year as
  // immutable (issue 19 item 4): a warm start revalidates the page only.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  for (const file of ['boot.js', 'app.css', 'print.js', 'pakn.js', 'pakn.wasm']) {
    const named = loaded.filter((p) => p.endsWith('/' + file));
    if (named.length !== 1 || !/^\/v\/[0-9a-f]{16}\//.test(named[0])) t.fail(`${file} loaded as ${named}: ${loaded}`);
    const cache = (await fetch(server.url + named[0])).headers.get('cache-control');
    t.assertEqual(cache, 'public, max-age=31536000, immutable', `caching of ${named[0]}`);
  }
  await t.widget(page, 'Trang chủ');
  await page.waitForFunction(() => window.pakn.state().connection === 'online', null, { timeout: 10000 });
  await t.screenshot(page, 'foundation-home');

  // Two screens by real mouse clicks, each with its own URL.
  await t.click(page, 'Giới thiệu');
  await t.waitForPath(page, '/gioi-thieu');
  t.assertEqual(new URL(page.url()).pathname, '/gioi-thieu', 'address bar after clicking Giới thiệu');
  await t.click(page, 'Gửi phản ánh');
  await t.waitForPath(page, '/gui-phan-anh');
  t.assertEqual(await page.title(), 'Gửi phản ánh – PAKN Khánh Hòa', 'document title');

  // Back, forward and reload keep the screen.
  await page.goBack();
  await t.waitForPath(page, '/gioi-thieu');
  await page.goForward();
  await t.waitForPath(page, '/gui-phan-anh');
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.waitForPath(page, '/gui-phan-anh');

  // 1. Plain keyboard typing (Playwright sends keydown/keypress/input; non-ASCII
  //    characters go through insertText like a phone keyboard would).
  await t.click(page, FIELD);
  await t.frames(page, 2);
  await page.keyboard.type(VIETNAMESE, { delay: 15 });
  await t.waitForValue(page, FIELD, VIETNAMESE);
  await t.screenshot(page, 'foundation-typed');

  // Backspace removes whole characters, not bytes.
  for (let i = 0; i < 'Đà Nẵng'.length; i++) await page.keyboard.press('Backspace');
  await t.waitForValue(page, FIELD, 'Nguyễn Thị Đào – ');
  for (let i = 0; i < 'Nguyễn Thị Đào – '.length; i++) await page.keyboard.press('Backspace');
  await t.waitForValue(page, FIELD, '');

  // 2. insertText in one piece (macOS/Windows input methods, mobile keyboards).
  await page.keyboard.insertText(VIETNAMESE);
  await t.waitForValue(page, FIELD, VIETNAMESE);
  for (let i = 0; i < VIETNAMESE.length; i++) await page.keyboard.press('Backspace');
  await t.waitForValue(page, FIELD, '');

  // 3. IME composition (Telex: the word is composed, then committed).
  const cdp = await page.context().newCDPSession(page);
  for (const word of ['Nguyễn', ' ', 'Thị']) {
    await cdp.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
    await cdp.send('Input.insertText', { text: word });
  }
  await t.waitForValue(page, FIELD, 'Nguyễn Thị');

  // Another screen by click, then the not-found screen for an unknown link.
  await t.click(page, 'Thống kê');
  await t.waitForPath(page, '/thong-ke');
  await page.goto(server.url + '/khong-co-trang-nay');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.widget(page, 'Về trang chủ');
  await t.screenshot(page, 'foundation-not-found');

  // Phone width: the navigation collapses into the menu.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(server.url + '/');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.click(page, '☰ Menu');
  await t.click(page, 'Hướng dẫn');
  await t.waitForPath(page, '/huong-dan');
  await t.screenshot(page, 'foundation-phone-guide');
  t.assertNoProblems(page);
});
