/**
 * Detect entity mentions in paragraph text.
 *
 * `detectMentions` runs the trained tagger (tagger.ts, features.ts), fills in known places
 * and abbreviations it left out, drops titles it took into names, splits a leading place
 * off a person ("Rusia Vladimir Putin"), and records "Korea Utara (Korut)" as one mention
 * with Korut as its parenthetical alias.
 *
 * `ruleMentions` is the rule-based detector, one of the tagger's features: a run of
 * capitalised tokens separated only by spaces, trimmed of leading titles ("Presiden",
 * "Juru bicara", "Menteri Luar Negeri"), split after a leading known place, dropped when it
 * is a lone sentence-initial word the corpus does not write as a name ("Namun", "Pada"), a
 * day or month, or a title alone; typed ORG from head words and acronyms, LOC from the
 * gazetteer, place heads and country abbreviations, PER from titles, speech verbs and
 * multi-word names, MISC otherwise.
 * Offsets are into the paragraph text: `text.slice(start, end) === surface`.
 */
import type { Lexicon } from '../search-index/lexicon.js';
import { isSentenceInitial } from '../text/sentences.js';
import { CALENDAR_WORDS } from '../lang/id/calendar.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import { LOWERCASE_NAME_HEADS, OFFICE_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../lang/id/titles.js';
import { foldWord } from '../text/fold.js';
import { isCapitalised, tokenize } from '../text/tokenize.js';
import { ABBREVIATION_MAP, entityKey, MAX_PLACE_TOKENS, PLACE_KEYS, type EntityType } from './gazetteer.js';
import type { Token } from '../model.js';
import { capitalisationOf } from './clusters.js';
import { contextFeatureLists, intrinsicFeatures, shapeOf, tokenBreaks } from './features.js';

const intrinsicCache = new WeakMap<Lexicon, { model: SequenceTagger; scores: Map<string, Float64Array> }>();
import { bundledModel, TAGS, type SequenceTagger } from './tagger.js';
import { spansOf } from './conll.js';

export interface RawMention {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Text inside parentheses right after the mention, when it looks like an alias. */
  readonly parenAlias?: { surface: string; start: number; end: number };
  /** When the mention includes its parenthetical alias: the long form alone. */
  readonly longForm?: string;
  /** The tagger marked the parenthetical alias as a mention of its own; counted as one. */
  readonly parenSeparate?: boolean;
  /** A rule mention: a name right after a title ("Wakil Menteri Luar Negeri Korea Utara Kim Jong-gyu"). */
  readonly afterTitle?: boolean;
  /** Found by the gazetteer (known place or abbreviation), not by capitalisation alone. */
  readonly fromGazetteer?: boolean;
}

// Words that continue a title ("Menteri Luar Negeri", "Juru bicara", "Duta Besar").
const TITLE_CONTINUATION = new Set([
  'luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'kesehatan', 'pendidikan', 'agama', 'sosial', 'perdagangan',
  'perindustrian', 'pertanian', 'perhubungan', 'koordinator', 'bidang', 'politik', 'hukum', 'keamanan', 'besar',
  'bicara', 'jenderal', 'menteri', 'kota', 'utama', 'eksekutif', 'umum', 'negara', 'muda', 'tinggi', 'agung',
  'kabinet', 'partai', 'dewan', 'daerah', 'pusat', 'nasional', 'republik', 'federasi', 'kerajaan', 'tertinggi',
]);
const SPEECH_VERBS = new Set(['mengatakan', 'kata', 'ujar', 'ungkap', 'tutur', 'menegaskan', 'menyatakan', 'menjelaskan', 'menambahkan', 'mengungkapkan', 'menuturkan', 'menyebut', 'menilai', 'berkata']);
const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'del', 'al', 'el', 'dos']);
// Titles that annotators keep in a name: "Sri Mulyani" (also a given name), "St Petersburg".
const KEPT_TITLES = new Set(['sri', 'st']);
// Words that open a span but belong to no name: "Pemerintah Korea Selatan" is about Korea Selatan.
const SKIP_PREFIX = new Set(['pemerintah', 'pemerintahan', 'warga', 'rakyat', 'bangsa', 'tentara', 'pasukan', 'militer', 'rezim', 'delegasi', 'kubu', 'sekutu', 'intelijen']);
// Last words that close an organisation name ("Yale University", "Persib United").
const ORG_TAILS = new Set(['university', 'institute', 'college', 'fc', 'united', 'inc', 'corp', 'corporation', 'group', 'agency', 'council', 'committee', 'foundation', 'bank', 'airlines', 'airways', 'times', 'post', 'news', 'tbk']);
// Capitalised words that are never an entity on their own.
const NEVER_ALONE = new Set(['tuhan', 'allah', 'islam', 'idul', 'fitri', 'wib', 'wita', 'wit', 'rp', 'us', 'km', 'kg']);

