// Public portal end to end, on the server's demo data (`serve --demo`: 2000
// reports over the year, the commune boundaries, announcements): the home
// page's figures against the API, its lookup box and QR code; statistics
// with presets, a category filter, a table view and a CSV download; the map
// (hover, click a commune, zoom, the commune table's sort); published
// reports searched without diacritics; announcements by kind; the
// directory; phone layouts; the installed app's offline start. Every figure
// a test compares is read from the widget registry (what the app shows),
// never from the app's memory.
'use strict';
const fs = require('fs');
const t = require('./lib.cjs');
const path = require('path');

const BOUNDARIES = path.resolve(__dirname, '../../../shared/data/khanh-hoa-communes-2025.geojson');

// With boundaries: figures on the communes, hover, click to filter, zoom.
async function checkMapWithBoundaries(page, server, map, latest) {
  const busiest = map.communes.slice().sort((a, b) => b.count - a.count)[0];
  const busiestFigures = formatCount(busiest.count) + ' / ' + formatCount(busiest.resolved);
  await widgetWhere(page, (w) => w.label === busiest.name && w.value === busiestFigures,
    `busiest commune on the map (${JSON.stringify(busiest)})`);
  // Points off, so a click lands on the commune rather than a report.
  await t.click(page, 'Hiện vị trí từng phản ánh');
  const published = latest.items[0];
  const commune = map.communes.find((c) => c.code === published.commune_code);
  const region = await widgetWhere(page, (w) => w.label === commune.name && / \/ /.test(w.value || ''), 'commune region');
  await page.mouse.move(region.x + region.w / 2, region.y + region.h / 2);
  await t.frames(page, 3);
  await t.screenshot(page, 'public-map-hover');
  await clickAt(page, region);
  const ofCommune = await api(server, `/api/v1/public/reports?commune=${commune.code}&page_size=10`);
  await t.widget(page, ofCommune.items[0].title);
  await t.widget(page, 'Bỏ chọn xã, phường');
  await t.screenshot(page, 'public-map-selected');

  // Zoom in with the button, then a double click: two communes near the
  // middle move apart.
  const regions = () => page.evaluate(() => window.pakn.widgets().filter((w) => w.value && / \/ /.test(w.value)));
  const all = await regions();
  const cx = all.reduce((s, w) => s + w.x, 0) / all.length, cy = all.reduce((s, w) => s + w.y, 0) / all.length;
  const [a, b] = all.sort((p, q) => Math.hypot(p.x - cx, p.y - cy) - Math.hypot(q.x - cx, q.y - cy));
  const distance = async () => {
    const now = await regions();
    const pa = now.find((w) => w.label === a.label), pb = now.find((w) => w.label === b.label);
    return pa && pb ? Math.hypot(pa.x - pb.x, pa.y - pb.y) : NaN;
  };
  const d0 = await distance();
  await t.click(page, 'Phóng to');
  await t.frames(page, 3);
  const d1 = await distance();
  if (!(d1 > d0 * 1.4)) t.fail(`zoom button: ${a.label} – ${b.label} ${d0} px -> ${d1} px`);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const near = await regions().then((now) => now.find((w) => w.label === a.label));
  await page.mouse.dblclick(near.x + near.w / 2, near.y + near.h / 2);
  await t.frames(page, 3);
  const d2 = await distance();
  if (!(d2 > d1 * 1.5)) t.fail(`double click: ${d1} px -> ${d2} px (around ${JSON.stringify(mid)})`);
  await t.screenshot(page, 'public-map-zoomed');
  await t.click(page, 'Xem toàn tỉnh');
  await t.frames(page, 3);

  // The commune table sorts by the number of reports.
  await hoverThenClick(page, 'Tiếp nhận');
  await t.frames(page, 3);
  const firstRowLabel = await page.evaluate((names) => {
    const rows = window.pakn.widgets().filter((w) => w.value === undefined && names.includes(w.label));
    rows.sort((a, b) => a.y - b.y);
    return rows.length ? rows[0].label : null;
  }, map.communes.map((c) => c.name));
  t.assertEqual(map.communes.find((c) => c.name === firstRowLabel).count, busiest.count,
    'reports of the first commune after sorting by received');
}

