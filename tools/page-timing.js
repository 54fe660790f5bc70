#!/usr/bin/env node
/*
 * How an HTML report behaves in headless Chromium: its size, DOM nodes, load time, how long a keystroke in each
 * filter box takes until the page has laid itself out again (the worst of typing a word and deleting it letter by
 * letter), and how long grouping and sorting the findings take. Not part of the test run.
 *   node tools/page-timing.js REPORT.html [WORD]       (WORD: what to type, default "crit")
 * Needs Debian's chromium and puppeteer-core (npm install puppeteer-core in any folder on NODE_PATH).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

async function main() {
  const file = path.resolve(process.argv[2]);
  const word = process.argv[3] || 'crit';
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    await page.setViewport({ width: 1440, height: 900 });
    const started = Date.now();
    await page.goto('file://' + file, { waitUntil: 'load', timeout: 120000 });
    const loadMs = Date.now() - started;
    const facts = await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      rows: document.querySelectorAll('tr').length,
      width: document.documentElement.scrollWidth,
    }));
    const filters = await page.$$eval('input.filter-input', inputs => inputs.map(i => i.getAttribute('data-target')));
    const keystrokes = [];
    for (const target of filters) {
      const selector = `input.filter-input[data-target="${target}"]`;
      await page.focus(selector);
      let worst = 0;
      // type the word, then delete it letter by letter: narrowing hides rows, widening lays them out again
      const steps = [];
      for (let i = 1; i <= word.length; i++) { steps.push(word.slice(0, i)); }
      for (let i = word.length - 1; i >= 0; i--) { steps.push(word.slice(0, i)); }
      for (const value of steps) {
        const ms = await page.evaluate((sel, v) => new Promise(resolve => {
          const input = document.querySelector(sel);
          const t0 = performance.now();
          input.value = v;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          void document.body.offsetHeight; // the layout the keystroke causes
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }), selector, value);
        worst = Math.max(worst, ms);
      }
      keystrokes.push({ target, worstMs: Math.round(worst) });
    }
    const timed = fn => page.evaluate(body => new Promise(resolve => {
      const t0 = performance.now();
      new Function(body)();
      void document.body.offsetHeight;
      requestAnimationFrame(() => resolve(Math.round(performance.now() - t0)));
    }), fn);
    const views = {};
    if (await page.$('select.group-by')) {
      views.groupByOwnerMs = await timed(`const s = document.querySelector('select.group-by');
        s.value = 'owner'; s.dispatchEvent(new Event('change'));`);
      views.groups = await page.$$eval('#finding-list tr.group:not([hidden])', g => g.length);
      views.sortByDueMs = await timed(`document.querySelector('#finding-list th.col-due').click();`);
      views.ungroupMs = await timed(`const s = document.querySelector('select.group-by');
        s.value = ''; s.dispatchEvent(new Event('change'));`);
    }
    const size = fs.statSync(file).size;
    console.log(JSON.stringify({ file: path.basename(file), bytes: size, loadMs, ...facts, keystrokes, ...views,
      errors }, null, 1));
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