const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}\d]+$/u.test(s);

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 2;
}

const NEAR = 2;
/** Emission scores that leave only the tag O. */
const OUTSIDE = Float64Array.from(TAGS, (t) => (t === 'O' ? 0 : -1e9));

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
export function detectMentions(text: string, lexicon: Lexicon, model: SequenceTagger = bundledModel(), options: DetectOptions = {}): RawMention[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const rules = ruleMentions(text, lexicon, tokens);
  // Word features are the same wherever a word occurs: their scores are cached per surface.
  let cache = intrinsicCache.get(lexicon);
  if (!cache || cache.model !== model) intrinsicCache.set(lexicon, (cache = { model, scores: new Map() }));
  // A token with no capitalised word within two places is outside any name: it is tagged O
  // without scoring its features (most of a news paragraph).
  const near = nearCapital(tokens);
  const context = contextFeatureLists(text, tokens, rules, near);
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
    return model.emission(context[i], e);
  });
  const tags = model.decodeEmissions(emissions, tokenBreaks(text, tokens));
  const spans: RawMention[] = spansOf(tokens, tags).flatMap((s) => {
    // "Bursa Efek Indonesia (BEI": the closing parenthesis belongs to the mention.
    const end = unclosedParen(text.slice(s.start, s.end)) && text[s.end] === ')' ? s.end + 1 : s.end;
    const start = leadTrimmed(tokens, s.start, end);
    if (start === null || tokens.every((t) => t.end <= start || t.start >= end || CALENDAR_WORDS.has(foldWord(t.surface)))) return [];
    return splitAtLowerCase(tokens, start, end, s.type as EntityType).flatMap(([a, b]) =>
      splitLeadingPlace(text, tokens, { surface: text.slice(a, b), start: a, end: b, type: s.type as EntityType }),
    );
  });
  // Names after a title that the tagger left out, and (unless asked not to) the known
  // places and abbreviations it left out: the rule detector's mentions fill in.
  for (const r of rules) {
    if (!(r.afterTitle || (r.fromGazetteer && options.fillIn !== false)) || spans.some((m) => m.start < r.end && r.start < m.end)) continue;
    if (r.afterTitle && !looksLikeName(r.surface)) continue;
    spans.push({ surface: r.surface, start: r.start, end: r.end, type: r.type });
  }
  spans.sort((a, b) => a.start - b.start);
  return attachParenAliases(text, spans.map(splitParenAlias));
}

/**
 * Where a mention really starts: lower-case words the tagger took in front of a name are
 * dropped ("netral Ukraina", "timur Ukraina"), unless annotators keep them as the head of a
 * place or organisation ("kawasan Pantura", "pemerintah Irak"). Null when nothing is left.
 */
function leadTrimmed(tokens: readonly Token[], start: number, end: number): number | null {
  let k = tokens.findIndex((t) => t.start >= start);
  while (k >= 0 && k < tokens.length && tokens[k].end <= end && /^\p{Ll}/u.test(tokens[k].surface)) {
    const f = foldWord(tokens[k].surface);
    if (ORG_HEADS.has(f) || PLACE_HEADS.has(f) || LOWERCASE_NAME_HEADS.has(f)) return tokens[k].start;
    k++;
  }
  return k >= 0 && k < tokens.length && tokens[k].end <= end ? tokens[k].start : null;
}

// Lower-case words a place name may hold ("Bosnia dan Herzegovina", "Gaza selatan").
const PLACE_INNER_WORDS = new Set(['dan', 'utara', 'selatan', 'timur', 'barat', 'tengah', 'laut', 'daya', 'raya', 'de', 'del', 'la', 'am', 'of', 'the']);

/**
 * A person or place mention split at a lower-case word after a capitalised one that no
 * such name holds: "Rusia melawan Ukraina" is two places. Leading heads ("lokasi luapan
 * lumpur Lapindo"), name particles ("bin", "van", "al-") and the words of organisations
 * ("Kementerian Hukum dan HAM") stay. Returns [start, end] pieces.
 */