// Without boundaries: a note says so, the commune table lists the figures, and
// choosing a commune there lists its published reports.
async function checkMapWithoutBoundaries(page, server, map) {
  // The table is clipped to what is on screen: take a listed commune with reports.
  const withReports = new Map(map.communes.filter((c) => c.count > 0).map((c) => [c.name, c]));
  const row = await widgetWhere(page, (w) => withReports.has(w.label), 'a commune row with reports');
  await clickAt(page, row);
  await t.frames(page, 3);
  const chosen = withReports.get(row.label);
  const ofCommune = await api(server, `/api/v1/public/reports?commune=${chosen.code}&page_size=10`);
  if (ofCommune.items.length) await t.widget(page, ofCommune.items[0].title);
  await t.screenshot(page, 'public-map-no-boundaries');
}

// ---- numbers as the app writes them (ui/charts.cpp)
function formatCount(n) {
  return String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.').replace(/^/, n < 0 ? '-' : '');
}
function formatDecimal(v) {
  let s = v.toFixed(1);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  const [i, f] = s.split('.');
  return formatCount(Number(i)) + (f ? ',' + f : '');
}
function formatPercent(rate) { return formatDecimal(rate * 100) + '%'; }

// Today in Vietnam (UTC+7), as the app computes its presets.
function vnToday() {
  const d = new Date(Date.now() + 7 * 3600 * 1000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
const pad = (n) => String(n).padStart(2, '0');
const iso = (x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

async function api(server, path) {
  const r = await fetch(server.url + path);
  if (!r.ok) t.fail(`GET ${path}: ${r.status}`);
  return r.json();
}

// Waits for a widget matching `pred` (run here, in node: the page's CSP
// forbids evaluating strings) and returns it.
async function widgetWhere(page, pred, what, timeout = 15000) {
  const until = Date.now() + timeout;
  let seen = [];
  while (Date.now() < until) {
    seen = await page.evaluate(() => window.pakn.widgets());
    const found = seen.find(pred);
    if (found) return found;
    await page.waitForTimeout(50);
  }
  const labels = seen.map((w) => w.label + (w.value !== undefined ? '=' + w.value : ''));
  t.fail(`no widget ${what}; on screen: ${JSON.stringify(labels).slice(0, 4000)}`);
}

// Waits until the widget `label` shows `value`.
async function waitForFigure(page, label, value) {
  await page.waitForFunction(([l, v]) => window.pakn.widgets().some((w) => w.label === l && w.value === v),
    [label, value], { timeout: 15000, polling: 50 }).catch(async () => {
    const now = await page.evaluate((l) => window.pakn.widgets().filter((w) => w.label === l).map((w) => w.value), label);
    t.fail(`"${label}" shows ${JSON.stringify(now)}, expected ${JSON.stringify(value)}`);
  });
}

async function clickAt(page, w) { await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2); }

// Moves the mouse onto the widget first and clicks once it is hovered: Dear
// ImGui's table headers (overlappable items) take a press only when they
// were already hovered in the previous frame, as under a real hand.
async function hoverThenClick(page, label) {
  const w = await t.widget(page, label);
  await page.mouse.move(w.x + w.w / 2, w.y + w.h / 2);
  await t.frames(page, 2);
  await page.mouse.down();
  await page.mouse.up();
}

// Console errors, except the one every visitor's first request makes: the
// session check answers 401 when nobody is signed in (a browser logs any 4xx
// of a fetch as an error; reported to the accounts area).
function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = (msg.location() && msg.location().url) || '';
    if (/401/.test(msg.text()) && where.endsWith('/api/v1/auth/session')) return;
    errors.push(msg.text() + (where ? ' (' + where + ')' : ''));
  });
  page.on('pageerror', (err) => errors.push('page error: ' + err.message));
  return errors;
}

