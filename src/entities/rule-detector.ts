/**
 * The rule-based detector, one of the tagger's features: a run of capitalised tokens
 * separated only by spaces, trimmed of leading titles ("Presiden", "Juru bicara",
 * "Menteri Luar Negeri"), split after a leading known place, dropped when it is a lone
 * sentence-initial word the corpus does not write as a name ("Namun", "Pada"), a day or
 * month, or a title alone; typed ORG from head words and acronyms, LOC from the
 * gazetteer, place heads and country abbreviations, known organisations as ORG (a person
 * after one split off), PER from titles, speech verbs and
 * multi-word names, MISC otherwise.
 */
import type { Lexicon } from '../search-index/lexicon.js';
import type { Token } from '../model.js';
import { CALENDAR_WORDS } from '../lang/id/calendar.js';
import { NAME_PARTICLES, NEVER_ALONE, ORG_TAILS, SKIP_PREFIX, SPEECH_VERBS, TITLE_CONTINUATION } from '../lang/id/name-words.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import { OFFICE_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../lang/id/titles.js';
import { foldWord } from '../text/fold.js';
import { isSentenceInitial } from '../text/sentences.js';
import { isCapitalised, tokenize } from '../text/tokenize.js';
import {
  ABBREVIATION_MAP,
  entityKey,
  MAX_ORG_TOKENS,
  MAX_PLACE_TOKENS,
  ORG_KEYS,
  PLACE_KEYS,
  startsKnownName,
  type EntityType,
} from './gazetteer.js';
import type { RawMention } from './mention.js';
import { gapIsSpace, isAcronym } from './name-tokens.js';

/** The rule-based detector alone (capitalisation, titles, gazetteers); a feature of the tagger. */
export function ruleMentions(text: string, lexicon: Lexicon, tokens: Token[] = tokenize(text)): RawMention[] {
  const out: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i].surface)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && gapIsSpace(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1].surface;
      if (isNameToken(next)) j++;
      else if (
        NAME_PARTICLES.has(next) &&
        j + 2 < tokens.length &&
        isNameToken(tokens[j + 2].surface) &&
        gapIsSpace(text, tokens[j + 1], tokens[j + 2])
      )
        j += 2;
      else break;
    }
    emitSpan(text, tokens, i, j, lexicon, out);
    i = j + 1;
  }
  return out;
}

function isNameToken(s: string): boolean {
  return isCapitalised(s) && /\p{L}/u.test(s);
}

