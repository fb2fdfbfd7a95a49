// Time from navigation to the app's first frame (window.pakn.ready) in
// headless Chromium with SwiftShader WebGL, median of a few runs.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

(async () => {
  const url = process.argv[2];
  const runs = Number(process.argv[3] || 5);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-bench-chromium-'));
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = ctx.pages()[0] || await ctx.newPage();
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.pakn && window.pakn.ready === true, null, { timeout: 60000 });
    times.push(Date.now() - t0);
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ runs: times.length, median_ms: times[Math.floor(times.length / 2)], all_ms: times }));
})().catch((e) => { console.error(e); process.exit(1); });
