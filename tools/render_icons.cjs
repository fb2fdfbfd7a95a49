// Renders the app icons (PNG) from web/icons/icon.svg with Debian's
// Chromium, for the web app manifest and home-screen installs:
//   icon-192.png, icon-512.png         the emblem as drawn in icon.svg
//   icon-maskable-512.png              full-bleed background, emblem inside
//                                      the central 80% safe zone (Android masks)
//   apple-touch-icon.png (180)         iOS home screen (no transparency)
// The PNGs are committed (the build has no SVG rasterizer); run this again
// after changing icon.svg:
//   NODE_PATH=build/node/node_modules node tools/render_icons.cjs
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const ICONS = path.join(__dirname, '..', 'web', 'icons');
const svg = fs.readFileSync(path.join(ICONS, 'icon.svg'), 'utf8');
const BLUE = '#0054a6';

// The emblem alone (no rounded background), for the maskable and iOS icons.
const inner = svg.replace(/<rect[^>]*\/>/, '');

function page(size, body, background) {
  return `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:${background};}
    svg{display:block}</style></head><body style="width:${size}px;height:${size}px">${body}</body></html>`;
}

async function render(browser, name, size, html) {
  const p = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await p.setContent(html);
  await p.evaluate(() => document.fonts.ready);
  const file = path.join(ICONS, name);
  await p.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await p.close();
  const bytes = fs.statSync(file).size;
  console.log(`${name}: ${size}x${size}, ${bytes} bytes`);
  if (bytes > 50 * 1024) throw new Error(`${name} is over 50 KB`);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const sized = (s) => svg.replace('<svg ', `<svg width="${s}" height="${s}" `);
    await render(browser, 'icon-192.png', 192, page(192, sized(192), 'transparent'));
    await render(browser, 'icon-512.png', 512, page(512, sized(512), 'transparent'));
    const safe = (s) => {
      const k = Math.round(s * 0.8), off = Math.round((s - k) / 2);
      return `<div style="padding:${off}px">${inner.replace('<svg ', `<svg width="${k}" height="${k}" `)}</div>`;
    };
    await render(browser, 'icon-maskable-512.png', 512, page(512, safe(512), BLUE));
    await render(browser, 'apple-touch-icon.png', 180, page(180, safe(180), BLUE));
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exitCode = 1; });
