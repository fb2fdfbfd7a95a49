// Print and display settings in Chromium (issue 16, items 4 and 6). The
// canvas prints as nothing, so each print is checked on paper: the page's
// PDF (page.pdf() under print media, A4) read back with pdftotext must hold
// the report's text and the province's header, on pages none of which is
// blank. Three print buttons: a published report's answer, the reporter's
// receipt (with its QR code, a picture that must have loaded), the officer's
// file with its timeline table; then the browser's own print (Ctrl+P) on a
// screen with no print button gives that screen's text. window.print is
// recorded instead of opening a dialog a headless browser cannot show.
// Before that: the system's prefers-contrast (through DevTools' media
// emulation), forced colours and reduced motion switch the app's theme.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const t = require('./lib.cjs');
const { expectStatus, citizenSignedIn, createOfficer, officerSignedIn, mark, press } = require('./console.cjs');

const CITIZEN = { cccd: '079190054321', phone: '0935444555', password: 'matkhau2026', name: 'Lê Thị Thu Hà' };
const TITLE = 'Cây xanh gãy đổ chắn đường Yersin';
const CONTENT = 'Sau cơn mưa lớn, một cây xanh trước số 12 đường Yersin gãy đổ, chắn nửa lòng đường, rất nguy hiểm.';
const PROVINCE = 'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA';

// Whitespace as one space: a PDF breaks lines where the layout did.
const flat = (s) => s.replace(/\s+/g, ' ').trim();

// Prints the page as Chromium's print does (print media, A4) and reads the
// PDF back: its text, flattened, and how many pages; fails on a blank page.
// `expect`: a text of the copy to print, so a stale copy cannot pass.
async function printed(page, name, expect) {
  await page.emulateMedia({ media: 'print' });
  // The copy the page prints is in place (print.js fills it on the switch to print media).
  await page.waitForFunction((text) => {
    const box = document.getElementById('pakn-print');
    return box && box.textContent.includes(text) && getComputedStyle(box).display === 'block';
  }, expect, { timeout: 5000 }).catch(async () => {
    t.fail(`${name}: the print copy does not hold ${JSON.stringify(expect)}: ` +
      await page.evaluate(() => (document.getElementById('pakn-print') || {}).textContent));
  });
  const file = path.join(t.ARTIFACTS, `${name}.pdf`);
  fs.mkdirSync(t.ARTIFACTS, { recursive: true });
  fs.writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  if (!(pages >= 1)) t.fail(`${name}: no page`);
  let text = '';
  for (let p = 1; p <= pages; p++) {
    const one = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
    if (!flat(one)) t.fail(`${name}: page ${p} of ${pages} is blank`);
    text += one + '\n';
  }
  return { text: flat(text), pages, file };
}

function holds(paper, expected, what) {
  for (const e of expected)
    if (!paper.text.includes(flat(e))) t.fail(`${what}: the PDF lacks ${JSON.stringify(e)}; it reads:\n${paper.text.slice(0, 3000)}`);
}

// Clicks a print button; the app must have asked for the dialog once.
async function pressPrint(page, label) {
  const before = await page.evaluate(() => window.printCalls || 0);
  await t.waitForWidget(page, label);  // the report has loaded
  await press(page, label);
  await page.waitForFunction((n) => (window.printCalls || 0) === n + 1, before, { timeout: 10000 });
}

