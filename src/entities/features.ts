/**
 * Features of each token for the entity tagger: the word and its shape, affixes,
 * neighbours, the punctuation around it, gazetteers (titles before a person, heads of
 * organisations and places, known places, organisations and abbreviations), how this corpus
 * capitalises the word, and what the rule-based detector says about it.
 * Training (scripts/train-ner.mjs) and tagging call the same function.
 */
import type { Lexicon } from '../search-index/lexicon.js';
import { isSentenceInitial } from '../text/sentences.js';
import { CALENDAR_WORDS } from '../lang/id/calendar.js';
import { ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../lang/id/titles.js';
import type { Token } from '../model.js';
import { foldWord } from '../text/fold.js';
import type { RawMention } from './mention.js';
import { capitalisationOf, clustersOf } from './clusters.js';
import { ABBREVIATION_MAP, entityKey, MAX_ORG_TOKENS, MAX_PLACE_TOKENS, ORG_KEYS, PLACE_KEYS, startsKnownName } from './gazetteer.js';

/** Collapsed word shape: "Putin" -> "Xx", "NATO" -> "X", "3.000" -> "d.d", "Jong-un" -> "Xx-x". */
const shapeMemo = new Map<string, string>();

export function shapeOf(w: string): string {
  let s = shapeMemo.get(w);
  if (s === undefined) {
    s = computeShape(w);
    if (shapeMemo.size < 1_000_000) shapeMemo.set(w, s);
  }
  return s;
}

function computeShape(w: string): string {
  return w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{M}]/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1');
}

function nameBucket(lexicon: Lexicon | undefined, folded: string): string {
  if (!lexicon) return 'none';
  const id = lexicon.formId(folded);
  if (id === undefined) return 'unseen';
  const r = lexicon.capitalShare(folded);
  return r === null ? 'initial-only' : r >= 0.9 ? 'always' : r >= 0.5 ? 'mostly' : r > 0 ? 'rarely' : 'never';
}

const gap = (text: string, a: number, b: number) => text.slice(a, b).replace(/\s+/g, ' ').trim().slice(-2) || '_';

/**
 * Where a mention cannot run on: token i is marked when the gap before it holds a comma,
 * semicolon, colon, quote, bracket, ! or ?, a full stop or a closing parenthesis followed by a
 * space ("Korea Selatan (Korsel) Yoon Suk Yeol"), or a dash between spaces ("Prabowo Subianto
 * - Hatta Rajasa" is two people). Annotated names cross none of
 * these; parentheses, slashes and dots inside a word ("DPR/MPR", "H.M.Prasetyo") stay.
 */
export function tokenBreaks(text: string, tokens: readonly Token[]): Uint8Array {
  const breaks = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const between = text.slice(tokens[i - 1].end, tokens[i].start);
    if (/[,;:!?"“”«»–—[\]{}]|[.)]\s|\s[-‐]\s|\n/u.test(between)) breaks[i] = 1;
  }
  return breaks;
}

/** Feature strings for every token of one text. `rules` are the rule detector's mentions. */
export function tokenFeatures(
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon | undefined,
  rules: readonly RawMention[],
): string[][] {
  const context = contextFeatureLists(text, tokens, rules);
  return tokens.map((t, i) => {
    const lower = foldWord(t.surface);
    return [...intrinsicFeatures(t.surface, lower, shapeOf(t.surface), lexicon), ...context[i]];
  });
}

/**
 * The context features of every token (the part that cannot be cached per word), as
 * (template, value) pairs (see FeaturePairs); with `only`, of the marked tokens.
 */
export function contextPairLists(text: string, tokens: readonly Token[], rules: readonly RawMention[], only?: Uint8Array): FeaturePairs[] {
  const lower = tokens.map((t) => foldWord(t.surface));
  const shapes = tokens.map((t) => shapeOf(t.surface));
  // Rule mentions and tokens are both in text order: one merge pass.
  const ruleTag: string[] = new Array(tokens.length).fill('O');
  let k = 0;
  for (const m of rules) {
    while (k < tokens.length && tokens[k].start < m.start) k++;
    for (let i = k; i < tokens.length && tokens[i].end <= m.end; i++) ruleTag[i] = `${i === k ? 'B' : 'I'}-${m.type}`;
  }
  // Known places and organisations as token runs (longest match), for B/I gazetteer
  // features: "gaz" for a place, "org" for an organisation (lower case when the name is as
  // often something else); at equal length an organisation that is only one wins.
  const gaz: string[] = new Array(tokens.length).fill('');
  const org: string[] = new Array(tokens.length).fill('');
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].surface) || !startsKnownName(tokens[i].surface)) continue;
    for (let n = Math.min(Math.max(MAX_ORG_TOKENS, MAX_PLACE_TOKENS), tokens.length - i); n >= 1; n--) {
      const key = entityKey(text.slice(tokens[i].start, tokens[i + n - 1].end));
      const known = ORG_KEYS.get(key);
      const place = PLACE_KEYS.has(key);
      if (known === undefined && !place) continue;
      const asOrg = known === true || (known === false && !place);
      for (let m = 0; m < n; m++) {
        if (asOrg) org[i + m] = (m === 0 ? 'B' : 'I') + (known ? '' : '?');
        else gaz[i + m] = m === 0 ? 'B' : 'I';
      }
      i += n - 1;
      break;
    }
  }
  const w = (i: number) => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : lower[i]);
  const sh = (i: number) => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : shapes[i]);
  return tokens.map((_, i) => (only && !only[i] ? NO_PAIRS : contextPairs(text, tokens, i, w, sh, ruleTag, gaz, org)));
}

