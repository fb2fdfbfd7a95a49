// Accessibility mirror and copy, end to end: Tab moves ImGui's focus and
// the DOM focus together, a screen reader's focus and click reach ImGui, a
// banner's error is announced in the live region, a tracking code selected
// with the mouse is copied with Ctrl+C, and the officer inbox reaches a
// reader as a table. (Every screen of every role is audited, accessibility
// tree and axe-core, by e2e_a11y_screens.)
'use strict';
const t = require('./lib.cjs');
const {
  expectStatus, citizenSignedIn, createOfficer, officerSignedIn, mark, press, type, solveCaptcha,
} = require('./console.cjs');
const { mirrored } = require('./a11y.cjs');

const CITIZEN = { cccd: '079190054321', phone: '0935444555', password: 'matkhau2026', name: 'Lê Văn Minh' };
// The DOM element the mirror keeps for ImGui's focused item, and that item.
async function focusPair(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const box = el && el.closest ? el.closest('.pakn-n') : null;
    return {
      imgui: window.pakn.state().focus,
      dom: box ? Number(box.dataset.id) : null,
      bridge: el && el.id === 'pakn-text-bridge' ? el.getAttribute('aria-label') : null,
    };
  });
}

t.run('a11y: focus both ways, announcements, copy, the inbox as a table', async ({ server, browser }) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });

  // ---- focus both ways, on the sign-in screen
  const page = await t.openPage(browser, server.url + '/dang-nhap');
  const cdp = await page.context().newCDPSession(page);
  await mirrored(page, 'ĐĂNG NHẬP');
  // A screen reader's focus on an element moves ImGui's focus there; its
  // click presses the item (below, after the keyboard's turn).
  const forgot = (await t.widget(page, 'Quên mật khẩu?')).id;
  await page.evaluate((id) => document.querySelector(`.pakn-n[data-id="${id}"] a`).focus(), forgot);
  await page.waitForFunction((id) => window.pakn.state().focus === id, forgot, { timeout: 5000 });
  // (d) Tab walks ImGui's focus; the DOM focus follows it (a text field keeps
  // the text bridge, which then carries the field's name), Shift+Tab goes back.
  const seen = [];
  let onButton = false, onField = false;
  for (let i = 0; i < 20 && !(onButton && onField); i++) {
    // The first Tab may only show the ring on the item ImGui already holds.
    const before = await focusPair(page);
    const was = before.dom === before.imgui || before.bridge ? before.imgui : 0;
    await page.keyboard.press('Tab');
    await page.waitForFunction((b) => {
      const f = window.pakn.state().focus;
      if (!f || f === b) return false;
      const el = document.activeElement, box = el && el.closest ? el.closest('.pakn-n') : null;
      // An item with nothing to say (no label: a frame, a picture) has no element to focus.
      if (!document.querySelector(`#pakn-a11y .pakn-n[data-id="${f}"]`)) return true;
      return (box && Number(box.dataset.id) === f) || (el && el.id === 'pakn-text-bridge' && el.getAttribute('aria-label'));
    }, was, { timeout: 5000, polling: 50 }).catch(async () => t.fail(`Tab ${i + 1}: focus ${JSON.stringify(await focusPair(page))}`));
    const pair = await focusPair(page);
    seen.push(pair.imgui);
    if (pair.dom === pair.imgui) onButton = true;
    if (pair.bridge) onField = true;
  }
  if (!onButton || !onField) t.fail(`Tab reached no ${onButton ? 'text field' : 'button'}: ${JSON.stringify(seen)}`);
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction((want) => window.pakn.state().focus === want, seen[seen.length - 2], { timeout: 5000 })
    .catch(async () => t.fail(`Shift+Tab: focus ${JSON.stringify(await focusPair(page))}, expected ${seen[seen.length - 2]}`));
  await page.evaluate((id) => document.querySelector(`.pakn-n[data-id="${id}"] a`).click(), forgot);
  await t.waitForPath(page, '/quen-mat-khau');
  mark('focus both ways');

  // (e) An error is announced in the live region: a wrong password.
  await page.goto(server.url + '/dang-nhap');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await type(page, 'Tài khoản', '079190099999');
  await type(page, 'Mật khẩu', 'saimatkhau2026', { secret: true });
  await solveCaptcha(page);
  await press(page, 'Đăng nhập', { last: true });
  // The refusal comes as a banner or as the field's own error: either is said at once.
  // (The password check is scrypt on a server busy with other suites: up to 20 s.)
  await page.waitForFunction(() => window.pakn.widgets().some((w) => w.role === 'alert' || w.error), null, { timeout: 20000 })
    .catch(async () => t.fail(`no refusal shown after a wrong password; alerts ${JSON.stringify(await t.alerts(page))}`));
  const banner = await page.evaluate(() => {
    const w = window.pakn.widgets().find((x) => x.role === 'alert' || x.error);
    return w.role === 'alert' ? w.label : `${w.label}: ${w.error}`;
  });
  await page.waitForFunction((b) => document.getElementById('pakn-alert').textContent.includes(b), banner, { timeout: 10000 })
    .catch(async () => t.fail(`alert region holds ${JSON.stringify(await page.evaluate(() => document.getElementById('pakn-alert').textContent))}, expected ${banner}`));
  if (!(await page.evaluate(() => document.getElementById('pakn-alert').getAttribute('role') === 'alert'))) t.fail('no role=alert');
  mark('banner announced');

  // ---- the citizen: their reports and one report, whose code is copied (f)
  const api = browser.context.request;  // the page's cookies
  const citizen = await citizenSignedIn(server, api, CITIZEN);
  const report = await expectStatus(await api.post(server.url + '/api/v1/reports', {
    headers: { 'X-CSRF-Token': citizen.csrf_token },
    data: { title: 'Cống thoát nước bị tắc gây ngập', content: 'Mưa lớn là nước tràn lên mặt đường trước trường học.',
      address: 'Đường Lê Hồng Phong', is_public: true, attachment_ids: [], submit: true,
      ...(await t.captchaFor(api, server.url)) },
  }), 201, 'citizen submits');
  await page.goto(`${server.url}/phan-anh/${report.id}`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await mirrored(page, report.code);
  const code = (await page.evaluate((c) => window.pakn.widgets({ all: true }).find((w) => w.label === c && w.kind === 'text'),
    report.code));
  if (!code) t.fail('the tracking code is not text in the registry');
  const y = code.y + code.h / 2;
  await page.mouse.move(code.x + 1, y);
  await page.mouse.down();
  await page.mouse.move(code.x + code.w / 2, y, { steps: 3 });
  await page.mouse.move(code.x + code.w - 1, y, { steps: 3 });
  await page.mouse.up();
  await t.settle(page);
  const selected = await page.evaluate(() => window.getSelection().toString());
  if (selected !== report.code) {
    const dom = await page.evaluate((c) => [...document.querySelectorAll('#pakn-a11y .pakn-t')].filter((e) => e.textContent === c)
      .map((e) => ({ rect: e.getBoundingClientRect().toJSON(), box: e.parentElement.getBoundingClientRect().toJSON(), t: e.style.transform, fs: e.parentElement.style.fontSize })), report.code);
    t.fail(`selected ${JSON.stringify(selected)} dragging over ${JSON.stringify(code)}; mirror: ${JSON.stringify(dom)}`);
  }
  await page.evaluate(() => navigator.clipboard.writeText('(trống)'));
  await page.keyboard.press('Control+C');
  await page.waitForFunction((c) => navigator.clipboard.readText().then((s) => s === c), report.code, { timeout: 5000 })
    .catch(async () => t.fail(`clipboard holds ${JSON.stringify(await page.evaluate(() => navigator.clipboard.readText()))}`));
  mark('tracking code copied');

  // ---- officers: the inbox and a report; (f) its code selected and copied
  const dispatcher = createOfficer(server, 'dieuphoi.an', 'Phạm Văn An', 'TTDH', 'dispatcher');
  await officerSignedIn(server, browser.context, dispatcher);
  await page.goto(server.url + '/can-bo');
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true);
  await mirrored(page, report.code);
  // (g) The inbox is a table to a reader: its cells sit in rows under the
  //     column headers ("Mã"), so each code is read with its column's name.
  for (const until = Date.now() + 10000; ;) {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const role = (n) => n.role && n.role.value;
    const name = (n) => String((n.name && n.name.value) || '').trim();
    const tableAbove = (n) => {
      for (let p = byId.get(n.parentId); p; p = byId.get(p.parentId)) if (role(p) === 'table') return p.nodeId;
      return null;
    };
    const header = nodes.find((n) => role(n) === 'columnheader' && name(n) === 'Mã');
    const cell = nodes.find((n) => role(n) === 'cell' && name(n).includes(report.code));
    if (header && cell && tableAbove(header) && tableAbove(header) === tableAbove(cell)) break;
    if (Date.now() > until) {
      t.fail(`the inbox is no table to a reader: header ${JSON.stringify(header && name(header))}, ` +
        `cell ${JSON.stringify(cell && name(cell))}, same table ${header && cell && tableAbove(header) === tableAbove(cell)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  mark('inbox read as a table');
});
