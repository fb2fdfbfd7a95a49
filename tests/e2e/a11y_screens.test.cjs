// Every screen of every role (issue 16's tests): each route of the app's
// screen table and each section of the administration is opened by a role
// that may open it, with data to show; on each, the browser's accessibility
// tree names every widget with its role and label, and axe-core finds no
// violation (a11y.cjs). The routes are read from client/app/screens.cpp, so
// a screen added there and not here fails this test.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const t = require('./lib.cjs');
const { expectStatus, citizenSignedIn, createOfficer, forgetSession, officerSignedIn, mark } = require('./console.cjs');
const { AXE, audit } = require('./a11y.cjs');

const CITIZEN = { cccd: '079190066778', phone: '0935666777', password: 'matkhau2026', name: 'Hồ Thị Màn Hình' };
const SCREENS_SOURCE = path.join(__dirname, '..', '..', 'client', 'app', 'screens.cpp');
const ADMIN_SECTIONS = ['don-vi', 'can-bo', 'linh-vuc', 'ngay-nghi', 'tin-tuc', 'cai-dat', 'tin-nhan', 'tro-ly-ao'];

// The route patterns of the screen table ("/phan-anh/{id}"; "" is the
// not-found screen).
function routesOfTheApp() {
  const source = fs.readFileSync(SCREENS_SOURCE, 'utf8');
  const routes = [...source.matchAll(/\{Screen::(\w+),\s*"([^"]*)"/g)].map((m) => m[2]);
  if (routes.length < 30) t.fail(`only ${routes.length} screens read from ${SCREENS_SOURCE}`);
  return routes;
}

// Waits until the screen has stopped changing: drawn, and the registry's
// entries the same on three looks in a row (its data has arrived).
async function screenSettled(page) {
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  let last = '', same = 0;
  for (const until = Date.now() + 15000; same < 3 && Date.now() < until;) {
    await t.settle(page);
    const now = await page.evaluate(() => window.pakn.widgets({ all: true }).map((w) => w.label).join('|'));
    same = now === last ? same + 1 : 0;
    last = now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

t.run('a11y: every screen of every role named in the accessibility tree, no axe violation', async ({ server, browser }) => {
  execFileSync(process.env.PAKN_SERVER, ['seed', '--reports', '30', '--data-dir', server.dataDir], { encoding: 'utf8' });
  await browser.context.addInitScript(AXE);
  const context = browser.context;
  const page = await t.openPage(browser, server.url + '/');
  const cdp = await page.context().newCDPSession(page);

  // What the screens show: a published report, an announcement, the citizen's own report.
  const admin = createOfficer(server, 'quantri.manhinh', 'Vũ Thị Màn', 'TTDH', 'admin');
  const adminLogin = await officerSignedIn(server, context, admin);
  const news = await expectStatus(await context.request.post(server.url + '/api/v1/admin/announcements', {
    headers: { 'X-CSRF-Token': adminLogin.csrf_token },
    data: { title: 'Lịch tiếp công dân tháng 12', summary: 'Trung tâm tiếp công dân vào thứ Năm hằng tuần.',
      body: 'Trung tâm Phục vụ hành chính công tiếp công dân vào sáng thứ Năm hằng tuần, từ 7 giờ 30.',
      kind: 'event', published: true },
  }), 201, 'announcement');
  const published = await expectStatus(await context.request.get(server.url + '/api/v1/public/reports?page_size=1'),
    200, 'published reports');
  if (!published.items.length) t.fail('the seed published no report');
  await forgetSession(context);
  const citizen = await citizenSignedIn(server, context.request, CITIZEN);
  const own = await expectStatus(await context.request.post(server.url + '/api/v1/reports', {
    headers: { 'X-CSRF-Token': citizen.csrf_token },
    data: { title: 'Cây xanh đổ chắn lối đi', content: 'Cây xanh bật gốc sau mưa, chắn nửa lối đi bộ trước trường.',
      address: '12 Lê Thánh Tôn', commune_code: '22333', category_code: 'xay_dung', is_public: true,
      attachment_ids: [], submit: true, ...(await t.captchaFor(context.request, server.url)) },
  }), 201, 'the citizen\'s report');

  // Who opens each route, and with which id.
  const ids = { '/cong-khai/{id}': published.items[0].id, '/tin-tuc/{id}': news.id, '/phan-anh/{id}': own.id,
    '/can-bo/phan-anh/{id}': own.id };
  const CITIZEN_ROUTES = ['/doi-mat-khau', '/tai-khoan', '/tai-khoan/chinh-sua', '/phan-anh-cua-toi', '/phan-anh/{id}',
    '/thong-bao', '/tai-khoan/nhan-tin'];
  const routes = routesOfTheApp();
  const byRole = { public: [], citizen: [], officer: [], lead: [], admin: [] };
  for (const route of routes) {
    const url = route === '' ? '/khong-co-trang-nay' : route.replace('{id}', () => {
      if (!(route in ids)) t.fail(`no id for the screen ${route}: give it one here`);
      return String(ids[route]);
    });
    if (route === '/can-bo/lich-su') byRole.lead.push(url);  // a unit's history: its lead's
    else if (route.startsWith('/can-bo')) byRole.officer.push(url);
    else if (route === '/quan-tri') byRole.admin.push(...ADMIN_SECTIONS.map((s) => `/quan-tri?muc=${s}`));
    else if (CITIZEN_ROUTES.includes(route)) byRole.citizen.push(url);
    else byRole.public.push(url);
  }
  byRole.citizen.push('/gui-phan-anh');  // the form a signed-in citizen fills, beside the public one
  let audited = 0;
  const auditAll = async (role, urls) => {
    for (const url of urls) {
      await page.goto(server.url + url);
      await screenSettled(page);
      await audit(page, cdp, `${role} ${url}`);
      audited++;
    }
  };

  mark('the citizen\'s screens');
  await auditAll('citizen', byRole.citizen);
  mark('the public screens');
  await forgetSession(context);
  await auditAll('public', byRole.public);
  mark('the officer\'s screens');
  await officerSignedIn(server, context, createOfficer(server, 'dieuphoi.manhinh', 'Đỗ Văn Màn', 'TTDH', 'dispatcher'));
  await auditAll('dispatcher', byRole.officer);
  await officerSignedIn(server, context, createOfficer(server, 'lanhdao.manhinh', 'Lê Văn Màn', 'SO-XD', 'unit_lead'));
  await auditAll('unit lead', byRole.lead);
  mark('the administration');
  await officerSignedIn(server, context, admin);
  await auditAll('admin', byRole.admin);
  console.log(`# ${audited} screens audited (${routes.length} routes, ${ADMIN_SECTIONS.length} administration sections)`);
  t.assertNoProblems(page);
});