// "09:00 01/12/2026" in Vietnam time, as the app writes an instant.
// The API writes instants as ISO 8601 text.
function vnTime(instant) {
  const d = new Date(Date.parse(instant) + 7 * 3600 * 1000);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const theTest = () => t.run('print: answer, receipt with QR, officer file with timeline, Ctrl+P; contrast and motion', async ({ server, browser }) => {
  const context = browser.context;
  // A dialog a headless browser cannot show: count the calls instead.
  await context.addInitScript(() => { window.print = () => { window.printCalls = (window.printCalls || 0) + 1; }; });
  // Reports with answers and timelines, some published.
  execFileSync(process.env.PAKN_SERVER, ['seed', '--reports', '40', '--data-dir', server.dataDir], { encoding: 'utf8' });
  const api = context.request;
  const list = await expectStatus(await api.get(server.url + '/api/v1/public/reports?page_size=5'), 200, 'published list');
  if (!list.items.length) t.fail('the seed published no report');
  const pub = await expectStatus(await api.get(`${server.url}/api/v1/public/reports/${list.items[0].id}`), 200, 'published report');

  // ---------------------------------------------------------------- contrast and motion
  mark('1. the system asks for more contrast and less motion');
  const page = await t.openPage(browser, `${server.url}/cong-khai/${pub.id}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-contrast', value: 'more' }, { name: 'prefers-reduced-motion', value: 'reduce' }],
  });
  // Followed live, no reload.
  await page.waitForFunction(() => window.pakn.state().theme === 'high_contrast' && window.pakn.state().reduced_motion,
    null, { timeout: 5000 });
  await t.screenshot(page, 'print-01-high-contrast');
  await cdp.send('Emulation.setEmulatedMedia', { features: [] });
  await page.waitForFunction(() => window.pakn.state().theme === 'standard' && !window.pakn.state().reduced_motion,
    null, { timeout: 5000 });
  // Windows' high-contrast mode (forced colours) too, from the first frame.
  await page.emulateMedia({ forcedColors: 'active' });
  await page.reload();
  await page.waitForFunction(() => window.pakn && window.pakn.ready && window.pakn.state().theme === 'high_contrast',
    null, { timeout: 30000 });
  await page.emulateMedia({ forcedColors: 'none' });
  await page.waitForFunction(() => window.pakn.state().theme === 'standard', null, { timeout: 5000 });
  // The reader's own choice in the footer wins over the system and is kept.
  await press(page, 'Tương phản cao');
  await page.waitForFunction(() => window.pakn.state().theme === 'high_contrast', null, { timeout: 5000 });
  t.assertEqual(await page.evaluate(() => localStorage.getItem('pakn.contrast')), 'high', 'stored contrast');
  await press(page, 'Tương phản cao');
  await page.waitForFunction(() => window.pakn.state().theme === 'standard', null, { timeout: 5000 });

  // ---------------------------------------------------------------- a published answer
  mark('2. a published report\'s answer');
  await pressPrint(page, 'In kết quả xử lý');
  const answer = await printed(page, 'print-published', pub.title);
  holds(answer, [PROVINCE, 'KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ', pub.title, pub.code, pub.content.slice(0, 80),
    pub.result.text.slice(0, 80)], 'published answer');
  // A Vietnamese font (Noto Sans, regular and bold) is what printed, embedded
  // in the PDF: read from the paper itself, not from the page's FontFaceSet,
  // whose faces the page may rebuild after the print has used them.
  const embedded = execFileSync('pdffonts', [answer.file], { encoding: 'utf8' });
  if (!/NotoSans-Regular/.test(embedded) || !/NotoSans-Bold/.test(embedded)) t.fail(`print fonts not embedded:\n${embedded}`);

  // ---------------------------------------------------------------- Ctrl+P on a screen without a print button
  // Back to the list inside the app (no reload): the answer's copy must not
  // be what the list prints.
  mark('3. Ctrl+P on the list of published reports');
  await press(page, '← Danh sách phản ánh đã công khai');
  await t.waitForPath(page, '/cong-khai');
  await t.waitForWidget(page, list.items[0].title);
  const screen = await printed(page, 'print-screen', 'Phản ánh đã công khai');
  holds(screen, [PROVINCE, 'Phản ánh đã công khai', list.items[0].title], 'the screen\'s text');
  if (screen.text.includes('KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ')) t.fail('Ctrl+P printed the previous screen\'s document');

  // ---------------------------------------------------------------- the reporter's receipt
  mark('4. the reporter\'s receipt');
  const citizen = await citizenSignedIn(server, api, CITIZEN);
  const sent = await expectStatus(await api.post(server.url + '/api/v1/reports', {
    headers: { 'X-CSRF-Token': citizen.csrf_token },
    data: { title: TITLE, content: CONTENT, address: 'Trước số 12 đường Yersin', is_public: false, attachment_ids: [],
      submit: true, ...(await t.captchaFor(api, server.url)) },
  }), 201, 'citizen submits');
  await page.goto(`${server.url}/phan-anh/${sent.id}`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  await pressPrint(page, 'In biên nhận');
  // The QR code is a picture of the lookup address that has loaded.
  const qr = await page.evaluate(() => {
    const img = document.querySelector('#pakn-print .pp-qr img');
    return img && { loaded: img.complete && img.naturalWidth > 0, caption: img.alt };
  });
  if (!qr || !qr.loaded) t.fail(`receipt QR code not drawn: ${JSON.stringify(qr)}`);
  if (!qr.caption.includes(`/tra-cuu?ma=${sent.code}`)) t.fail(`QR code caption: ${qr.caption}`);
  const receipt = await printed(page, 'print-receipt', sent.code);
  holds(receipt, [PROVINCE, 'BIÊN NHẬN PHẢN ÁNH, KIẾN NGHỊ', `Mã tra cứu: ${sent.code}`, TITLE, CONTENT, CITIZEN.name],
    'receipt');
  await t.screenshot(page, 'print-02-receipt-page');

  // ---------------------------------------------------------------- the officer's file
  mark('5. the officer\'s file with its timeline');
  const dispatcher = createOfficer(server, 'dieuphoi.in', 'Vũ Thị In', 'TTDH', 'dispatcher');
  await officerSignedIn(server, context, dispatcher);
  const full = await expectStatus(await api.get(`${server.url}/api/v1/reports/${pub.id}`), 200, 'the officer\'s view');
  await page.goto(`${server.url}/can-bo/phan-anh/${pub.id}`);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 30000 });
  await pressPrint(page, 'In hồ sơ');
  const file = await printed(page, 'print-officer-file', 'PHIẾU THEO DÕI');
  holds(file, [PROVINCE, 'PHIẾU THEO DÕI XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ', full.title, full.code, full.content.slice(0, 80),
    full.result.text.slice(0, 80), 'Quá trình xử lý', 'Thời gian', 'Người thực hiện'], 'officer file');
  // Every step of the timeline is a row (its time), in order.
  let at = 0;
  for (const e of full.events) {
    const found = file.text.indexOf(vnTime(e.created_at), at);
    if (found < 0) t.fail(`officer file: no row for ${e.action} at ${vnTime(e.created_at)}`);
    at = found;
  }
  console.log(`# pages: answer ${answer.pages}, screen ${screen.pages}, receipt ${receipt.pages}, file ${file.pages}`);
  t.assertNoProblems(page);
});

theTest();
