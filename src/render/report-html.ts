/**
 * The corpus report as one self-contained HTML file: the data model (report/report-model.ts)
 * embedded as JSON, uPlot (time series) and the page's own script (report/page-script.ts)
 * inlined, the tables that carry each chart's data written here. Nothing is fetched: a
 * Content-Security-Policy forbids any network access and any script but these two (by hash).
 *
 * Article text is data, never markup: every string placed in HTML goes through escapeHtml,
 * and the embedded JSON escapes <, >, &, U+2028 and U+2029, so no corpus line can close its
 * script element or start a new one.
 */
import { createHash } from 'node:crypto';
import type { ReportModel, Series } from '../report/report-model.js';
import { PAGE_SCRIPT, PAGE_STYLE } from '../report/page-script.js';

export interface ReportAssets {
  /** uPlot's IIFE build and its CSS. */
  readonly uplotScript: string;
  readonly uplotStyle: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** JSON that is safe inside a script element: no <, >, & or line separators as themselves. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const n = (x: number) => x.toLocaleString('en-US');

/** A data table under a chart, in a disclosure. */
function dataTable(summary: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(String(c))}</th>` : `<td>${escapeHtml(typeof c === 'number' ? n(c) : c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<details class="data"><summary>${escapeHtml(summary)}</summary><div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div></details>`;
}

/** Periods as rows, series as columns. */
function seriesTable(summary: string, periodName: string, periods: readonly string[], series: readonly Series[]): string {
  return dataTable(
    summary,
    [periodName, ...series.map((s) => s.label)],
    periods.map((p, i) => [p, ...series.map((s) => s.counts[i] ?? 0)]),
  );
}

/** A time chart's container (drawn by the page script from the model) and its table. */
function timeChart(id: string, caption: string, yLabel: string, by: string, periods: readonly string[], series: readonly Series[]): string {
  if (!periods.length || !series.length) return `<p class="empty">No dated articles: nothing to draw over time.</p>`;
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption><div class="chart" id="${id}" role="img" aria-label="${escapeHtml(`${caption}: ${yLabel} per ${by}`)}"></div>${seriesTable(`Data: ${yLabel} per ${by}`, by, periods, series)}</figure>`;
}

function bars(rows: readonly { label: string; value: number; note?: string }[], unit: string): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return `<ul class="bars">${rows
    .map(
      (r) =>
        `<li><span class="label">${escapeHtml(r.label)}</span><span class="bar" style="width:${((100 * r.value) / max).toFixed(1)}%"></span><span class="value">${n(r.value)} ${escapeHtml(r.value === 1 ? unit.replace(/s$/, '') : unit)}</span>${r.note ? `<span class="note">${escapeHtml(r.note)}</span>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

function overview(m: ReportModel): string {
  const o = m.overview;
  const range = o.firstDate ? `${o.firstDate} to ${o.lastDate}` : 'no dates found';
  const cards = [
    ['files', o.files],
    ['articles', o.articles],
    ['paragraphs', o.paragraphs],
    ['words', o.words],
    ['outlets', o.outlets.length],
  ]
    .map(([k, v]) => `<div class="card"><span class="num">${n(v as number)}</span><span class="what">${k}</span></div>`)
    .join('');
  return `<section id="overview"><h2>Corpus overview</h2>
<div class="cards">${cards}<div class="card wide"><span class="num small">${escapeHtml(range)}</span><span class="what">publication dates${o.undated ? ` (${n(o.undated)} undated)` : ''}</span></div></div>
${timeChart('chart-articles', 'Articles published per month', 'articles', 'month', o.perMonth.periods, o.perMonth.series)}
<h3>Outlets</h3>${bars(
    o.outlets.slice(0, 12).map((x) => ({ label: x.name, value: x.articles })),
    'articles',
  )}
${dataTable(
  'Data: articles per outlet',
  ['outlet', 'articles'],
  o.outlets.map((x) => [x.name, x.articles]),
)}</section>`;
}

function cleaning(m: ReportModel): string {
  const c = m.cleaning;
  const rows = c.rules
    .map(
      (r) =>
        `<li><code>${escapeHtml(r.rule)}</code> ${n(r.lines)} line${r.lines === 1 ? '' : 's'}${r.examples.length ? `<ul class="examples">${r.examples.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>` : ''}</li>`,
    )
    .join('');
  return `<section id="cleaning"><h2>Cleaning</h2>
<p>${n(c.removedLines)} lines of web boilerplate were removed, each by a named rule (<code>warta rules</code> explains them).</p>
<div id="chart-cleaning">${bars(
    c.rules.map((r) => ({ label: r.rule, value: r.lines })),
    'lines',
  )}</div>
<details class="data"><summary>Examples of removed lines, per rule</summary><ul class="rules">${rows}</ul></details></section>`;
}

function entities(m: ReportModel): string {
  const e = m.entities;
  const top = dataTable(
    'Data: most mentioned entities',
    ['entity', 'type', 'mentions'],
    e.top.map((x) => [x.name, x.type, x.mentions]),
  );
  const edges = dataTable(
    'Data: co-mentions (paragraphs shared, logDice)',
    ['entity', 'with', 'paragraphs', 'logDice'],
    e.network.edges.map((x) => [x.source, x.target, x.paragraphs, x.logDice.toFixed(2)]),
  );
  return `<section id="entities"><h2>Entities</h2>
<h3>Most mentioned</h3>${bars(
    e.top.map((x) => ({ label: `${x.name} (${x.type})`, value: x.mentions })),
    'mentions',
  )}${top}
${timeChart('chart-entities', 'Mentions over time of the most mentioned entities (click a name to hide or show it)', 'mentions', e.overTime.by, e.overTime.periods, e.overTime.series)}
<figure><figcaption>Who is mentioned with whom: entities joined when named in the same paragraphs (thicker: higher logDice)</figcaption>
<p class="key"><span style="color:#1b6ca8">&#9679;</span> people <span style="color:#d1495b">&#9679;</span> organisations <span style="color:#00798c">&#9679;</span> places <span style="color:#edae49">&#9679;</span> other; the size of a dot is its mentions</p>
<div class="network" id="chart-network" role="img" aria-label="Co-mention network of ${e.network.nodes.length} entities and ${e.network.edges.length} links"></div>${edges}</figure></section>`;
}

function terms(m: ReportModel): string {
  const t = m.terms;
  const what =
    t.of === 'query' ? `Matches of the query ${m.filters.query ?? ''}` : 'The key words of this corpus (against the IndoSum word list)';
  return `<section id="terms"><h2>Terms over time</h2>${timeChart('chart-terms', `${what}, occurrences over time (click a term to hide or show it)`, 'occurrences', t.by, t.periods, t.series)}</section>`;
}

function outletsByEntity(m: ReportModel): string {
  const o = m.outlets;
  if (!o.outlets.length || !o.entities.length)
    return `<section id="outlets"><h2>Outlets and entities</h2><p class="empty">No outlet is known for these articles.</p></section>`;
  const max = Math.max(1, ...o.counts.flat());
  const head = `<tr><th scope="col">outlet</th>${o.entities.map((e) => `<th scope="col">${escapeHtml(e)}</th>`).join('')}</tr>`;
  const rows = o.outlets
    .map(
      (name, i) =>
        `<tr><th scope="row">${escapeHtml(name)}</th>${o.counts[i].map((c) => `<td style="--v:${(c / max).toFixed(3)}">${n(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<section id="outlets"><h2>Outlets and entities</h2><p>Mentions of the most mentioned entities per outlet (darker: more).</p><div class="scroll"><table class="heat" id="chart-outlets">${head}${rows}</table></div></section>`;
}

function duplicates(m: ReportModel): string {
  const d = m.duplicates;
  const list = d.clusters
    .map(
      (c) =>
        `<li><span class="file">${escapeHtml(c.canonical)}</span> and ${n(c.copies)} cop${c.copies === 1 ? 'y' : 'ies'}<ul>${c.files
          .slice(1)
          .map((f) => `<li>${escapeHtml(f)}</li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  return `<section id="duplicates"><h2>Duplicates</h2><p>${n(d.articles)} articles tell ${n(d.stories)} stories: ${n(d.copies)} are near-duplicate copies (wire copies, republished stories; <code>warta dupes</code>).</p>${list ? `<details class="data"><summary>The largest clusters</summary><ol>${list}</ol></details>` : ''}</section>`;
}

/** The whole page. */
export function renderReportHtml(m: ReportModel, assets: ReportAssets): string {
  const filters = [
    m.filters.query ? `query ${m.filters.query}` : '',
    m.filters.since ? `since ${m.filters.since}` : '',
    m.filters.until ? `until ${m.filters.until}` : '',
    m.filters.dedupe ? 'each story once (--dedupe)' : '',
  ].filter(Boolean);
  const scripts = [assets.uplotScript, PAGE_SCRIPT];
  const csp = `default-src 'none'; script-src ${scripts.map(sha256).join(' ')}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.title)}</title>
<style>${assets.uplotStyle}
${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(m.title)}</h1>
<p class="meta">Made by warta ${escapeHtml(m.warta)}${filters.length ? `; ${escapeHtml(filters.join(', '))}` : ''}. Every chart has its numbers in a table under it.</p>
<nav><a href="#overview">Overview</a> <a href="#cleaning">Cleaning</a> <a href="#entities">Entities</a> <a href="#terms">Terms</a> <a href="#outlets">Outlets</a> <a href="#duplicates">Duplicates</a></nav></header>
<main>
${overview(m)}
${cleaning(m)}
${entities(m)}
${terms(m)}
${outletsByEntity(m)}
${duplicates(m)}
</main>
<script type="application/json" id="warta-model">${scriptJson(m)}</script>
<script>${scripts[0]}</script>
<script>${scripts[1]}</script>
</body>
</html>
`;
}
