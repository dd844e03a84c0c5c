/**
 * The report in a real browser (Debian's chromium driven by playwright-core): opened from a
 * file:// URL with no network, every chart drawn with as many points, nodes and links as the
 * data model holds, the controls work (a series toggle, a table disclosure), no console error
 * or failed request, and a hostile corpus runs nothing. Screenshots at laptop and phone widths
 * go to a temporary folder (WARTA_SCREENSHOTS=DIR keeps them there, as docs/ holds two).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/report/report-model.js';
import { HOSTILE } from '../helpers/hostile.js';
import { tempCorpus, warta } from '../e2e/run.js';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium-browser'];
const executablePath = process.env.CHROMIUM_PATH ?? BROWSERS.find((p) => existsSync(p));

let browser: Browser;
beforeAll(async () => {
  if (!executablePath)
    throw new Error('no Chromium found for the report tests: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH)');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 20_000);
afterAll(async () => {
  await browser?.close();
});

/** Write a report of `args`' corpus; returns its file and data model. */
async function report(args: string[]): Promise<{ file: string; model: ReportModel }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'warta-report-'));
  const file = path.join(dir, 'report.html');
  const r = await warta(['report', ...args, '-o', file]);
  expect(r.code).toBe(0);
  const model = JSON.parse((await warta(['report', ...args, '--json'])).stdout);
  return { file, model };
}

/** Open a page, failing on console errors, dialogs, failed or non-file requests. */
async function open(file: string, width: number, height: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`network request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-rendered="yes"]', { timeout: 5000 });
  return { page, problems };
}

const shots = process.env.WARTA_SCREENSHOTS ?? mkdtempSync(path.join(tmpdir(), 'warta-shots-'));

describe('warta report in Chromium', () => {
  let dated: { file: string; model: ReportModel };
  beforeAll(async () => {
    const dir = tempCorpus({});
    // Articles dated by their file names over nine days, so the time charts have several points.
    const days = ['2024-05-01', '2024-05-02', '2024-05-06', '2024-05-09'];
    days.forEach((day, i) => {
      writeFileSync(
        path.join(dir, `${day}-rusia.txt`),
        `Rusia dan Ukraina Berunding Lagi\n\nJakarta - Presiden Rusia Vladimir Putin dan Presiden Ukraina Volodymyr Zelensky kembali membahas gencatan senjata di Istanbul pada hari ke-${i + 1} perundingan, kata juru bicara Kremlin Dmitry Peskov.\n\nKorea Utara disebut mengirim pasukan ke Rusia, menurut Amerika Serikat, sementara Ukraina meminta bantuan senjata tambahan dari NATO.\n`,
      );
    });
    dated = await report([dir]);
    expect(dated.model.entities.overTime.periods.length).toBe(9);
  }, 20_000);

  it.each([
    [1280, 900, 'laptop'],
    [390, 844, 'phone'],
  ] as const)('draws every chart from the model, and its controls work, at %i px (%s)', async (width, height, name) => {
    const { file, model } = dated;
    const { page, problems } = await open(file, width, height);
    const attr = (id: string, a: string) => page.getAttribute(`#${id}`, a).then(Number);
    const points = (s: readonly { counts: readonly number[] }[]) => s.reduce((n, x) => n + x.counts.length, 0);
    expect(await attr('chart-entities', 'data-points')).toBe(points(model.entities.overTime.series));
    expect(await attr('chart-entities', 'data-series')).toBe(model.entities.overTime.series.length);
    expect(await attr('chart-terms', 'data-points')).toBe(points(model.terms.series));
    expect(await attr('chart-articles', 'data-points')).toBe(points(model.overview.perMonth.series));
    expect(await attr('chart-network', 'data-nodes')).toBe(model.entities.network.nodes.length);
    expect(await page.locator('#chart-network circle').count()).toBe(model.entities.network.nodes.length);
    expect(await page.locator('#chart-network line').count()).toBe(model.entities.network.edges.length);
    expect(await page.locator('#chart-cleaning .bar').count()).toBe(model.cleaning.rules.length);
    // Nothing wider than the window.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width + 1);
    // A series toggle: clicking a legend entry hides that series.
    const legend = page.locator('#chart-entities .u-legend .u-series').nth(1);
    await legend.click();
    expect(await legend.getAttribute('class')).toContain('u-off');
    await legend.click();
    expect(await legend.getAttribute('class')).not.toContain('u-off');
    // A table disclosure opens and shows its rows.
    const details = page.locator('#entities details.data').first();
    await details.locator('summary').click();
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await details.locator('tbody tr').count()).toBe(model.entities.top.length);
    await page.screenshot({ path: path.join(shots, `report-${name}.png`), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs nothing of a hostile corpus and shows its text as text', async () => {
    const dir = tempCorpus({ 'banjir.txt': HOSTILE });
    const { file, model } = await report([dir]);
    const { page, problems } = await open(file, 1280, 900);
    expect(await page.title()).toBe(model.title);
    await page.locator('#cleaning details summary').click();
    // biome-ignore lint/performance/useDomNodeTextContent: the text as the page shows it is what is checked
    const text = await page.locator('#cleaning').innerText();
    expect(text).toContain('Baca juga: <img src=x onerror="alert(2)"> Warga Mengungsi');
    expect(text).toContain('Baca juga: </script><script>document.title="pwned";alert(1)</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('document.scripts.length')).toBe(3);
    expect(problems).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('Content-Security-Policy');
    await page.close();
  });
});
