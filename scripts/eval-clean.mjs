#!/usr/bin/env node
// Line-level evaluation of the cleaner: how many article lines it keeps (recall) and how many
// boilerplate lines it removes, against hand-labelled files, per part.
// Usage: npm run eval:clean -- [--part dev|held-back] [--errors] [DIR ...]
// Default: the development part (test/fixtures/cleaning/*.txt) and the held-back part
// (test/fixtures/cleaning/held-back/*.txt), reported separately; errors are listed for the
// development part only unless --errors is given (the held-back part is measured, not studied).
// Label format: each line of a fixture is "K <text>" (keep), "D <text>" (drop) or empty (a blank
// line of the source).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyLines, normalizeText } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const partArg = args.includes('--part') ? args[args.indexOf('--part') + 1] : null;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--part');

const txtFiles = (d) =>
  statSync(d).isDirectory()
    ? readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(d, f))
    : [d];
const FIXTURES = path.join(ROOT, 'test/fixtures/cleaning');
const parts = dirs.length
  ? [{ name: 'given', files: dirs.flatMap(txtFiles), showErrors: true }]
  : [
      { name: 'dev', files: txtFiles(FIXTURES), showErrors: true },
      { name: 'held-back', files: txtFiles(path.join(FIXTURES, 'held-back')), showErrors: flag('--errors') },
    ].filter((p) => !partArg || p.name === partArg);
if (!parts.length) {
  console.error(`eval-clean: unknown --part ${partArg} (dev, held-back)`);
  process.exit(2);
}

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

const outletOf = (f) =>
  path
    .basename(f)
    .replace(/^(written|indosum|seed|mixed)-/, '')
    .replace(/-[^-]*$/, '')
    .replace(/-\d+$/, '');

function evaluate(files) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  const errors = [];
  for (const f of files) {
    const { raw, gold } = readLabelled(readFileSync(f, 'utf8'));
    const { lines } = classifyLines(normalizeText(raw).split('\n'));
    lines.forEach((l, i) => {
      if (gold[i] === null || gold[i] === undefined) return;
      const kept = l.kind === 'content' || l.kind === 'title';
      if (kept && gold[i]) tp++;
      else if (kept && !gold[i]) {
        fp++;
        errors.push(`FP  ${path.basename(f)}:${l.line}  kept by ${l.rule}  | ${l.text.slice(0, 90)}`);
      } else if (!kept && gold[i]) {
        fn++;
        errors.push(`FN  ${path.basename(f)}:${l.line}  removed by ${l.rule}  | ${l.text.slice(0, 90)}`);
      } else tn++;
    });
  }
  return { tp, fp, fn, tn, errors };
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;
for (const part of parts) {
  const { tp, fp, fn, tn, errors } = evaluate(part.files);
  const p = tp / (tp + fp),
    r = tp / (tp + fn),
    f1 = (2 * p * r) / (p + r);
  const outlets = new Set(part.files.map(outletOf));
  console.log(`== ${part.name}: ${part.files.length} files, ${tp + fp + fn + tn} lines labelled (keep ${tp + fn}, boilerplate ${fp + tn})`);
  console.log(`kept-line recall ${r.toFixed(4)}   boilerplate removed ${pct(tn / (tn + fp))}   (TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn})`);
  console.log(`kept-line precision ${p.toFixed(4)}   F1 ${f1.toFixed(4)}`);
  console.log(`sources (${outlets.size}): ${[...outlets].sort().join(', ')}`);
  if (part.showErrors) console.log(errors.length ? `${errors.length} errors:\n${errors.join('\n')}\n` : 'no errors\n');
  else console.log(`${errors.length} errors (not listed: the held-back part is measured, not studied; --errors lists them)\n`);
}
