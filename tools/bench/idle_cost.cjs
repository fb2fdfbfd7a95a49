// What an open, untouched tab costs (issue 19 item 5): frames the app drew
// and the renderer's main-thread task time over a quiet window, read through
// the DevTools protocol (Performance.getMetrics). The app draws on demand,
// so an idle tab should draw nothing and cost ~0 % of a core, also with the
// live event stream connected.
//
//   node tools/bench/idle_cost.cjs URL [SECONDS]   -> one JSON line
// The browser tests call measureIdle() on their own pages (tests/e2e/idle.test.cjs).
'use strict';

// Waits until the app has drawn every frame owed to the last event, then
// measures `seconds` of quiet.
async function measureIdle(page, seconds) {
  await page.waitForFunction(() => window.pakn && window.pakn.ready && window.pakn.state().settled, null,
    { timeout: 30000, polling: 50 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { at: m.Timestamp, task: m.TaskDuration, script: m.ScriptDuration, layout: m.LayoutCount };
  };
  const framesBefore = (await page.evaluate(() => window.pakn.state())).frames;
  const before = await read();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const after = await read();
  const framesAfter = (await page.evaluate(() => window.pakn.state())).frames;
  await cdp.detach();
  const wall = after.at - before.at;
  return {
    seconds: Math.round(wall * 10) / 10,
    frames_drawn: framesAfter - framesBefore,
    task_ms: Math.round((after.task - before.task) * 1000),
    script_ms: Math.round((after.script - before.script) * 1000),
    cpu_percent: Math.round(((after.task - before.task) / wall) * 1000) / 10,
  };
}

module.exports = { measureIdle };

if (require.main === module) {
  const { launchBenchBrowser } = require('./chromium.cjs');
  (async () => {
    const url = process.argv[2];
    const seconds = Number(process.argv[3] || 30);
    const browser = await launchBenchBrowser();
    try {
      const page = browser.ctx.pages()[0] || await browser.ctx.newPage();
      await page.goto(url);
      console.log(JSON.stringify(await measureIdle(page, seconds)));
    } finally {
      await browser.close();
    }
  })().catch((e) => { console.error(e); process.exit(1); });
}
