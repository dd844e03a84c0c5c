#!/usr/bin/env node
// Publication dates against hand labels (issue 14): share dated, exact-day accuracy, dates
// given where the label has none, per group (IndoSum, pages in outlets' styles, seeds) and
// split (dev, test), for --date-from auto and text (what is left without file-name dates).
// Usage: npm run eval:dates -- [DIR]   (DIR holds labels.tsv and the files it names;
// default test/fixtures/dates). Every error is listed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCorpus } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? path.join(ROOT, 'test/fixtures/dates');
const labels = readFileSync(path.join(dir, 'labels.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => {
    const [file, date, split] = l.split('\t');
    return { file, date: date === '-' ? null : date, split, group: file.split('/')[0] };
  });

const rows = [];
const errors = [];
for (const from of ['auto', 'text']) {
  const corpus = await openCorpus([dir], { cache: false, dateFrom: from, threads: 1 });
  const byFile = new Map((await corpus.documents()).map((d) => [path.relative(dir, d.file), d]));
  const cells = new Map();
  for (const l of labels) {
    const d = byFile.get(l.file);
    if (!d) throw new Error(`labelled file not read: ${l.file}`);
    const got = d.meta.date ? d.meta.date.slice(0, 10) : null;
    for (const key of [`${l.group} ${l.split}`, `${l.group} all`, `all ${l.split}`, 'all all']) {
      const c = cells.get(key) ?? { n: 0, labelled: 0, dated: 0, correct: 0, nearby: 0, falseDate: 0, missed: 0 };
      c.n++;
      if (l.date) {
        c.labelled++;
        if (got) c.dated++;
        if (got === l.date) c.correct++;
        if (got && Math.abs(Date.parse(got) - Date.parse(l.date)) <= 86400000) c.nearby++;
        if (!got) c.missed++;
      } else if (got) c.falseDate++;
      cells.set(key, c);
    }
    if (got !== l.date)
      errors.push(`${from}\t${l.file}\tlabel ${l.date ?? '-'}\tgot ${got ?? '-'} (${d.meta.dateSource ?? d.meta.dateMissing})`);
  }
  for (const [key, c] of [...cells].sort()) rows.push({ from, key, ...c });
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
console.log(
  '| --date-from | group split | files | with a date label | dated | exact day (of labelled) | exact day (of dated) | within a day (of dated) | date where label has none |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.from} | ${r.key} | ${r.n} | ${r.labelled} | ${pct(r.dated, r.labelled)} | ${pct(r.correct, r.labelled)} | ${pct(r.correct, r.dated)} | ${pct(r.nearby, r.dated)} | ${r.falseDate} |`,
  );
console.log(`\nErrors (${errors.length}):`);
for (const e of errors) console.log(e);
