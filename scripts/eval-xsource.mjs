#!/usr/bin/env node
// Cross-source entity evaluation (issue 19): the tagger, trained on idner-news-2k only, on
// sentences from IndoSum's sport, technology and business articles that this project
// labelled itself (test/fixtures/entities/xsource/, guidelines in its README). Exact
// character spans, untyped and typed, per type, with error classes. MISC mentions (events,
// products, works) are left out: the set marks PER, ORG and LOC only.
// Usage: npm run eval:xsource -- [--part dev|held-back|fresh|all] [--errors] [--fill-in]
//   --fill-in  score what `warta entities` counts (known places and abbreviations the tagger
//              left out filled in); the default scores mention detection as annotated.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Lexicon } from '../dist/search-index/lexicon.js';
import { isSentenceInitial } from '../dist/text/sentences.js';
import { tokenize } from '../dist/text/tokenize.js';
import { detectMentions } from '../dist/entities/detect.js';
import { annotatedSpans } from '../dist/entities/paren-aliases.js';
import { bundledModel } from '../dist/entities/tagger.js';
import { readBracketed, XSOURCE_DIR } from './bracketed.mjs';
import { formatPRF, scoreMentions } from './ner-data.mjs';

const { values } = parseArgs({
  options: { part: { type: 'string', default: 'dev' }, errors: { type: 'boolean' }, 'fill-in': { type: 'boolean' } },
});
const parts = values.part === 'all' ? ['dev', 'held-back', 'fresh'] : [values.part];

const model = bundledModel();
for (const part of parts) {
  const examples = readBracketed(path.join(XSOURCE_DIR, `${part}.tsv`));
  // How this set capitalises each word, as the corpus lexicon does at run time.
  const lexicon = new Lexicon();
  for (const ex of examples) for (const t of tokenize(ex.text)) lexicon.addSurface(t.surface, isSentenceInitial(ex.text, t.start));
  const result = scoreMentions(
    examples,
    (ex) =>
      detectMentions(ex.text, lexicon, model, { fillIn: Boolean(values['fill-in']) })
        .filter((m) => m.type !== 'MISC')
        .flatMap(annotatedSpans),
    { project: false },
  );
  const gold = examples.reduce((n, e) => n + e.spans.length, 0);
  console.log(`xsource ${part}: ${examples.length} sentences, ${gold} gold mentions${values['fill-in'] ? ' (with fill-in)' : ''}`);
  console.log(`  untyped  ${formatPRF(result.counts.untyped)}`);
  console.log(`  typed    ${formatPRF(result.counts.typed)}`);
  for (const [t, c] of Object.entries(result.perType)) console.log(`    ${t.padEnd(4)}   ${formatPRF(c)}`);
  for (const [cls, list] of Object.entries(result.errors)) {
    console.log(`  ${cls}: ${list.length}`);
    if (values.errors) for (const e of list) console.log(`    ${e}`);
  }
}
