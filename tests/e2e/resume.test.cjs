// A large file's upload resumes where it stopped (issue 15 item 16), in
// real Chromium: a 9 MiB video goes up in chunks; the network drops on its
// second chunk, the citizen presses GỬI and sees "Đang chờ mạng — sẽ tự
// gửi"; the page is reloaded (the video comes back from IndexedDB); when the
// network returns, the upload goes on from the byte the server acknowledged
// (no new upload session, no first chunk again) and the report arrives once
// with the whole video.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const t = require('./lib.cjs');
const { expectStatus, citizenSignedIn, mark, press, type, solveCaptcha, choose } = require('./console.cjs');

const CITIZEN = { cccd: '058190004321', phone: '0935333444', password: 'matkhau2026', name: 'Võ Thị Lan' };
const TITLE = 'Cây xanh đổ chắn ngang đường Lê Thánh Tôn';
const VIDEO = 'cay-do.mp4';
const SIZE = 9 * 1024 * 1024;
const WAITING = 'Đang chờ mạng — sẽ tự gửi';

// An MP4 as the server recognises one (an "ftyp" box first), padded to `size`.
function makeMp4(size) {
  const b = Buffer.alloc(size, 0x2a);
  b.writeUInt32BE(24, 0);
  b.write('ftypisom', 4, 'latin1');
  b.writeUInt32BE(0x200, 12);
  b.write('isomavc1', 16, 'latin1');
  return b;
}

async function waitForAlert(page, text) {
  await page.waitForFunction((s) => window.pakn.widgets().some((w) => w.role === 'alert' && w.label === s), text,
    { timeout: 15000, polling: 50 }).catch(async () => t.fail(`no "${text}" banner; banners: ${JSON.stringify(await t.alerts(page))}`));
}

t.run('weak network: a large upload resumes from the acknowledged byte, also after a reload', async ({ server, browser }) => {
  const context = browser.context;
  await citizenSignedIn(server, context.request, CITIZEN);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-video-'));
  const video = path.join(dir, VIDEO);
  fs.writeFileSync(video, makeMp4(SIZE));

  // Every upload request the page makes, in order ("POST /api/v1/uploads",
  // "PUT offset=N", ...). The network drops at the first chunk after the
  // first one, and stays down (reports too) until the test brings it back.
  let network = 'up';
  const uploads = [];
  let dropped = null;
  await context.route('**/api/v1/uploads**', (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const offset = url.searchParams.get('offset');
    uploads.push(req.method() === 'PUT' ? `PUT ${offset}` : `${req.method()} ${url.pathname}`);
    if (network === 'up' && req.method() === 'PUT' && Number(offset) > 0 && dropped === null) {
      dropped = Number(offset);
      network = 'down';
    }
    return network === 'down' ? route.abort('internetdisconnected') : route.continue();
  });
  await context.route('**/api/v1/reports', (route) =>
    (network === 'down' && route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));

  const page = await t.openPage(browser, server.url + '/gui-phan-anh');
  await page.setViewportSize({ width: 1280, height: 1400 });

  mark('the video, cut off on its second chunk');
  await t.waitForWidget(page, '⬆ Tải lên');
  await type(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', TITLE);
  await type(page, 'NỘI DUNG', 'Cây xanh lớn bật gốc sau cơn mưa, chắn hết hai làn xe, chưa có ai đến xử lý.');
  await type(page, 'ĐỊA ĐIỂM PHẢN ÁNH, KIẾN NGHỊ', 'Số 12 Lê Thánh Tôn');
  await choose(page, 'Xã, phường, đặc khu', 'bac nha trang', 'Phường Bắc Nha Trang');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '⬆ Tải lên')]);
  await chooser.setFiles(video);
  for (const until = Date.now() + 30000; dropped === null && Date.now() < until;) await t.frames(page, 2);
  if (dropped === null) t.fail('the video never reached its second chunk: ' + JSON.stringify(uploads));
  t.assertEqual(uploads.slice(0, 3).join(' | '), `POST /api/v1/uploads | PUT 0 | PUT ${dropped}`, 'the upload before the drop');
  await t.waitForWidget(page, '✕ Xóa');
  await solveCaptcha(page);
  await press(page, 'GỬI');
  await waitForAlert(page, WAITING);

  mark('reload while the network is down');
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  await waitForAlert(page, WAITING);
  await t.waitForWidget(page, '✕ Xóa');  // the video, read back from the device
  const before = uploads.length;

  mark('back online: the upload goes on from the byte the server has');
  await context.setOffline(true);
  await page.waitForFunction(() => navigator.onLine === false);
  network = 'up';
  await context.setOffline(false);
  await t.waitForWidget(page, 'Sao chép mã', 60000);
  const after = uploads.slice(before);
  if (after[0] !== `PUT ${dropped}`) t.fail(`after the reload the upload started with "${after[0]}", not "PUT ${dropped}": ${JSON.stringify(after)}`);
  if (after.includes('POST /api/v1/uploads') || after.includes('PUT 0')) t.fail('the video was sent again from the start: ' + JSON.stringify(after));
  await t.screenshot(page, 'resume-sent');

  mark('one report, with the whole video');
  const mine = await expectStatus(await context.request.get(server.url + '/api/v1/me/reports'), 200, 'my reports');
  t.assertEqual(mine.total, 1, 'reports on the server');
  const detail = await expectStatus(await context.request.get(server.url + '/api/v1/reports/' + mine.items[0].id), 200, 'the report');
  t.assertEqual(detail.attachments.length, 1, 'its files');
  t.assertEqual(detail.attachments[0].name, VIDEO, 'its video');
  t.assertEqual(detail.attachments[0].size, SIZE, 'the video\'s size');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pakn.upload.')));
  t.assertEqual(JSON.stringify(left), '[]', 'resume records left once sent');
  const faults = page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to load resource|net::/.test(p));
  if (faults.length) t.fail(faults.join('\n'));
  fs.rmSync(dir, { recursive: true, force: true });
});
