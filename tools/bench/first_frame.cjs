// Time from navigation to the app's first frame (window.pakn.ready) in
// headless Chromium with SwiftShader WebGL, median of a few runs:
//   cold      an empty cache (a fresh profile);
//   warm      the same profile visiting again (the HTTP cache and the
//             service worker hold what the first visit fetched);
//   fast3g    an empty cache over Chromium's Fast 3G emulation as issue 19
//             states it (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT);
//   warm_fast3g  a second visit over the same network.
// The warm and Fast 3G figures are what content-named, immutable files
// and brotli are for (docs/performance.md).
'use strict';
const { launchBenchBrowser } = require('./chromium.cjs');

const FAST_3G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

async function firstFrame(page, url) {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 120000 });
  return Date.now() - t0;
}

async function visit(url, { network = null, again = false } = {}) {
  const browser = await launchBenchBrowser();
  const ctx = browser.ctx;
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    if (network) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    const cold = await firstFrame(page, url);
    if (!again) return cold;
    // The first visit's service worker installs after load: wait for it, as
    // a returning citizen's browser would have.
    await page.evaluate(() => ('serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => true) : true));
    const blank = await ctx.newPage();
    await page.close();
    return await firstFrame(blank, url);
  } finally {
    await browser.close();
  }
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: sorted[Math.floor(sorted.length / 2)], all_ms: sorted };
}

(async () => {
  const url = process.argv[2];
  const runs = Number(process.argv[3] || 5);
  const cold = [], warm = [], fast3g = [], warm3g = [];
  for (let i = 0; i < runs; i++) cold.push(await visit(url));
  for (let i = 0; i < runs; i++) warm.push(await visit(url, { again: true }));
  for (let i = 0; i < Math.min(runs, 3); i++) fast3g.push(await visit(url, { network: FAST_3G }));
  for (let i = 0; i < Math.min(runs, 3); i++) warm3g.push(await visit(url, { network: FAST_3G, again: true }));
  const c = summary(cold);
  console.log(JSON.stringify({ runs: cold.length, median_ms: c.median_ms, all_ms: c.all_ms,
    warm: summary(warm), fast3g: summary(fast3g), warm_fast3g: summary(warm3g) }));
})().catch((e) => { console.error(e); process.exit(1); });