async function run(name, body) {
  const server = await t.startServer(['--demo']);
  const browser = await t.launchBrowser();
  try {
    await body({ server, browser });
    console.log(`ok - ${name}`);
  } catch (err) {
    const page = browser.context.pages()[0];
    if (page) await t.screenshot(page, 'public-failure').catch(() => {});
    console.error(`not ok - ${name}\n${err.stack || err}\n--- server log ---\n${server.log().slice(-4000)}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

run('public portal: home, statistics, map, published reports, news, directory, PWA', async ({ server, browser }) => {
  const today = vnToday();
  const yearStart = { y: today.y, m: 1, d: 1 };
  const context = browser.context;
  const page = context.pages()[0] || await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1800 });  // the whole home page on screen
  const errors = watchConsole(page);
  await page.goto(server.url + '/');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });

  // ---------------------------------------------------------------- home
  const year = await api(server, `/api/v1/public/stats?from=${iso(yearStart)}`);
  if (year.totals.received < 100) t.fail('demo data missing: ' + JSON.stringify(year.totals));
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(year.totals.received));
  await waitForFigure(page, 'Đã giải quyết', formatCount(year.totals.resolved));
  await waitForFigure(page, 'Tỷ lệ xử lý đúng hạn', formatPercent(year.totals.on_time_rate));
  await waitForFigure(page, 'Mức độ hài lòng', formatPercent(year.totals.satisfaction_rate));
  const latest = await api(server, '/api/v1/public/reports?page=1&page_size=5');
  for (const r of latest.items) await t.widget(page, r.title);
  const news = await api(server, '/api/v1/public/announcements?page=1&page_size=3');
  for (const a of news.items) await t.widget(page, a.title);
  await waitForFigure(page, 'Mã QR ứng dụng', server.url + '/');
  await t.widget(page, 'GỬI PHẢN ÁNH, KIẾN NGHỊ');
  await t.screenshot(page, 'public-home');

  // The lookup box: an empty code stays here, a code goes to the lookup screen.
  await t.click(page, 'Tra cứu');
  await t.frames(page, 3);
  t.assertEqual((await t.state(page)).path, '/', 'path after an empty lookup');
  await t.click(page, 'Mã tra cứu, ví dụ PAKN-2026-000123');
  await t.frames(page, 2);
  await page.keyboard.type(latest.items[0].code);
  await t.waitForValue(page, 'Mã tra cứu, ví dụ PAKN-2026-000123', latest.items[0].code);
  await page.keyboard.press('Enter');
  await t.waitForPath(page, '/tra-cuu?ma=' + latest.items[0].code);
  await page.goBack();
  await t.waitForPath(page, '/');

  // ---------------------------------------------------------------- the assistant
  // Asked without diacritics, it answers from the seeded knowledge base and
  // opens the answer's page; a tracking code gets its report's status.
  // At 1280 px the page's margins are too narrow for the floating button:
  // the footer's link opens it (as the phone's menu does).
  await t.settle(page);  // back from the lookup, the page's cards grow over a few frames
  await t.click(page, 'Hỏi đáp với trợ lý ảo');
  await t.click(page, 'Câu hỏi của bạn');
  await t.frames(page, 2);
  await page.keyboard.type('quen mat khau');
  await t.waitForValue(page, 'Câu hỏi của bạn', 'quen mat khau');
  await page.keyboard.press('Enter');
  await t.widget(page, 'Mở trang liên quan');
  await t.screenshot(page, 'public-assistant');
  await t.click(page, 'Câu hỏi của bạn');
  await t.frames(page, 2);
  await page.keyboard.type(latest.items[0].code + ' den dau roi');
  await t.waitForValue(page, 'Câu hỏi của bạn', latest.items[0].code + ' den dau roi');
  await page.keyboard.press('Enter');
  await t.waitForWidget(page, new RegExp('^Tình trạng hồ sơ ' + latest.items[0].code + ': '));
  await t.widget(page, 'Xem chi tiết');
  await t.click(page, 'Mở trang liên quan');
  await t.waitForPath(page, '/quen-mat-khau');
  await t.click(page, 'Đóng');
  await t.frames(page, 2);
  await t.widget(page, 'Hỏi đáp với trợ lý ảo');
  await page.goBack();
  await t.waitForPath(page, '/');

  // A published result opens from the home page.
  await t.click(page, latest.items[0].title);
  await t.waitForPath(page, '/cong-khai/' + latest.items[0].id);
  await t.widget(page, '← Danh sách phản ánh đã công khai');
  await t.screenshot(page, 'public-report');
  await page.goBack();
  await t.waitForPath(page, '/');

  // ---------------------------------------------------------------- statistics
  await page.setViewportSize({ width: 1280, height: 3000 });  // every chart on screen
  await t.frames(page, 3);  // the registry is in canvas pixels: let the app redraw at the new size
  await t.click(page, 'Xem thống kê');
  await t.waitForPath(page, '/thong-ke');
  const thisYear = await api(server, `/api/v1/public/stats?from=${iso(yearStart)}&to=${iso(today)}`);
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(thisYear.totals.received));
  await waitForFigure(page, 'Thời gian xử lý trung bình', formatDecimal(thisYear.totals.avg_handling_hours));
  await waitForFigure(page, thisYear.by_category.sort((a, b) => b.count - a.count)[0].label,
    formatCount(thisYear.by_category[0].count));
  const lastMonth = thisYear.by_month[thisYear.by_month.length - 1];
  const monthLabel = lastMonth.key.slice(5) + '/' + lastMonth.key.slice(0, 4);
  await waitForFigure(page, monthLabel, formatCount(lastMonth.count) + ' / ' + formatCount(lastMonth.resolved || 0));
  const rated = thisYear.satisfaction.reduce((s, r) => s + r.count, 0);
  const top = thisYear.satisfaction[0];
  await waitForFigure(page, top.label, `${formatCount(top.count)} (${formatPercent(top.count / rated)})`);
  await t.screenshot(page, 'public-stats');

  // Presets ask the server again; the figures follow.
  await t.click(page, 'Tháng này');
  const month = await api(server, `/api/v1/public/stats?from=${iso({ y: today.y, m: today.m, d: 1 })}&to=${iso(today)}`);
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(month.totals.received));
  await waitForFigure(page, 'Từ ngày', `01/${pad(today.m)}/${today.y}`);
  await t.click(page, 'Năm nay');
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(thisYear.totals.received));

  // A category from the drop-down (typing filters it, diacritics ignored).
  const category = thisYear.by_category[0];
  const combo = await t.click(page, 'Lĩnh vực');
  await t.widget(page, 'Gõ để tìm…');  // the drop-down is open, its search box focused
  await t.frames(page, 2);
  const typed = category.label.split(' ')[0].normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D');
  await page.keyboard.type(typed);
  await t.waitForValue(page, 'Gõ để tìm…', typed);
  // The choice in the drop-down (the category's bar further down has the same label).
  const choice = await widgetWhere(page, (w) => w.label === category.label && w.y > combo.y && w.y < combo.y + 400,
    'the category in the drop-down');
  await clickAt(page, choice);
  const oneCategory = await api(server,
    `/api/v1/public/stats?category=${category.key}&from=${iso(yearStart)}&to=${iso(today)}`);
  await waitForFigure(page, 'Lĩnh vực', category.label);
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(oneCategory.totals.received));
  t.assertEqual(oneCategory.totals.received, category.count, 'one category\'s total');

  // The table view of the monthly chart, row by row.
  const toggle = await widgetWhere(page, (w) => w.label === 'Bảng số liệu' && w.value === 'by_month', 'month table toggle');
  await clickAt(page, toggle);
  const m0 = oneCategory.by_month[0];
  const m0Label = m0.key.slice(5) + '/' + m0.key.slice(0, 4);
  await waitForFigure(page, m0Label, [formatCount(m0.count), formatCount(m0.resolved || 0),
    m0.on_time_rate !== undefined ? formatPercent(m0.on_time_rate) : ''].join(' | '));
  await t.widget(page, 'Biểu đồ');
  await t.screenshot(page, 'public-stats-table');

  // CSV of the categories: UTF-8 with BOM, Vietnamese headers and labels.
  await t.click(page, 'Lĩnh vực');
  await t.frames(page, 2);
  await t.click(page, 'Tất cả lĩnh vực');
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(thisYear.totals.received));
  const csvButton = await widgetWhere(page, (w) => w.label === 'Tải CSV' && w.value === 'by_category', 'category CSV button');
  const [download] = await Promise.all([page.waitForEvent('download'), clickAt(page, csvButton)]);
  t.assertEqual(download.suggestedFilename(), 'thong-ke-theo-linh-vuc.csv', 'CSV file name');
  const csv = fs.readFileSync(await download.path());
  t.assertEqual(csv.slice(0, 3).toString('hex'), 'efbbbf', 'CSV byte-order mark');
  const lines = csv.slice(3).toString('utf8').split('\r\n');
  t.assertEqual(lines[0], 'Lĩnh vực,Tiếp nhận,Đã giải quyết,Đúng hạn (%),Thời gian xử lý TB (giờ)', 'CSV header');
  const byCount = thisYear.by_category.slice().sort((a, b) => b.count - a.count);
  const firstRow = lines[1].split(',');
  t.assertEqual(firstRow[0], byCount[0].label.includes(',') ? `"${byCount[0].label}"` : byCount[0].label, 'CSV first label');
  t.assertEqual(Number(firstRow[1]), byCount[0].count, 'CSV first count');
  t.assertEqual(lines.filter((l) => l).length, 1 + thisYear.by_category.length, 'CSV rows');

  // ---------------------------------------------------------------- map
  await page.setViewportSize({ width: 1280, height: 1700 });  // the map and the lists under it
  await t.frames(page, 3);
  await t.click(page, 'Bản đồ');
  await t.waitForPath(page, '/ban-do');
  const map = await api(server, '/api/v1/public/map');
  if (!map.shapes) {
    // The boundary file is reference data beside the repository, never part
    // of it (../shared/data/README.md). Where it is absent the demo has no
    // shapes, and the page must still work from its commune table.
    if (fs.existsSync(BOUNDARIES) && !process.env.PAKN_DEMO_GEOJSON) t.fail(`the demo has no boundaries although ${BOUNDARIES} exists`);
    console.log(`# no boundary file (${BOUNDARIES}): checking the map page without boundaries`);
    await checkMapWithoutBoundaries(page, server, map);
  } else {
    await checkMapWithBoundaries(page, server, map, latest);
  }

  // ---------------------------------------------------------------- published reports
  await page.goto(server.url + '/cong-khai');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.click(page, 'Nhập từ khóa...');
  await t.frames(page, 2);
  await page.keyboard.type('duong');
  await t.click(page, 'Tìm kiếm');
  await t.waitForPath(page, '/cong-khai?q=duong');
  const found = await api(server, '/api/v1/public/reports?q=duong');
  if (!found.items.length) t.fail('no published report matches "duong"');
  await t.widget(page, found.items[0].title);
  await t.screenshot(page, 'public-published');

  // ---------------------------------------------------------------- announcements
  await page.goto(server.url + '/tin-tuc');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await t.click(page, 'Sự kiện');
  await t.waitForPath(page, '/tin-tuc?kind=event');
  const events = await api(server, '/api/v1/public/announcements?kind=event&page=1');
  await t.click(page, events.items[0].title);
  await t.waitForPath(page, '/tin-tuc/' + events.items[0].id);
  await t.widget(page, '← Danh sách thông báo, tin tức');

  // ---------------------------------------------------------------- directory
  await page.goto(server.url + '/dia-chi-can-biet');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  const units = await api(server, '/api/v1/public/units');
  await t.widget(page, `Trung tâm điều phối (${units.filter((u) => u.kind === 'center').length})`);
  await t.click(page, 'Tìm theo tên đơn vị, địa chỉ, số điện thoại…');
  await t.frames(page, 2);
  await page.keyboard.type('nha trang');
  const wanted = await api(server, '/api/v1/public/units?q=' + encodeURIComponent('nha trang'));
  const communes = wanted.filter((u) => u.kind === 'commune').length;
  await t.widget(page, `UBND xã, phường, đặc khu (${communes})`);
  await t.screenshot(page, 'public-directory');

  // ---------------------------------------------------------------- phones
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(server.url + '/');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(year.totals.received));
  await t.screenshot(page, 'public-phone-home');
  await page.goto(server.url + '/ban-do');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  if (map.shapes) await widgetWhere(page, (w) => w.label === 'Phóng to', 'zoom button');
  else await widgetWhere(page, (w) => w.label === 'Xã, phường', 'the commune table');
  await t.screenshot(page, 'public-phone-map');
  await page.goto(server.url + '/thong-ke');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await waitForFigure(page, 'Phản ánh đã tiếp nhận', formatCount(thisYear.totals.received));
  await t.screenshot(page, 'public-phone-stats');

  if (errors.length) t.fail(errors.join('\n'));

  // ---------------------------------------------------------------- installable, starts offline
  const manifest = await api(server, '/manifest.webmanifest');
  t.assertEqual(manifest.name, 'PAKN Khánh Hòa', 'manifest name');
  t.assertEqual(manifest.theme_color, '#0054a6', 'manifest theme colour');
  for (const icon of manifest.icons) {
    const r = await fetch(server.url + icon.src);
    if (!r.ok) t.fail('icon missing: ' + icon.src);
  }
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();  // now under the worker's control
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true && navigator.serviceWorker.controller);
  const cached = await page.evaluate(async () => (await (await caches.open('pakn-shell-v2')).keys()).map((r) => new URL(r.url).pathname));
  // The page, and the app's files under the content names the page lists.
  const listed = await page.evaluate(() => JSON.parse(document.getElementById('pakn-assets').textContent));
  for (const f of ['/index.html', listed['/pakn.js'], listed['/pakn.wasm'], listed['/boot.js']])
    if (!f || !cached.includes(f)) t.fail(f + ' not cached: ' + cached);
  if (!/^\/v\/[0-9a-f]{16}\/pakn\.wasm$/.test(listed['/pakn.wasm'])) t.fail('the wasm has no content name: ' + listed['/pakn.wasm']);
  if (cached.some((p) => p.startsWith('/api/'))) t.fail('the API was cached: ' + cached);
  await context.setOffline(true);
  await page.goto(server.url + '/thong-ke');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  await page.waitForFunction(() => window.pakn.state().connection === 'offline', null, { timeout: 15000 });
  await t.screenshot(page, 'public-offline');
  await context.setOffline(false);
});
