// The accessibility checks the browser suites share: a screen is drawn and
// mirrored, then audited: every widget of the app's registry is in the
// browser's accessibility tree (DevTools Accessibility.getFullAXTree) with
// its role and name, and axe-core (run offline in the page) finds no
// violation.
'use strict';
const fs = require('fs');
const t = require('./lib.cjs');
const { mark } = require('./console.cjs');

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The accessibility role Chromium must give each kind of registry entry.
const ROLE_OF_KIND = {
  '': 'button', button: 'button', link: 'link', textbox: 'textbox', password: 'textbox', multiline: 'textbox',
  checkbox: 'checkbox', radio: 'radio', combo: 'combobox', tab: 'tab', disclosure: 'button', heading1: 'heading', heading2: 'heading',
};

// The app drew the screen and the mirror holds it: registry and mirror agree
// on the number of entries, twice in a row.
async function mirrored(page, label) {
  await page.waitForFunction((l) => window.pakn.widgets({ all: true }).some((w) => w.label === l), label,
    { timeout: 15000, polling: 50 }).catch(async () => {
    const labels = await page.evaluate(() => window.pakn.widgets({ all: true }).map((w) => w.label));
    t.fail(`"${label}" not on screen; shown: ${JSON.stringify(labels)}`);
  });
  await t.settle(page);
}

// (b) + (c): every widget of the registry is in the accessibility tree with
// its role and name; axe-core finds nothing wrong with the page.
async function audit(page, cdp, what) {
  // Chromium rebuilds its accessibility tree a little after the mirror's DOM
  // changed (a list that just arrived moves the footer): compare until both
  // agree, and fail only when they still differ after a while.
  let missing = [], checked = 0, tree = new Set();
  for (const until = Date.now() + 10000; ;) {
    await t.settle(page);
    const widgets = await page.evaluate(() => window.pakn.widgets({ all: true }));
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    tree = new Set(nodes.filter((n) => !n.ignored && n.role && n.name)
      .map((n) => `${n.role.value}|${String(n.name.value).trim()}`));
    missing = [];
    checked = 0;
    for (const w of widgets) {
      const role = ROLE_OF_KIND[w.kind || ''];
      const name = (w.label || w.value || '').trim();
      if (w.role || !role || !name) continue;
      checked++;
      if (!tree.has(`${role}|${name}`)) missing.push(`${role} "${name}"`);
    }
    if (!missing.length || Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (missing.length) {
    const near = [...tree].filter((e) => !e.startsWith('StaticText|') && !e.startsWith('InlineTextBox|')).slice(0, 60);
    t.fail(`${what}: not in the accessibility tree: ${missing.join(', ')}\ntree: ${near.join(' · ')}`);
  }
  if (checked < 3) t.fail(`${what}: only ${checked} widgets to check`);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ` +
      v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`).join('\n  '));
  });
  if (violations.length) t.fail(`${what}: axe-core violations:\n${violations.join('\n')}`);
  mark(`${what}: ${checked} widgets named, no axe violation`);
}

module.exports = { AXE, ROLE_OF_KIND, mirrored, audit };
