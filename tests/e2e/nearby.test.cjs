// "Đã có người phản ánh gần đây" (issue 15 items 13 and 14), with real keys
// and clicks: a neighbour has already reported a pothole on Trần Phú; a
// citizen starts writing the same report a few dozen metres away, sees it
// in the form's panel while typing, follows it instead of sending, and the
// report then counts "2 người cùng phản ánh".
'use strict';
const { request } = require('playwright-core');
const t = require('./lib.cjs');
const { expectStatus, citizenSignedIn, mark, press, type } = require('./console.cjs');

const NEIGHBOUR = { cccd: '079190011122', phone: '0935111222', password: 'matkhau2026', name: 'Trần Văn Láng' };
const CITIZEN = { cccd: '079190033344', phone: '0935333444', password: 'matkhau2026', name: 'Lê Thị Giềng' };
const FIRST = 'Ổ gà lớn giữa đường Trần Phú, gọi 0905123456';
const MASKED_PHONE = '0905123456';

t.run('nearby: the panel shows the report next door while typing; following it counts two people', async ({ server, browser }) => {
  mark('nearby 1. the neighbour reports through the API');
  const neighbourApi = await request.newContext({ baseURL: server.url });
  let first;
  try {
    const neighbour = await citizenSignedIn(server, neighbourApi, NEIGHBOUR);
    first = await expectStatus(await neighbourApi.post('/api/v1/reports', {
      headers: { 'X-CSRF-Token': neighbour.csrf_token },
      data: { title: FIRST, content: 'Ổ gà rộng gần một mét, xe máy đi đêm rất dễ ngã.', address: '40 Trần Phú',
        commune_code: '22333', category_code: 'su_co_giao_thong', lat: 12.2388, lon: 109.1967, is_public: true,
        attachment_ids: [], submit: true, ...(await t.captchaFor(neighbourApi, server.url)) },
    }), 201, 'neighbour submits');
  } finally {
    await neighbourApi.dispose();
  }

  mark('nearby 2. the citizen types the same report a few dozen metres away');
  const context = browser.context;
  await citizenSignedIn(server, context.request, CITIZEN);
  const asked = [];
  const page = await t.openPage(browser, `${server.url}/gui-phan-anh`);
  await page.setViewportSize({ width: 1366, height: 900 });
  page.on('request', (r) => { if (r.url().includes('/api/v1/reports/nearby')) asked.push(r.url()); });
  await t.waitForWidget(page, 'Vĩ độ');
  await type(page, 'Vĩ độ', '12.2391');
  await type(page, 'Kinh độ', '109.1967');
  await type(page, 'PHẢN ÁNH, KIẾN NGHỊ VỀ VIỆC', 'Đường Trần Phú có ổ gà');
  await t.waitForWidget(page, 'Theo dõi phản ánh này');
  // Asked after pauses in typing, not once per key.
  if (asked.length === 0 || asked.length > 8) t.fail(`the panel asked ${asked.length} times`);
  const shown = await page.evaluate(async () => (await fetch('/api/v1/reports/nearby?lat=12.2391&lon=109.1967&q=o%20ga%20tran%20phu')).json());
  t.assertEqual(shown.length, 1, 'reports nearby');
  t.assertEqual(shown[0].id, first.id, 'the neighbour\'s report');
  if (JSON.stringify(shown).includes(MASKED_PHONE)) t.fail('the panel shows a phone number');
  t.assertEqual(shown[0].distance_m, 33, 'its distance in metres');
  await t.screenshot(page, 'nearby-01-panel');

  mark('nearby 3. follow instead of sending');
  await press(page, 'Theo dõi phản ánh này');
  await t.waitForWidget(page, 'Bỏ theo dõi');
  const followed = await page.evaluate(async (id) => (await fetch(`/api/v1/reports/${id}`)).json(), first.id);
  t.assertEqual(followed.following, true, 'following');
  t.assertEqual(followed.followers, 1, 'followers');
  await press(page, 'Xem phản ánh đang theo dõi');
  await t.waitForPath(page, `/phan-anh/${first.id}`);
  await t.waitForWidget(page, '2 người cùng phản ánh');
  await t.waitForWidget(page, 'Bỏ theo dõi');
  await t.screenshot(page, 'nearby-02-followed');
  // Nothing was sent: the citizen has no report of their own.
  const mine = await page.evaluate(async () => (await fetch('/api/v1/me/reports')).json());
  t.assertEqual(mine.total, 0, 'the citizen\'s own reports');
});
