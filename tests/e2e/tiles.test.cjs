// The street map to pin the place (issue 15, items 2 and 12): the server
// runs with an MBTiles file this test builds (`pakn-server tiles demo`) and
// toy commune boundaries; on the submit form's map the browser fetches
// /tiles, the wheel, a drag and a two-finger pinch change the view, a tap
// pins the place and fills the commune, and "Vị trí của tôi" (geolocation
// granted) centres the map on the device.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const t = require('./lib.cjs');
const { citizenSignedIn, mark, press } = require('./console.cjs');

const CITIZEN = { cccd: '079190077123', phone: '0935777123', password: 'matkhau2026', name: 'Trần Văn Minh' };
const TOY = path.resolve(__dirname, '../server/data/toy-nha-trang.geojson');
// Inside the toy "Bắc Nha Trang" rectangle (109.16-109.24 E, 12.26-12.32 N).
const DEVICE = { latitude: 12.29, longitude: 109.2, accuracy: 8 };
const VIEW = 'Vùng bản đồ đang xem';

// "12.29000, 109.20000; z12" -> { lat, lon, z }
async function view(page) {
  const w = await t.widget(page, VIEW);
  const m = /^(-?[\d.]+), (-?[\d.]+); z(-?\d+)$/.exec(w.value || '');
  if (!m) t.fail(`map view entry unreadable: ${JSON.stringify(w)}`);
  return { lat: Number(m[1]), lon: Number(m[2]), z: Number(m[3]), x: w.x, y: w.y };
}

async function waitForView(page, test, what) {
  const until = Date.now() + 10000;
  for (;;) {
    const v = await view(page);
    if (test(v)) return v;
    if (Date.now() > until) t.fail(`${what}: the map's view stayed ${JSON.stringify(v)}`);
    await t.frames(page, 1);
  }
}

async function main() {
  const server = process.env.PAKN_SERVER || t.fail('PAKN_SERVER not set');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-e2e-tiles-'));
  const tiles = path.join(dataDir, 'nen-ban-do.mbtiles');
  execFileSync(server, ['tiles', 'demo', tiles, '--max-zoom', '13', '--data-dir', dataDir]);
  execFileSync(server, ['geo', 'import', TOY, '--data-dir', dataDir]);
  const srv = await t.startServer(['--data-dir', dataDir, '--tiles-mbtiles', tiles]);
  srv.dataDir = dataDir;  // captcha answers and SMS are written there
  const browser = await t.launchBrowser();
  try {
    const context = browser.context;
    await context.grantPermissions(['geolocation'], { origin: srv.url });
    await context.setGeolocation(DEVICE);
    await citizenSignedIn(srv, context.request, CITIZEN);
    const tileAnswers = [];
    context.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/tiles/')) tileAnswers.push(r.status());
    });
    const page = await t.openPage(browser, srv.url + '/gui-phan-anh', { viewport: { width: 1280, height: 1400 } });

    mark('tiles 1. the map shows tiles from /tiles');
    await press(page, 'Chọn trên bản đồ');
    let v = await waitForView(page, (x) => x.z >= 7, 'tiles drawn');
    const until = Date.now() + 10000;
    while (!tileAnswers.includes(200) && Date.now() < until) await t.frames(page, 1);
    if (!tileAnswers.includes(200)) t.fail(`no tile fetched from /tiles: ${JSON.stringify(tileAnswers)}`);

    mark('tiles 2. a tap pins the place and fills the commune');
    // The commune's label point on the map (a few pixels; its name as imported).
    const region = (await t.widgets(page)).find((w) => /Bắc Nha Trang/.test(w.label) && w.w <= 12 && w.role !== 'alert');
    if (!region) t.fail('the commune is not on the map');
    await page.mouse.click(region.x + region.w / 2, region.y + region.h / 2);
    await t.waitForValue(page, 'Xã, phường, đặc khu', 'Phường Bắc Nha Trang');
    const lat = Number(await t.fieldValue(page, 'Vĩ độ')), lon = Number(await t.fieldValue(page, 'Kinh độ'));
    if (!(lat > 12.26 && lat < 12.32 && lon > 109.16 && lon < 109.24)) t.fail(`pin outside the commune: ${lat}, ${lon}`);

    mark('tiles 3. the buttons, the wheel and a drag change the view');
    const fitted = await view(page);
    await press(page, 'Thu nhỏ');
    await press(page, 'Thu nhỏ');
    v = await waitForView(page, (x) => x.z < fitted.z, 'zoom out button');
    const cx = v.x + 400, cy = v.y + 160;
    await page.mouse.move(cx, cy);
    const before = v;
    for (let i = 0; i < 8 && v.z <= before.z; i++) {
      await page.mouse.wheel(0, -300);
      await t.frames(page, 2);
      v = await view(page);
    }
    if (v.z <= before.z) t.fail(`the wheel did not zoom: ${JSON.stringify(before)} -> ${JSON.stringify(v)}`);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 60, cy + 10, { steps: 4 });
    await page.mouse.move(cx + 150, cy + 30, { steps: 4 });
    await page.mouse.up();
    const dragged = v;
    v = await waitForView(page, (x) => x.lon < dragged.lon - 1e-4, 'drag pan');

    mark('tiles 4. two fingers pinch-zoom');
    // Room to zoom in: the test's tiles end at zoom 13.
    for (let i = 0; i < 4 && v.z > 11; i++) {
      await press(page, 'Thu nhỏ');
      v = await view(page);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const fingers = (d) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (const d of [45, 70, 100, 130]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const pinched = v;
    v = await waitForView(page, (x) => x.z > pinched.z, 'pinch zoom');
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });

    mark('tiles 5. "Vị trí của tôi" centres the map on the device');
    await press(page, 'Bỏ vị trí');
    await press(page, 'Vị trí của tôi');
    await t.waitForValue(page, 'Vĩ độ', '12.290000');
    v = await waitForView(page, (x) => Math.abs(x.lat - DEVICE.latitude) < 1e-3 && Math.abs(x.lon - DEVICE.longitude) < 1e-3,
      'centred on the device');
    await t.waitForValue(page, 'Xã, phường, đặc khu', 'Phường Bắc Nha Trang');
    await t.screenshot(page, 'tiles-street-map');
    // Zoomed out, the view reached past the file's extent: the app asks only
    // for tiles the file holds (its bounds), so no tile is a 404.
    const missing = tileAnswers.filter((s) => s !== 200 && s !== 304);
    if (missing.length) t.fail(`${missing.length} tile requests failed (${[...new Set(missing)]}): outside the file's bounds`);
    // Emscripten's GLFW calls preventDefault in a passive wheel listener,
    // which Chromium logs as an error: that one is not the app's.
    const problems = page.problems.filter((p) => !/passive event listener/i.test(p));
    if (problems.length) t.fail(problems.join('\n'));
    console.log(`ok - tiles: street map under the submit form's map (${tileAnswers.length} tile requests)`);
  } catch (err) {
    console.error(`not ok - tiles\n${err.stack || err}\n--- server log ---\n${srv.log().slice(-4000)}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await srv.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main();
