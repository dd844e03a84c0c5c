// Shared by train-ner, cv-ner and eval-entities: turn CoNLL examples into tagger inputs,
// with a lexicon built from the examples' own text (how that text capitalises each word),
// as the corpus lexicon is built at run time. Labels are never used for the lexicon.
import { Lexicon } from '../dist/search-index/lexicon.js';
import { isSentenceInitial } from '../dist/text/sentences.js';
import { tokenBreaks, tokenFeatures } from '../dist/entities/features.js';
import { detectMentions } from '../dist/entities/detect.js';
import { annotatedSpans } from '../dist/entities/paren-aliases.js';
import { ruleMentions } from '../dist/entities/rule-detector.js';
import { trainCrf } from '../dist/entities/crf.js';

export function prepare(examples) {
  const lexicon = new Lexicon();
  for (const ex of examples) for (const t of ex.tokens) lexicon.addSurface(t.surface, isSentenceInitial(ex.text, t.start));
  return examples.map((ex) => ({
    ...ex,
    lexicon,
    breaks: tokenBreaks(ex.text, ex.tokens),
    features: tokenFeatures(ex.text, ex.tokens, lexicon, ruleMentions(ex.text, lexicon, ex.tokens)),
  }));
}

/** Mention detection as annotated (no country fill-in; no MISC, which idner does not mark), as spans, for scoring against idner. */
export function detectAsAnnotated(ex, model, options = { fillIn: false }) {
  return detectMentions(ex.text, ex.lexicon, model, options)
    .filter((m) => m.type !== 'MISC')
    .flatMap(annotatedSpans);
}

/** Train the tagger (a CRF, src/entities/crf.ts) on prepared examples. */
export function trainTagger(examples, log = console.error) {
  return trainCrf(examples, { log });
}

/**
 * A predicted span on the annotators' tokens. idner's tokens are the text's whitespace-
 * separated pieces, so "(KPU)" and "PPP)" are single tokens; warta's tokenizer leaves the
 * punctuation out. The standard projection between tokenizations: a span covers every gold
 * token it touches.
 */
export function onGoldTokens(text, span) {
  let { start, end } = span;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return { ...span, start, end };
}

/**
 * Score predicted mentions against the gold spans of each example: untyped and typed
 * counts [tp, fp, fn], counts per type, and error classes with examples.
 * `predict(ex)` returns spans ({start, end, type}) in the example's text; with `project`
 * (default), widened to the annotators' whitespace tokens (see onGoldTokens).
 */
export function scoreMentions(examples, predict, { project = true } = {}) {
  const counts = { untyped: [0, 0, 0], typed: [0, 0, 0] };
  const perType = {};
  const errors = {};
  const note = (cls, line) => (errors[cls] ??= []).push(line);
  for (const ex of examples) {
    const pred = predict(ex).map((s) => (project ? onGoldTokens(ex.text, s) : s));
    const key = (s, typed) => `${s.start}:${s.end}${typed ? `:${s.type}` : ''}`;
    for (const typed of [false, true]) {
      const g = new Set(ex.spans.map((s) => key(s, typed)));
      const p = new Set(pred.map((s) => key(s, typed)));
      const c = counts[typed ? 'typed' : 'untyped'];
      for (const k of p) g.has(k) ? c[0]++ : c[1]++;
      for (const k of g) if (!p.has(k)) c[2]++;
    }
    for (const t of ['PER', 'ORG', 'LOC']) {
      const g = new Set(ex.spans.filter((s) => s.type === t).map((s) => key(s, false)));
      const p = new Set(pred.filter((s) => s.type === t).map((s) => key(s, false)));
      const c = (perType[t] ??= [0, 0, 0]);
      for (const k of p) g.has(k) ? c[0]++ : c[1]++;
      for (const k of g) if (!p.has(k)) c[2]++;
    }
    const show = (s) => ex.text.slice(s.start, s.end);
    for (const s of ex.spans) {
      const same = pred.find((p) => p.start === s.start && p.end === s.end);
      const overlap = pred.find((p) => p.start < s.end && s.start < p.end);
      if (same && same.type === s.type) continue;
      if (same) note('wrong type', `${show(s)} [${s.type} as ${same.type}]`);
      else if (overlap) note('wrong boundary', `${show(s)} [${s.type} vs "${show(overlap)}"]`);
      else note('missed', `${show(s)} [${s.type}]`);
    }
    for (const p of pred) if (!ex.spans.some((s) => p.start < s.end && s.start < p.end)) note('spurious', `${show(p)} [${p.type}]`);
  }
  return { counts, perType, errors };
}

export function prf([tp, fp, fn]) {
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

export const formatPRF = (c) => {
  const { p, r, f } = prf(c);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
};