function splitAtLowerCase(tokens: readonly Token[], start: number, end: number, type: EntityType): [number, number][] {
  if (type !== 'PER' && type !== 'LOC') return [[start, end]];
  const pieces: [number, number][] = [];
  let open = -1;
  let last = -1;
  let capitalSeen = false;
  for (const t of tokens) {
    if (t.start < start || t.end > end) continue;
    const w = foldWord(t.surface);
    capitalSeen ||= isCapitalised(t.surface);
    const breaks = capitalSeen && /^\p{Ll}/u.test(t.surface) && !NAME_PARTICLES.has(w) && !/^(al|el|ad|ar|as|at|ash|bin|ibn|abu|van|von|de|da|di|du|le|la)-/u.test(w) && !(type === 'LOC' && PLACE_INNER_WORDS.has(w));
    if (breaks) {
      if (open >= 0) pieces.push([open, last]);
      open = -1;
      continue;
    }
    if (open < 0 && pieces.length > 0 && /^\p{Ll}/u.test(t.surface)) continue;
    if (open < 0) open = t.start;
    last = t.end;
  }
  // The last piece keeps the span's own end (a closing parenthesis after "(Korut").
  if (open >= 0) pieces.push([open, end]);
  return pieces;
}

/**
 * "Rusia Vladimir Putin", "Korut Kim Jong Un": a person span that opens with a known
 * place is a place followed by a person (the title before them was already left out).
 */
function splitLeadingPlace(text: string, tokens: readonly Token[], m: RawMention): RawMention[] {
  let inside = tokens.filter((t) => t.start >= m.start && t.end <= m.end);
  const first = foldWord(inside[0]?.surface ?? '');
  const isTitle = (w: string) => PERSON_TITLES.has(w) && !KEPT_TITLES.has(w);
  // Titles or office words before a known place, typed as a place or an organisation:
  // "Presiden Ukraina", "Presiden Rusia Vladimir", "Negeri Rusia" (of "Menteri Luar Negeri
  // Rusia"). They go, leaving the place and, after a place, a person ("Raja Ampat" stays).
  let cut = 0;
  if (m.type !== 'PER' && !ORG_HEADS.has(first) && !PLACE_HEADS.has(first) && (isTitle(first) || OFFICE_WORDS.has(first))) {
    const w = (t: Token) => foldWord(t.surface);
    const rest = inside.findIndex((t) => !PERSON_TITLES.has(w(t)) && !TITLE_CONTINUATION.has(w(t)) && !OFFICE_WORDS.has(w(t)));
    // An organisation keeps its name unless only the place is left ("Kabinet Indonesia Bersatu").
    if (rest > 0 && PLACE_KEYS.has(entityKey(inside[rest].surface)) && (m.type === 'LOC' || rest === inside.length - 1)) {
      m = { ...m, type: 'PER' };
      cut = rest;
    }
  }
  // After a title, a place followed by more capitalised words is a place and the title's
  // holder: "Presiden [Ukraina Volodymyr Zelensky]", "Juru bicara [Kremlin Dmitry Peskov]".
  if (m.type !== 'PER' && cut === 0 && inside.length > 1 && !PLACE_KEYS.has(entityKey(m.surface))) {
    const k = tokens.indexOf(inside[0]);
    const before = k > 0 ? foldWord(tokens[k - 1].surface) : '';
    const titled = isTitle(before) || TITLE_CONTINUATION.has(before);
    let n = Math.min(MAX_PLACE_TOKENS, inside.length - 1);
    while (n > 0 && !PLACE_KEYS.has(entityKey(text.slice(inside[0].start, inside[n - 1].end)))) n--;
    const rest = inside.slice(n);
    const nameWord = (t: Token) => {
      const w = foldWord(t.surface);
      return /^\p{Lu}\p{Ll}/u.test(t.surface) && !PLACE_KEYS.has(w) && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w) && !ORG_TAILS.has(w) && !OFFICE_WORDS.has(w) && !PLACE_INNER_WORDS.has(w);
    };
    if (n > 0 && titled && rest.every(nameWord)) m = { ...m, type: 'PER' };
  }
  if (m.type !== 'PER') return [m];
  // A title the tagger took into the name ("Presiden Zelensky") is not part of it.
  if (cut === 0 && isTitle(first) && !ORG_HEADS.has(first)) {
    cut = 1;
    while (cut < inside.length && (TITLE_CONTINUATION.has(foldWord(inside[cut].surface)) || PERSON_TITLES.has(foldWord(inside[cut].surface)))) cut++;
  }
  if (cut >= inside.length) return [];
  // The tail of an office's name the tagger took into the holder's name: "Perikanan Sharif
  // Cicip Sutardjo", "Badan Usaha Milik Negara Dahlan Iskan"; two name words stay at least.
  let office = cut;
  while (office < inside.length - 2 && OFFICE_WORDS.has(foldWord(inside[office].surface))) office++;
  if (office < inside.length - 1 && office > cut && isCapitalised(inside[office].surface)) cut = office;
  if (cut > 0) {
    inside = inside.slice(cut);
    m = { surface: text.slice(inside[0].start, m.end), start: inside[0].start, end: m.end, type: 'PER' };
  }
  if (inside.length === 1) {
    const abbr = ABBREVIATION_MAP.get(inside[0].surface);
    if (PLACE_KEYS.has(entityKey(inside[0].surface)) || abbr?.type === 'LOC') return [{ ...m, type: 'LOC' }];
  }
  for (let n = Math.min(MAX_PLACE_TOKENS, inside.length - 1); n >= 1; n--) {
    const head = inside.slice(0, n);
    const key = entityKey(text.slice(head[0].start, head[n - 1].end));
    if (PLACE_KEYS.has(key) || (n === 1 && ABBREVIATION_MAP.get(head[0].surface)?.type === 'LOC')) {
      const rest = inside[n];
      return [
        { surface: text.slice(m.start, head[n - 1].end), start: m.start, end: head[n - 1].end, type: 'LOC' },
        { surface: text.slice(rest.start, m.end), start: rest.start, end: m.end, type: 'PER' },
      ];
    }
  }
  return [m];
}

