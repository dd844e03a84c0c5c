#!/usr/bin/env node
// Screenshots of a warta report for the README (docs/report-laptop.png, docs/report-phone.png):
// the page opened from a file:// URL in Debian's chromium (playwright-core), at a laptop width
// scrolled to the entities, and at a phone width from the top.
// Usage: node scripts/report-screenshots.mjs REPORT.html [OUT_DIR]
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [file, out = path.join(ROOT, 'docs')] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/report-screenshots.mjs REPORT.html [OUT_DIR]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [width, height, name, at] of [
  [1280, 860, 'laptop', '#entities'],
  [390, 844, 'phone', null],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(pathToFileURL(path.resolve(file)).href);
  await page.waitForSelector('html[data-rendered="yes"]');
  if (at) await page.locator(at).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, `report-${name}.png`) });
  await page.close();
}
await browser.close();