/** The context features of every token as strings (`template=value`, or a flag's name); with `only`, of the marked tokens. */
export function contextFeatureLists(text: string, tokens: readonly Token[], rules: readonly RawMention[], only?: Uint8Array): string[][] {
  return contextPairLists(text, tokens, rules, only).map(pairStrings);
}

/** Features of the word alone (the same wherever it occurs): cacheable per surface form. */
export function intrinsicFeatures(surface: string, lower: string, shape: string, lexicon: Lexicon | undefined): string[] {
  const f = [
    'b',
    `w=${lower}`,
    `sh=${shape}`,
    `p3=${lower.slice(0, 3)}`,
    `s3=${lower.slice(-3)}`,
    `s2=${lower.slice(-2)}`,
    `name=${nameBucket(lexicon, lower)}`,
  ];
  const clusters = clustersOf(lower);
  if (clusters.length === 0) f.push('c=none');
  for (let k = 0; k < Math.min(3, clusters.length); k++) f.push(`c${k}=${clusters[k]}`);
  const caps = capitalisationOf(lower);
  if (caps) f.push(`bg=${caps}`);
  if (PERSON_TITLES.has(lower)) f.push('title');
  if (ORG_HEADS.has(lower)) f.push('orghead');
  if (CALENDAR_WORDS.has(lower)) f.push('calendar');
  const abbr = ABBREVIATION_MAP.get(surface);
  if (abbr) f.push(`abbr=${abbr.type ?? 'other'}`);
  // Case matters for acronyms: "AS" (Amerika Serikat) is not the word "as".
  if (/\p{Lu}/u.test(surface)) f.push(`W=${surface}`);
  return f;
}

/**
 * Features as (template, value) pairs, flattened: [template0, value0, template1, value1, ...];
 * a value of null marks a flag, whose feature string is the template alone. The model keeps
 * its weights by template and value (tagger.ts), so scoring looks words up without
 * building a string per feature; `pairStrings` gives the strings training uses.
 */
export type FeaturePairs = readonly (string | null)[];
const NO_PAIRS: FeaturePairs = [];

/** The feature strings of pairs: `template=value`, or the template alone for a flag. */
export function pairStrings(pairs: FeaturePairs): string[] {
  const out: string[] = [];
  for (let k = 0; k < pairs.length; k += 2) out.push(pairs[k + 1] === null ? (pairs[k] as string) : `${pairs[k]}=${pairs[k + 1]}`);
  return out;
}

/** Features of the word in its place: neighbours, punctuation, rules, gazetteer runs. */
function contextPairs(
  text: string,
  tokens: readonly Token[],
  i: number,
  w: (i: number) => string,
  sh: (i: number) => string,
  ruleTag: readonly string[],
  gaz: readonly string[],
  org: readonly string[],
): FeaturePairs {
  const t = tokens[i];
  const f: (string | null)[] = [
    'w-1',
    w(i - 1),
    'w+1',
    w(i + 1),
    'w-2',
    w(i - 2),
    'w+2',
    w(i + 2),
    'sh-1',
    sh(i - 1),
    'sh+1',
    sh(i + 1),
    'sh-1|sh',
    `${sh(i - 1)}|${sh(i)}`,
    'sh|sh+1',
    `${sh(i)}|${sh(i + 1)}`,
    'w-1|w',
    `${w(i - 1)}|${w(i)}`,
    'pc',
    gap(text, i > 0 ? tokens[i - 1].end : 0, t.start),
    'nc',
    gap(text, t.end, i + 1 < tokens.length ? tokens[i + 1].start : text.length).slice(0, 1),
    'init',
    isSentenceInitial(text, t.start) ? 'true' : 'false',
    'rule',
    ruleTag[i],
    'rule-1',
    i > 0 ? ruleTag[i - 1] : '<s>',
    'rule+1',
    i + 1 < tokens.length ? ruleTag[i + 1] : '</s>',
  ];
  if (gaz[i]) f.push('gaz', gaz[i]);
  if (org[i]) f.push('org', org[i]);
  if (PERSON_TITLES.has(w(i - 1))) f.push('title-1', null);
  if (ORG_HEADS.has(w(i - 1))) f.push('orghead-1', null);
  if (PLACE_HEADS.has(w(i - 1))) f.push('placehead-1', null);
  if (PLACE_PREPOSITIONS.has(w(i - 1))) f.push('placeprep-1', null);
  return f;
}
