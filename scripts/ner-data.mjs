// Shared by train-ner and eval-entities: turn CoNLL examples into tagger inputs, with a
// lexicon built from the examples' own text (how that text capitalises each word), as
// the corpus lexicon is built at run time. Labels are never used for the lexicon.
import { Lexicon, isSentenceInitial } from '../dist/index/lexicon.js';
import { tokenFeatures } from '../dist/entities/features.js';
import { ruleMentions } from '../dist/entities/detect.js';

export function prepare(examples) {
  const lexicon = new Lexicon();
  for (const ex of examples) for (const t of ex.tokens) lexicon.addSurface(t.surface, isSentenceInitial(ex.text, t.start));
  return examples.map((ex) => ({ ...ex, lexicon, features: tokenFeatures(ex.text, ex.tokens, lexicon, ruleMentions(ex.text, lexicon, ex.tokens)) }));
}
