// Debian's Chromium as the benchmarks drive it: headless, WebGL through
// SwiftShader, nothing in the background that would add noise to timings,
// a fresh profile (empty cache) each launch, removed on close.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function launchBenchBrowser() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pakn-bench-chromium-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    ctx,
    async close() {
      await ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { launchBenchBrowser };
