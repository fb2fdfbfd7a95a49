// No lost work on a weak network (issue 15 item 16), in real Chromium: a
// citizen fills a report with a photo while the network to the server is
// down (uploads and reports aborted as a dropped connection does), presses
// GỬI and sees "Đang chờ mạng — sẽ tự gửi"; the photo's bytes wait in
// IndexedDB. The page is reloaded: the form, the photo and the waiting state
// come back. The browser then goes offline and online again (navigator.onLine
// and its events): the photo goes up, the report reaches the server but its
// answer is lost on the way back, the app tries again with the same
// idempotency key, and the server answers the report the first try made.
// Exactly one report arrives, with its photo.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const t = require('./lib.cjs');
const { expectStatus, citizenSignedIn, mark, reveal, press, type, solveCaptcha, choose } = require('./console.cjs');

const CITIZEN = { cccd: '058190001234', phone: '0935111222', password: 'matkhau2026', name: 'Phạm Văn Mạng' };
const TITLE = 'Cống thoát nước bị tắc trên đường Hùng Vương';
const CONTENT = 'Nước tràn lên mặt đường mỗi khi mưa, mùi hôi khó chịu cho cả khu phố.';
const ADDRESS = 'Số 40 Hùng Vương';
const PHOTO = 'cong-tac.png';
const WAITING = 'Đang chờ mạng — sẽ tự gửi';

async function waitForAlert(page, text) {
  await page.waitForFunction((s) => window.pakn.widgets().some((w) => w.role === 'alert' && w.label === s), text,
    { timeout: 15000, polling: 50 }).catch(async () => t.fail(`no "${text}" banner; banners: ${JSON.stringify(await t.alerts(page))}`));
}

// How many files the app keeps in IndexedDB (database "pakn", store "files").
async function keptFiles(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('pakn', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('files');
    req.onsuccess = () => {
      const count = req.result.transaction('files').objectStore('files').count();
      count.onsuccess = () => { resolve(count.result); req.result.close(); };
    };
    req.onerror = () => resolve(-1);
  }));
}

t.run('weak network: a report with a photo waits on the device, survives a reload and arrives once', async ({ server, browser }) => {
  const context = browser.context;
  await citizenSignedIn(server, context.request, CITIZEN);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-photo-'));
  const photo = path.join(dir, PHOTO);
  fs.writeFileSync(photo, t.makePng(64, 48));

  // The network between the device and the server: 'down' aborts uploads
  // and reports as a dropped connection does (the page itself still loads:
  // without a service worker a reload needs the server); 'lossy' lets the
  // next report through to the server but loses its answer; then 'up'.
  let network = 'down';
  let firstAnswer = null;
  const creates = [];  // statuses the page received for POST /api/v1/reports
  await context.route('**/api/v1/attachments', (route) =>
    (network === 'down' ? route.abort('internetdisconnected') : route.continue()));
  await context.route('**/api/v1/reports', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    if (network === 'down') return route.abort('internetdisconnected');
    if (network === 'lossy') {
      network = 'up';
      const response = await route.fetch();
      firstAnswer = { status: response.status(), body: await response.json() };
      return route.abort('connectionreset');
    }
    return route.continue();
  });

  const page = await t.openPage(browser, server.url + '/gui-phan-anh');
  page.on('response', (r) => {
    if (r.url().endsWith('/api/v1/reports') && r.request().method() === 'POST') creates.push(r.status());
  });
  await page.setViewportSize({ width: 1280, height: 1400 });

  mark('the form, offline');
  await t.waitForWidget(page, '⬆ Tải lên');
  await type(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);
  await type(page, 'NỘI DUNG', CONTENT);
  await type(page, 'ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ', ADDRESS);
  await choose(page, 'Xã, phường, đặc khu', 'bac nha trang', 'Phường Bắc Nha Trang');
  const lostUpload = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/v1/attachments'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '⬆ Tải lên')]);
  await chooser.setFiles(photo);
  await lostUpload;
  await t.waitForWidget(page, '✕ Xóa');
  await solveCaptcha(page);
  await press(page, 'GỬI');
  await waitForAlert(page, WAITING);
  t.assertEqual(await keptFiles(page), 1, 'photos kept in IndexedDB while waiting');
  await t.screenshot(page, 'offline-waiting');

  mark('reload while the network is down');
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  await waitForAlert(page, WAITING);
  await t.waitForValue(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);
  await t.waitForValue(page, 'ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ', ADDRESS);
  await t.waitForWidget(page, '✕ Xóa');  // the photo, read back from the device
  t.assertEqual(creates.length, 0, 'reports answered while the network was down');

  mark('offline, then online again');
  await context.setOffline(true);
  await page.waitForFunction(() => navigator.onLine === false);
  await t.frames(page, 2);
  await waitForAlert(page, WAITING);
  network = 'lossy';
  await context.setOffline(false);
  // The online event sends the photo, then the report (whose answer is
  // lost), then the same report again after a short pause.
  await t.waitForWidget(page, 'Sao chép mã', 30000);
  if (!firstAnswer) t.fail('the report never reached the server');
  t.assertEqual(firstAnswer.status, 201, 'the first try, on the server');
  t.assertEqual(JSON.stringify(creates), '[200]', 'answers the page received for its report (the retry: the same report)');
  await t.screenshot(page, 'offline-sent');

  mark('exactly one report, with its photo');
  const mine = await expectStatus(await context.request.get(server.url + '/api/v1/me/reports'), 200, 'my reports');
  t.assertEqual(mine.total, 1, 'reports on the server');
  t.assertEqual(mine.items[0].code, firstAnswer.body.code, 'the tracking code');
  const detail = await expectStatus(await context.request.get(server.url + '/api/v1/reports/' + mine.items[0].id), 200, 'the report');
  t.assertEqual(detail.title, TITLE, 'its title');
  t.assertEqual(detail.attachments.length, 1, 'its photos');
  t.assertEqual(detail.attachments[0].name, PHOTO, 'its photo');
  t.assertEqual(await keptFiles(page), 0, 'photos left in IndexedDB once sent');
  // The network's drops are the test's own doing; anything else is a fault.
  const faults = page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_RESET|ERR_FAILED|Failed to load resource|net::/.test(p));
  if (faults.length) t.fail(faults.join('\n'));
  fs.rmSync(dir, { recursive: true, force: true });
});