function emitSpan(text: string, tokens: Token[], i: number, j: number, lexicon: Lexicon, out: RawMention[], titled = false): void {
  const folded = (k: number) => foldWord(tokens[k].surface);
  let personHint = titled;
  // Leading stopwords, calendar words and lone sentence-initial non-names go.
  while (i <= j) {
    const f = folded(i);
    const initial = isSentenceInitial(text, tokens[i].start);
    if (CALENDAR_WORDS.has(f) || NEVER_ALONE.has(f) || (SKIP_PREFIX.has(f) && i < j)) {
      i++;
      continue;
    }
    if (PERSON_TITLES.has(f) && !ORG_HEADS.has(f)) {
      // A title: skip it and its continuation words; what follows is a person.
      i++;
      while (i <= j && (TITLE_CONTINUATION.has(folded(i)) || PERSON_TITLES.has(folded(i)))) i++;
      personHint = true;
      continue;
    }
    if (STOPWORDS.has(f) && !lexicon.isName(f) && !ABBREVIATION_MAP.has(tokens[i].surface)) {
      i++;
      continue;
    }
    if (initial && !lexicon.isName(f) && !isAcronym(tokens[i].surface) && !PLACE_KEYS.has(f) && !ORG_HEADS.has(f) && !PLACE_HEADS.has(f)) {
      i++;
      continue;
    }
    break;
  }
  // Trailing calendar words ("Kamis") are not part of a name.
  while (j >= i && CALENDAR_WORDS.has(folded(j))) j--;
  if (i > j) return;

  const head = folded(i);
  const surfaceOf = (a: number, b: number) => text.slice(tokens[a].start, tokens[b].end);
  const push = (a: number, b: number, kind: EntityType, fromGazetteer = false) =>
    out.push({
      surface: surfaceOf(a, b),
      start: tokens[a].start,
      end: tokens[b].end,
      type: kind,
      ...(fromGazetteer ? { fromGazetteer } : {}),
    });

  // A known organisation ("Persib Bandung", "Telkomsel"), alone or followed by a person
  // ("Kementerian BUMN Aloysius Kiik Ro").
  const org = knownOrganisationRun(text, tokens, i, j);
  if (org > 0 && (org === j - i + 1 || personRest(tokens, i + org, j))) {
    push(i, i + org - 1, 'ORG', true);
    if (i + org <= j) emitSpan(text, tokens, i + org, j, lexicon, out, true);
    return;
  }
  if (ORG_HEADS.has(head) && !PLACE_KEYS.has(head)) {
    if (j > i || isAcronym(tokens[i].surface)) push(i, j, 'ORG');
    return;
  }
  // Split a leading known place off a longer span: "Rusia Vladimir Putin", "Korea Utara Kim Jong Un".
  for (let n = Math.min(MAX_PLACE_TOKENS, j - i + 1); n >= 1; n--) {
    const key = entityKey(surfaceOf(i, i + n - 1));
    const abbr = n === 1 ? ABBREVIATION_MAP.get(tokens[i].surface) : undefined;
    if (PLACE_KEYS.has(key) || abbr?.type === 'LOC') {
      push(i, i + n - 1, 'LOC', true);
      if (i + n <= j) emitSpan(text, tokens, i + n, j, lexicon, out, personHint);
      return;
    }
  }
  const abbr = ABBREVIATION_MAP.get(tokens[i].surface);
  if (abbr || (isAcronym(tokens[i].surface) && i < j && !ORG_TAILS.has(folded(j)))) {
    // "PBB Antonio Guterres", "KTT Brich": the acronym is its own mention.
    const t = abbr ? abbr.type : 'ORG';
    if (t) push(i, i, t, !!abbr);
    if (i < j) emitSpan(text, tokens, i + 1, j, lexicon, out, personHint);
    return;
  }
  let type: EntityType;
  if (ORG_TAILS.has(folded(j)) && j > i) type = 'ORG';
  else if (PLACE_HEADS.has(head) && j > i) type = 'LOC';
  else if (personHint) type = 'PER';
  else if (i === j && isAcronym(tokens[i].surface)) type = 'ORG';
  else {
    const before = i > 0 ? folded(i - 1) : '';
    const after = j + 1 < tokens.length ? folded(j + 1) : '';
    if (SPEECH_VERBS.has(after) || SPEECH_VERBS.has(before)) type = 'PER';
    else if (PLACE_PREPOSITIONS.has(before) && i === j) type = 'LOC';
    else if (j > i && !tokens.slice(i, j + 1).some((t) => isAcronym(t.surface))) type = 'PER';
    else type = 'MISC';
  }
  if (i === j && tokens[i].surface.length < 2) return;
  const titleBefore =
    i > 0 && PERSON_TITLES.has(folded(i - 1)) && !ORG_HEADS.has(folded(i - 1)) && gapIsSpace(text, tokens[i - 1], tokens[i]);
  if (type === 'PER' && (personHint || titleBefore))
    out.push({ surface: surfaceOf(i, j), start: tokens[i].start, end: tokens[j].end, type, afterTitle: true });
  else push(i, j, type);
}

/**
 * Tokens in a known organisation that starts at token i and ends by j, longest first; 0 for
 * none. A shared name ("Chelsea") counts only with `shared`.
 */
export function knownOrganisationRun(text: string, tokens: readonly Token[], i: number, j: number, shared = false): number {
  if (!startsKnownName(tokens[i].surface)) return 0;
  for (let n = Math.min(MAX_ORG_TOKENS, j - i + 1); n >= 1; n--) {
    const only = ORG_KEYS.get(entityKey(text.slice(tokens[i].start, tokens[i + n - 1].end)));
    if (only === true || (shared && only === false)) return n;
  }
  return 0;
}

/** Tokens a..b read as a person's name: two or more capitalised words, none a head, tail, office or place word. */
export function personRest(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 1) return false;
  for (let k = a; k <= b; k++) {
    const w = foldWord(tokens[k].surface);
    if (
      !/^\p{Lu}\p{Ll}/u.test(tokens[k].surface) ||
      ORG_HEADS.has(w) ||
      ORG_TAILS.has(w) ||
      PLACE_HEADS.has(w) ||
      OFFICE_WORDS.has(w) ||
      PLACE_KEYS.has(w) ||
      ORG_KEYS.has(w)
    )
      return false;
  }
  return true;
}
