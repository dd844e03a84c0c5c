/**
 * A trend on the terminal: one row per series with a sparkline over its periods (Unicode
 * blocks, coloured on a TTY), its total and peak; then the counts per period, series side
 * by side. And as CSV (period, then one column per series) for plotting.
 */
import { stringify } from 'csv-stringify/sync';
import type { Trend } from '../query/trend.js';
import { escapeTerminal } from './escape.js';
import type { Style } from './style.js';
import { guardCell } from './csv.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Counts as a sparkline scaled to the largest (a zero is the lowest block). */
export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  return counts.map((n) => (max === 0 ? BLOCKS[0] : BLOCKS[Math.min(7, Math.floor((n / max) * 7.999))])).join('');
}

export function renderTrend(t: Trend, style: Style): string {
  const labels = t.series.map((s) => escapeTerminal(s.label));
  const pad = Math.max(6, ...labels.map((l) => l.length));
  const out: string[] = [];
  if (!t.periods.length) {
    out.push(style.dim(`no dated ${t.measure} to chart`));
  } else {
    out.push(style.dim(`${t.measure} per ${t.by}, ${t.periods[0]} to ${t.periods[t.periods.length - 1]}`));
    t.series.forEach((s, i) => {
      const peak = s.counts.indexOf(Math.max(...s.counts));
      const info = s.total ? `peak ${t.periods[peak]} (${s.counts[peak]})` : 'none';
      out.push(
        `${style.bold(labels[i].padEnd(pad))}  ${style.score(sparkline(s.counts))}  ${String(s.total).padStart(6)}  ${style.dim(info)}`,
      );
    });
    out.push('');
    const width = labels.map((l) => Math.max(l.length, 6));
    const periodWidth = Math.max(6, ...t.periods.map((p) => p.length));
    out.push(style.bold([''.padEnd(periodWidth), ...labels.map((l, i) => l.padStart(width[i]))].join('  ')));
    t.periods.forEach((p, k) => {
      out.push([style.file(p.padEnd(periodWidth)), ...t.series.map((s, i) => String(s.counts[k]).padStart(width[i]))].join('  '));
    });
  }
  const undated = t.series.filter((s) => s.undated > 0);
  if (undated.length)
    out.push(
      style.dim(`in articles without a date (not charted): ${undated.map((s) => `${escapeTerminal(s.label)} ${s.undated}`).join(', ')}`),
    );
  return out.join('\n') + '\n';
}

/** The trend as CSV: a period column, then one count column per series. */
export function renderTrendCsv(t: Trend, raw = false): string {
  const g = raw ? (s: string) => s : guardCell;
  return stringify(
    t.periods.map((p, k) => [p, ...t.series.map((s) => s.counts[k])]),
    { header: true, columns: ['period', ...t.series.map((s) => g(s.label))], record_delimiter: '\n' },
  );
}
