/**
 * Detect entity mentions in paragraph text: the tagger pass.
 *
 * `detectMentions` runs the trained tagger (tagger.ts, features.ts; the rule detector's
 * mentions are among its features), repairs the boundaries of its spans
 * (boundary-repair.ts), types events, products and works MISC (misc-names.ts), fills in known organisations, places and abbreviations and names
 * after a title that it left out, and records "Korea Utara (Korut)" as one mention with Korut as its
 * parenthetical alias (paren-aliases.ts).
 * Offsets are into the paragraph text: `text.slice(start, end) === surface`.
 */
import type { Lexicon } from '../search-index/lexicon.js';
import type { Token } from '../model.js';
import { CALENDAR_WORDS } from '../lang/id/calendar.js';
import { CURRENCY_WORDS } from '../lang/id/name-words.js';
import { OFFICE_WORDS, ORG_HEADS, PERSON_TITLES } from '../lang/id/titles.js';
import { foldWord } from '../text/fold.js';
import { isCapitalised, tokenize } from '../text/tokenize.js';
import type { EntityType } from './gazetteer.js';
import { capitalisationOf } from './clusters.js';
import { spansOf } from './conll.js';
import { contextPairLists, intrinsicFeatures, shapeOf, tokenBreaks } from './features.js';
import {
  leadTrimmed,
  splitAtLowerCase,
  splitJoinedOrganisations,
  splitKnownOrganisation,
  splitLeadingPlace,
  splitTitledOrganisation,
} from './boundary-repair.js';
import type { RawMention } from './mention.js';
import { isWorkOrEvent, placeInEventName } from './misc-names.js';
import { isAcronym } from './name-tokens.js';
import { attachParenAliases, splitParenAlias, unclosedParen } from './paren-aliases.js';
import { ruleMentions } from './rule-detector.js';
import { bundledModel, TAGS, type SequenceTagger } from './tagger.js';

/** Word-feature scores per lexicon and model, by surface (the same wherever a word occurs). */
const intrinsicCache = new WeakMap<Lexicon, { model: SequenceTagger; scores: Map<string, Float64Array> }>();

/** How far (in tokens) from a capitalised word the tagger scores a token. */
const NEAR = 2;
/** Emission scores that leave only the tag O. */
const OUTSIDE = Float64Array.from(TAGS, (t) => (t === 'O' ? 0 : -1e9));

/** Tokens within NEAR of a capitalised word. */
function nearCapital(tokens: readonly Token[]): Uint8Array {
  const near = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].surface)) continue;
    for (let k = Math.max(0, i - NEAR); k <= Math.min(tokens.length - 1, i + NEAR); k++) near[k] = 1;
  }
  return near;
}

/**
 * A title's words can look like a name ("Menteri Kelautan", "Menko Polhukam"): a name after
 * a title fills in only when none of its words is an office word, an acronym, or a word
 * unlabelled news mostly writes in lower case.
 */
function looksLikeName(surface: string): boolean {
  return tokenize(surface).every((t) => {
    const w = foldWord(t.surface);
    const caps = capitalisationOf(w);
    return !OFFICE_WORDS.has(w) && !isAcronym(t.surface) && caps !== 'R' && caps !== 'N';
  });
}

/** A lone title or office word taken as a name ("papar Menperin", "klaim Presiden"). */
function isTitleAlone(m: RawMention): boolean {
  const w = foldWord(m.surface);
  return !/\s/.test(m.surface) && (PERSON_TITLES.has(w) || OFFICE_WORDS.has(w)) && !ORG_HEADS.has(w);
}

/** "dolar AS": a country after a currency word names the currency, not the country. */
const isCurrencyCountry = (text: string, m: RawMention) =>
  m.type === 'LOC' && CURRENCY_WORDS.has(/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase() ?? '');

export interface DetectOptions {
  /**
   * Add the known places and abbreviations the tagger left unmarked (default true). The
   * tagger follows its training data, which marks a country only as a location ("di
   * Indonesia"), not as a modifier or actor ("masyarakat Indonesia", "Rusia menyerang");
   * a reader counting mentions counts those too.
   */
  readonly fillIn?: boolean;
}

/**
 * Detect mentions in one paragraph with the trained tagger (rules are among its
 * features), then attach parenthetical aliases.
 */
export function detectMentions(
  text: string,
  lexicon: Lexicon,
  model: SequenceTagger = bundledModel(),
  options: DetectOptions = {},
): RawMention[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const rules = ruleMentions(text, lexicon, tokens);
  // Word features are the same wherever a word occurs: their scores are cached per surface.
  let cache = intrinsicCache.get(lexicon);
  if (!cache || cache.model !== model) intrinsicCache.set(lexicon, (cache = { model, scores: new Map() }));
  // A token with no capitalised word within two places is outside any name: it is tagged O
  // without scoring its features (most of a news paragraph).
  const near = nearCapital(tokens);
  const context = contextPairLists(text, tokens, rules, near);
  const buffer = new Float64Array(tokens.length * TAGS.length);
  const emissions = tokens.map((t, i) => {
    if (!near[i]) return OUTSIDE;
    let base = cache.scores.get(t.surface);
    if (!base) {
      base = model.emission(intrinsicFeatures(t.surface, foldWord(t.surface), shapeOf(t.surface), lexicon));
      cache.scores.set(t.surface, base);
    }
    const e = buffer.subarray(i * TAGS.length, (i + 1) * TAGS.length);
    e.set(base);
    return model.emissionOfPairs(context[i], e);
  });
  const tags = model.decodeEmissions(emissions, tokenBreaks(text, tokens));
  const spans: RawMention[] = spansOf(tokens, tags).flatMap((s) => {
    // "Bursa Efek Indonesia (BEI": the closing parenthesis belongs to the mention.
    const end = unclosedParen(text.slice(s.start, s.end)) && text[s.end] === ')' ? s.end + 1 : s.end;
    const start = leadTrimmed(text, tokens, s.start, end);
    if (start === null || tokens.every((t) => t.end <= start || t.start >= end || CALENDAR_WORDS.has(foldWord(t.surface)))) return [];
    return splitAtLowerCase(tokens, start, end, s.type as EntityType).flatMap(([a, b]) =>
      splitLeadingPlace(text, tokens, { surface: text.slice(a, b), start: a, end: b, type: s.type as EntityType })
        .flatMap((m) => splitJoinedOrganisations(text, tokens, m))
        .flatMap((m) => splitKnownOrganisation(text, tokens, m))
        .flatMap((m) => splitTitledOrganisation(text, tokens, m))
        .map((m) => (isWorkOrEvent(text, tokens, m) ? { ...m, type: 'MISC' as const } : placeInEventName(text, tokens, m)))
        .filter((m) => !isTitleAlone(m) && !isCurrencyCountry(text, m)),
    );
  });
  // Names after a title and known organisations that the tagger left out, and (unless
  // asked not to) the known places and abbreviations it left out: the rule detector's
  // mentions fill in. Annotators mark every organisation, but a country only as a place.
  for (const r of rules) {
    const known = r.fromGazetteer && (r.type === 'ORG' || options.fillIn !== false);
    if (!(r.afterTitle || known) || spans.some((m) => m.start < r.end && r.start < m.end)) continue;
    if ((r.afterTitle && !looksLikeName(r.surface)) || isCurrencyCountry(text, r)) continue;
    spans.push(placeInEventName(text, tokens, { surface: r.surface, start: r.start, end: r.end, type: r.type }));
  }
  spans.sort((a, b) => a.start - b.start);
  return attachParenAliases(text, spans.map(splitParenAlias));
}
