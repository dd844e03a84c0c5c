#!/usr/bin/env node
// Line-level evaluation of the cleaner (issue 3): precision, recall and F1 of the lines it keeps,
// against hand-labelled files. Usage: npm run eval:clean -- [DIR ...]
// Default DIR: test/fixtures/cleaning. Label format: each line of a fixture is "K <text>" (keep),
// "D <text>" (drop) or empty (a blank line of the source).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyLines, normalizeText } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = (dirs.length ? dirs : [path.join(ROOT, 'test/fixtures/cleaning')]).flatMap((d) =>
  statSync(d).isDirectory()
    ? readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(d, f))
    : [d],
);

/** Split a labelled fixture into the source text and the gold label of each line. */
export function readLabelled(text) {
  const gold = [];
  const raw = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line === '') {
      raw.push('');
      gold.push(null);
      continue;
    }
    const m = /^([KD]) (.*)$/.exec(line);
    if (!m) throw new Error(`bad label line: ${line.slice(0, 40)}`);
    raw.push(m[2]);
    gold.push(m[1] === 'K');
  }
  return { raw: raw.join('\n'), gold };
}

let tp = 0,
  fp = 0,
  fn = 0,
  tn = 0;
const errors = [];
const perFile = [];
for (const f of files) {
  const { raw, gold } = readLabelled(readFileSync(f, 'utf8'));
  const { lines } = classifyLines(normalizeText(raw).split('\n'));
  let fileErr = 0;
  lines.forEach((l, i) => {
    if (gold[i] === null || gold[i] === undefined) return;
    const kept = l.kind === 'content' || l.kind === 'title';
    if (kept && gold[i]) tp++;
    else if (kept && !gold[i]) {
      fp++;
      fileErr++;
      errors.push(`FP  ${path.basename(f)}:${l.line}  kept by ${l.rule}  | ${l.text.slice(0, 90)}`);
    } else if (!kept && gold[i]) {
      fn++;
      fileErr++;
      errors.push(`FN  ${path.basename(f)}:${l.line}  removed by ${l.rule}  | ${l.text.slice(0, 90)}`);
    } else tn++;
  });
  perFile.push([path.basename(f), fileErr]);
}
const p = tp / (tp + fp),
  r = tp / (tp + fn),
  f1 = (2 * p * r) / (p + r);
const outlets = new Set(
  files.map((f) =>
    path
      .basename(f)
      .replace(/^(written|indosum|seed)-/, '')
      .replace(/-[^-]*$/, '')
      .replace(/-\d+$/, ''),
  ),
);
console.log(`files: ${files.length}   lines labelled: ${tp + fp + fn + tn} (keep ${tp + fn}, drop ${fp + tn})`);
console.log(
  `kept-line precision ${p.toFixed(4)}   recall ${r.toFixed(4)}   F1 ${f1.toFixed(4)}   (TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn})`,
);
console.log(`sources: ${[...outlets].sort().join(', ')}`);
console.log(errors.length ? `\n${errors.length} errors:\n${errors.join('\n')}` : '\nno errors');
