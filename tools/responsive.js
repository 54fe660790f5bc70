#!/usr/bin/env node
/*
 * Opens HTML reports at desktop (1440x900) and phone (390x844) width in headless Chromium, saves a full-page
 * screenshot of each, and reports what breaks a small screen: a page wider than the window (horizontal scroll),
 * and text squeezed to one character per line (an element whose text has more than 3 characters but whose box is
 * narrower than two of them). Exit 1 when any is found. Not part of the test run.
 *   node tools/responsive.js OUT_DIR REPORT.html...
 * Needs Debian's chromium and puppeteer-core (npm install puppeteer-core in any folder on NODE_PATH).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const WIDTHS = [{ name: 'desktop', width: 1440, height: 900 }, { name: 'phone', width: 390, height: 844 }];

async function main() {
  const [out, ...files] = process.argv.slice(2);
  fs.mkdirSync(out, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
  });
  let failed = false;
  try {
    for (const file of files) {
      for (const size of WIDTHS) {
        const page = await browser.newPage();
        await page.setViewport({ width: size.width, height: size.height, isMobile: size.width < 600,
          hasTouch: size.width < 600, deviceScaleFactor: 1 });
        await page.goto('file://' + path.resolve(file), { waitUntil: 'load', timeout: 120000 });
        // sections off screen are laid out lazily (content-visibility); lay everything out to check it all
        await page.addStyleTag({ content: 'section { content-visibility: visible !important; }' });
        const found = await page.evaluate(() => {
          const problems = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth + 1) {
            problems.push(`page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
          }
          const squeezed = [];
          document.querySelectorAll('body *').forEach(el => {
            if (el.closest('.scroll') || el.closest('svg')) { return; } // tables scroll inside their own box
            const own = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
            if (own.length < 4) { return; }
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const em = parseFloat(style.fontSize) || 16;
            if (box.width > 0 && box.width < 1.6 * em && box.height > 3 * em) {
              squeezed.push(`${el.tagName.toLowerCase()}.${el.className}: "${own.slice(0, 30)}" ${Math.round(box.width)} px wide`);
            }
          });
          if (squeezed.length) {
            problems.push(`${squeezed.length} squeezed text boxes, e.g. ${squeezed.slice(0, 3).join('; ')}`);
          }
          return problems;
        });
        const shot = path.join(out, `${path.basename(file, '.html')}-${size.name}.png`);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: shot, captureBeyondViewport: true,
          clip: { x: 0, y: 0, width: size.width, height: Math.min(height, 12000) } });
        console.log(`${path.basename(file)} at ${size.width} px: ${found.length ? found.join('; ') : 'fits'} -> ${shot}`);
        failed = failed || found.length > 0;
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch(e => { console.error(e); process.exit(2); });
