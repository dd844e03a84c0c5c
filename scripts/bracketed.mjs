// Entity sentences labelled in brackets, one per line: `source<TAB>text with [TYPE name]`
// (test/fixtures/entities/xsource, data/ner/indosum-train.tsv), and the IndoSum articles
// the cross-source evaluation set comes from, which training and clustering leave out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../dist/text/tokenize.js';
import { TAGS } from '../dist/entities/tagger.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const XSOURCE_DIR = path.join(ROOT, 'test/fixtures/entities/xsource');

/** One labelled line -> its source, plain text, gold spans, and warta's tokens with gold tags. */
export function parseBracketed(line) {
  const [source, marked] = line.split('\t');
  let text = '';
  const spans = [];
  let last = 0;
  for (const m of marked.matchAll(/\[(PER|ORG|LOC) ([^\]]+)\]/g)) {
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[2].length, type: m[1] });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const tokens = tokenize(text);
  let previous;
  const tags = tokens.map((t) => {
    const s = spans.find((sp) => t.start < sp.end && sp.start < t.end);
    const tag = s ? TAGS.indexOf(`${s === previous ? 'I' : 'B'}-${s.type}`) : 0;
    previous = s;
    return tag;
  });
  return { source, text, spans, tokens, tags };
}

/** The labelled lines of a file, parsed. */
export const readBracketed = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map(parseBracketed);

/** File names (`<source>.txt`) of the IndoSum articles in the cross-source evaluation set. */
export function xsourceArticles() {
  const names = new Set();
  for (const file of readdirSync(XSOURCE_DIR).filter((n) => n.endsWith('.tsv')))
    for (const ex of readBracketed(path.join(XSOURCE_DIR, file))) names.add(`${ex.source}.txt`);
  return names;
}
