// The keyboard-only browser tests share these steps: where the keyboard
// is, Tab to an item (failing on a trap or a missing focus ring), press it
// with Enter or Space, type into a field, pick from a drop-down, answer the
// captcha. The mouse is never touched.
'use strict';
const t = require('./lib.cjs');

// Where the keyboard is: ImGui's focused item (label, top and height), its
// ring, and whether the DOM's focus is the text bridge that carries typing
// into a field.
async function focused(page) {
  return page.evaluate(() => {
    const s = window.pakn.state();
    const w = window.pakn.widgets().find((x) => x.id === s.focus);
    const el = document.activeElement;
    return { id: s.focus, ring: s.focus_ring, label: w ? w.label : null, y: w ? w.y : null, h: w ? w.h : null,
      editing: s.text_input, bridge: !!(el && el.id === 'pakn-text-bridge') };
  });
}

// Presses `key` and waits until the app has drawn everything it owes it.
async function key(page, name) {
  await page.keyboard.press(name);
  await t.frames(page, 1);
  await page.waitForFunction(() => window.pakn.state().settled, null, { timeout: 10000, polling: 16 });
}

function matches(match, label) {
  return label != null && (match instanceof RegExp ? match.test(label) : label === match);
}

// Tabs (forwards, or backwards with Shift) until the item labelled `match`
// has the keyboard; fails on a trap (Tab that does not move) or when the
// item is not reached.
async function tabTo(page, match, { backwards = false, max = 160 } = {}) {
  const trail = [];
  let still = 0;
  for (let i = 0; i <= max; i++) {
    const f = await focused(page);
    if (matches(match, f.label)) {
      if (!f.ring) t.fail(`"${f.label}" has the keyboard but no focus ring`);
      return f;
    }
    trail.push(f.label);
    await key(page, backwards ? 'Shift+Tab' : 'Tab');
    // The first Tab may only show the ring on the item that already had focus.
    still = (await focused(page)).id === f.id ? still + 1 : 0;
    if (still >= 2) {
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return { path: window.pakn.state().path, window: window.pakn.state().nav_window,
          dom: el && (el.id || `${el.tagName}.${el.className}`) };
      });
      t.fail(`Tab does not leave "${f.label}" (a keyboard trap) on ${where.path} (window ${where.window}, DOM focus ${where.dom}), ` +
        `reached by ${trail.slice(-12).join(' → ')}`);
    }
  }
  return t.fail(`"${match}" is not reached by ${backwards ? 'Shift+' : ''}Tab in ${max} presses: ` +
    trail.slice(-40).join(' → '));
}

// Tabs to the item `match` and presses it with `how` (Enter, or Space).
async function pressWith(page, match, how = 'Enter') {
  await tabTo(page, match);
  await key(page, how);
}

// Waits until typing goes into the focused field (the text bridge has the
// DOM's focus); Enter starts editing a field that Tab only highlighted.
async function editing(page, label) {
  const ready = () => page.waitForFunction(() => window.pakn.state().text_input &&
    document.activeElement && document.activeElement.id === 'pakn-text-bridge', null, { timeout: 3000, polling: 16 });
  if (await ready().then(() => true, () => false)) return;
  await key(page, 'Enter');
  await ready().catch(() => t.fail(`"${label}" takes no typing from the keyboard`));
}

// Tabs to the field `label` and types `text` into it, replacing what it held.
async function typeInto(page, label, text, { secret = false } = {}) {
  await tabTo(page, label);
  await editing(page, label);
  await page.keyboard.press('Control+A');
  if (text.length > 16) await page.keyboard.insertText(text);
  else await page.keyboard.type(text, { delay: 4 });
  if (!secret) await t.waitForValue(page, label, text);
  else await page.waitForFunction(() => window.pakn.state().settled, null, { timeout: 10000, polling: 16 });
}

// Opens the drop-down `label` with Enter, types `search` into its filter
// (when it has one), Tabs to `choice` and takes it with Enter.
async function chooseWith(page, label, search, choice) {
  await pressWith(page, label);
  if (search) {
    // The list opens with its filter focused; if not, the filter is the next stop.
    const focusedFilter = await page.waitForFunction(() => window.pakn.state().text_input, null,
      { timeout: 2000, polling: 16 }).then(() => true, () => false);
    if (!focusedFilter) await tabTo(page, /^Gõ để tìm/);
    await editing(page, `${label}'s filter`);
    await page.keyboard.type(search, { delay: 4 });
    await page.waitForFunction((s) => window.pakn.widgets().some((w) => w.value === s), search,
      { timeout: 10000, polling: 50 });
  }
  await pressWith(page, choice);
  await t.waitForValue(page, label, choice);
}

// The form's newest captcha, answered from the server's test-hooks file. It
// may be below the fold: Tab scrolls to it, as it does for a keyboard user.
async function captchaWith(page) {
  for (const until = Date.now() + 15000; ;) {
    const c = page.captchas[page.captchas.length - 1];
    if (c && c.id !== page.solvedCaptcha) {
      page.solvedCaptcha = c.id;
      return typeInto(page, c.question.replace(/[? ]+$/, ''), await t.captchaAnswer(page.paknServer, c.id));
    }
    if (Date.now() > until) return t.fail('no new captcha');
    await new Promise((r) => setTimeout(r, 50));
  }
}

module.exports = { focused, key, tabTo, pressWith, editing, typeInto, chooseWith, captchaWith };