const unclosedParen = (s: string) => (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);

/** "Korea Utara (Korut)" as one mention: the long form, with Korut as its parenthetical alias. */
function splitParenAlias(m: RawMention): RawMention {
  const p = /^(.*\S)\s+\(([^()]{1,20})\)$/u.exec(m.surface);
  if (!p) return m;
  const aliasStart = m.start + m.surface.lastIndexOf('(') + 1;
  return { ...m, surface: m.surface, start: m.start, end: m.end, longForm: p[1], parenAlias: { surface: p[2], start: aliasStart, end: aliasStart + p[2].length } };
}

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
      else if (NAME_PARTICLES.has(next) && j + 2 < tokens.length && isNameToken(tokens[j + 2].surface) && gapIsSpace(text, tokens[j + 1], tokens[j + 2])) j += 2;
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
  const push = (a: number, b: number, type: EntityType, fromGazetteer = false) =>
    out.push({ surface: surfaceOf(a, b), start: tokens[a].start, end: tokens[b].end, type, ...(fromGazetteer ? { fromGazetteer } : {}) });

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
  const titleBefore = i > 0 && PERSON_TITLES.has(folded(i - 1)) && !ORG_HEADS.has(folded(i - 1)) && gapIsSpace(text, tokens[i - 1], tokens[i]);
  if (type === 'PER' && (personHint || titleBefore)) out.push({ surface: surfaceOf(i, j), start: tokens[i].start, end: tokens[j].end, type, afterTitle: true });
  else push(i, j, type);
}

/** "Korea Utara (Korut)": record Korut as the parenthetical alias of the mention before it. */
function attachParenAliases(text: string, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    const between = next ? text.slice(m.end, next.start) : '';
    if (next && /^\s*\($/.test(between) && text[next.end] === ')' && !next.surface.includes(' ') && !m.parenAlias) {
      // One mention spanning "Korea Utara (Korut)", as annotators mark it.
      out.push({ ...m, surface: text.slice(m.start, next.end + 1), end: next.end + 1, longForm: m.surface, parenAlias: { surface: next.surface, start: next.start, end: next.end }, parenSeparate: true });
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The spans a mention covers as an annotator marks them: "Joko Widodo (Jokowi)", where the
 * tagger saw two mentions, is two spans; "Komisi Pemilihan Umum (KPU)" is one. For
 * evaluation against annotated data; counting treats both as one mention.
 */
export function annotatedSpans(m: RawMention): { start: number; end: number; type: EntityType }[] {
  if (!m.parenSeparate || !m.parenAlias || m.longForm === undefined) return [{ start: m.start, end: m.end, type: m.type }];
  return [
    { start: m.start, end: m.start + m.longForm.length, type: m.type },
    { start: m.parenAlias.start, end: m.parenAlias.end, type: m.type },
  ];
}
