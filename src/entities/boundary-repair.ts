/**
 * Repair the boundaries of the tagger's spans: lower-case words taken in front of a name
 * go, a span is split where a lower-case word no name holds joins two names ("Rusia
 * melawan Ukraina"), a title or a leading place is split off a person ("Presiden
 * Rusia Vladimir Putin" -> Rusia, Vladimir Putin), and a known organisation is typed ORG
 * and split off the person after it.
 */
import type { Token } from '../model.js';
import { KEPT_TITLES, NAME_PARTICLES, ORG_TAILS, PLACE_INNER_WORDS, TITLE_CONTINUATION } from '../lang/id/name-words.js';
import { LOWERCASE_NAME_HEADS, OFFICE_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS } from '../lang/id/titles.js';
import { STOPWORDS } from '../lang/id/stopwords.js';
import { foldWord } from '../text/fold.js';
import { isSentenceInitial } from '../text/sentences.js';
import { isCapitalised } from '../text/tokenize.js';
import { ABBREVIATION_MAP, entityKey, MAX_PLACE_TOKENS, PLACE_KEYS, type EntityType } from './gazetteer.js';
import { capitalisationOf } from './clusters.js';
import type { RawMention } from './mention.js';
import { tokenRange } from './name-tokens.js';
import { knownOrganisationRun, personRest } from './rule-detector.js';

/**
 * Where a mention really starts: lower-case words the tagger took in front of a name are
 * dropped ("netral Ukraina", "timur Ukraina"), unless annotators keep them as the head of a
 * place or organisation ("kawasan Pantura", "pemerintah Irak"), and so does a sentence's
 * capitalised first word that news otherwise writes in lower case ("Nasib Vocativ"). Null
 * when nothing is left.
 */
export function leadTrimmed(text: string, tokens: readonly Token[], start: number, end: number): number | null {
  let k = tokens.findIndex((t) => t.start >= start);
  while (k >= 0 && k < tokens.length && tokens[k].end <= end && /^\p{Ll}/u.test(tokens[k].surface)) {
    const f = foldWord(tokens[k].surface);
    if (ORG_HEADS.has(f) || PLACE_HEADS.has(f) || LOWERCASE_NAME_HEADS.has(f)) return tokens[k].start;
    k++;
  }
  if (k < 0 || k >= tokens.length || tokens[k].end > end) return null;
  // A sentence's first word that news otherwise writes in lower case ("Nasib Vocativ").
  const f = foldWord(tokens[k].surface);
  const common = capitalisationOf(f) === 'R' || capitalisationOf(f) === 'N';
  if (
    common &&
    isSentenceInitial(text, tokens[k].start) &&
    !ORG_HEADS.has(f) &&
    !PLACE_HEADS.has(f) &&
    k + 1 < tokens.length &&
    tokens[k + 1].end <= end
  )
    k++;
  return tokens[k].start;
}

/**
 * A person or place mention split at a lower-case word after a capitalised one that no
 * such name holds: "Rusia melawan Ukraina" is two places. Leading heads ("lokasi luapan
 * lumpur Lapindo"), name particles ("bin", "van", "al-") and the words of organisations
 * ("Kementerian Hukum dan HAM") stay. Returns [start, end] pieces.
 */
export function splitAtLowerCase(tokens: readonly Token[], start: number, end: number, type: EntityType): [number, number][] {
  if (type === 'ORG') return splitOrganisationAtFunctionWord(tokens, start, end);
  if (type !== 'PER' && type !== 'LOC') return [[start, end]];
  const pieces: [number, number][] = [];
  let open = -1;
  let last = -1;
  let capitalSeen = false;
  for (const t of tokens) {
    if (t.start < start || t.end > end) continue;
    const w = foldWord(t.surface);
    capitalSeen ||= isCapitalised(t.surface);
    const breaks =
      capitalSeen &&
      /^\p{Ll}/u.test(t.surface) &&
      !NAME_PARTICLES.has(w) &&
      !/^(al|el|ad|ar|as|at|ash|bin|ibn|abu|van|von|de|da|di|du|le|la)-/u.test(w) &&
      !(type === 'LOC' && PLACE_INNER_WORDS.has(w));
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

/** Lower-case words inside organisations' names ("Kementerian Hukum dan HAM", "Bank of America"). */
const ORG_CONNECTORS = new Set([
  'dan',
  'untuk',
  'terhadap',
  'bagi',
  'of',
  'for',
  'and',
  'the',
  'de',
  'di',
  'del',
  'des',
  'la',
  'le',
  'van',
  'von',
  'al',
]);

/**
 * An organisation span split where a function word no organisation's name holds joins two
 * names ("Putin sejak Pengadilan Kriminal Internasional"); connectors stay.
 */
function splitOrganisationAtFunctionWord(tokens: readonly Token[], start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let open = -1;
  let last = -1;
  for (const t of tokens) {
    if (t.start < start || t.end > end) continue;
    const w = foldWord(t.surface);
    if (open >= 0 && /^\p{Ll}/u.test(t.surface) && STOPWORDS.has(w) && !ORG_CONNECTORS.has(w)) {
      pieces.push([open, last]);
      open = -1;
      continue;
    }
    if (open < 0) open = t.start;
    last = t.end;
  }
  if (open >= 0) pieces.push([open, end]);
  return pieces;
}

/**
 * "Rusia Vladimir Putin", "Korut Kim Jong Un": a person span that opens with a known
 * place is a place followed by a person (the title before them was already left out).
 */
export function splitLeadingPlace(text: string, tokens: readonly Token[], m: RawMention): RawMention[] {
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
    // "Menteri Luar Negeri Rusia Sergei Lavrov" taken as one organisation: a place and a person follow the title.
    const k = tokens.indexOf(inside[0]);
    const personAfter = rest > 0 && personRest(tokens, k + rest + 1, k + inside.length - 1);
    if (rest > 0 && PLACE_KEYS.has(entityKey(inside[rest].surface)) && (m.type === 'LOC' || rest === inside.length - 1 || personAfter)) {
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
      return (
        /^\p{Lu}\p{Ll}/u.test(t.surface) &&
        !PLACE_KEYS.has(w) &&
        !ORG_HEADS.has(w) &&
        !PLACE_HEADS.has(w) &&
        !ORG_TAILS.has(w) &&
        !OFFICE_WORDS.has(w) &&
        !PLACE_INNER_WORDS.has(w)
      );
    };
    if (n > 0 && titled && rest.every(nameWord)) m = { ...m, type: 'PER' };
  }
  if (m.type !== 'PER') return [m];
  // A title the tagger took into the name ("Presiden Zelensky") is not part of it.
  if (cut === 0 && isTitle(first) && !ORG_HEADS.has(first)) {
    cut = 1;
    while (
      cut < inside.length &&
      (TITLE_CONTINUATION.has(foldWord(inside[cut].surface)) || PERSON_TITLES.has(foldWord(inside[cut].surface)))
    )
      cut++;
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

/**
 * A span that is a known organisation is typed ORG ("Telkomsel" the tagger called a place);
 * one that opens with a known organisation followed by a person's name is split in two
 * ("Kementerian BUMN Aloysius Kiik Ro" -> Kementerian BUMN, Aloysius Kiik Ro).
 */
export function splitKnownOrganisation(text: string, tokens: readonly Token[], m: RawMention): RawMention[] {
  const [a, b] = tokenRange(tokens, m);
  if (a < 0 || tokens[b].end > m.end) return [m];
  const n = knownOrganisationRun(text, tokens, a, b);
  if (n === 0) return [m];
  const orgEnd = a + n - 1 === b ? m.end : tokens[a + n - 1].end;
  const org: RawMention = { surface: text.slice(m.start, orgEnd), start: m.start, end: orgEnd, type: 'ORG' };
  if (a + n - 1 === b) return [org];
  if (!personRest(tokens, a + n, b)) return [m];
  const rest = tokens[a + n].start;
  return [org, { surface: text.slice(rest, m.end), start: rest, end: m.end, type: 'PER' }];
}

/** An organisation-looking word: an acronym ("CPB"), a word with a capital inside ("ViuGraph"), or a known organisation (also a shared name). */
function looksLikeOrganisation(text: string, tokens: readonly Token[], k: number): number {
  const known = knownOrganisationRun(text, tokens, k, tokens.length - 1, true);
  if (known > 0) return known;
  const s = tokens[k].surface;
  return /^\p{Lu}{2,}$/u.test(s) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(s) ? 1 : 0;
}

/**
 * After a title, an organisation and its officer run together: "CEO [AnyMind Kosuke Sogo]",
 * "petinggi [Arsenal Stan Kroenke]", "Direktur Utama [Perum Peruri Prasetio]", "Analis
 * [Binaartha Sekuritas Reza Priyambada]". When a span after a title (or opening with one)
 * starts with an organisation-looking word, an organisation head or ends its first part with
 * an organisation tail, and two name words or a single one after a head follow, it is split.
 */
export function splitTitledOrganisation(text: string, tokens: readonly Token[], m: RawMention): RawMention[] {
  if (m.type !== 'PER' && m.type !== 'ORG') return [m];
  let [a, b] = tokenRange(tokens, m);
  if (a < 0 || b - a < 1) return [m];
  const w = (k: number) => foldWord(tokens[k].surface);
  const titleWord = (k: number) => PERSON_TITLES.has(w(k)) && !ORG_HEADS.has(w(k));
  let titled = a > 0 && (titleWord(a - 1) || TITLE_CONTINUATION.has(w(a - 1)) || /^(petinggi|analis|bos)$/.test(w(a - 1)));
  while (a < b && (titleWord(a) || /^(analis|petinggi)$/.test(w(a)))) {
    a++;
    titled = true;
  }
  if (!titled) return [m];
  let org = looksLikeOrganisation(text, tokens, a);
  if (org === 0 && ORG_HEADS.has(w(a)) && a + 1 < b) org = 2;
  if (org === 0) for (let k = a + 1; k < b; k++) if (ORG_TAILS.has(w(k)) || w(k) === 'sekuritas') org = k - a + 1;
  const rest = b - (a + org) + 1;
  if (org === 0 || rest < 1 || (rest === 1 && !ORG_HEADS.has(w(a)))) return [m];
  // One name word after a head must be one that news always capitalises ("Prasetio", not "Pemilu").
  const oneName = rest === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[b].surface) && ['A', undefined].includes(capitalisationOf(w(b)));
  if (!personRest(tokens, a + org, b) && !oneName) return [m];
  const orgEnd = tokens[a + org - 1].end;
  const person = tokens[a + org].start;
  return [
    { surface: text.slice(tokens[a].start, orgEnd), start: tokens[a].start, end: orgEnd, type: 'ORG' },
    { surface: text.slice(person, m.end), start: person, end: m.end, type: 'PER' },
  ];
}

/**
 * Two organisations joined by "dan" that the tagger took as one ("Barcelona dan Paris Saint
 * Germain"): split when the words before "dan" are a known organisation and those after it
 * start with one. Names that hold "dan" ("Kementerian Hukum dan HAM") stay whole.
 */
export function splitJoinedOrganisations(text: string, tokens: readonly Token[], m: RawMention): RawMention[] {
  if (m.type !== 'ORG') return [m];
  const [a, b] = tokenRange(tokens, m);
  for (let k = a + 1; k < b; k++) {
    // The words before "dan" are one known name, exactly; a known name starts after it.
    if (tokens[k].surface !== 'dan' || knownOrganisationRun(text, tokens, a, k - 1, true) !== k - a) continue;
    if (knownOrganisationRun(text, tokens, k + 1, b, true) === 0) continue;
    const left = tokens[k - 1].end;
    const right = tokens[k + 1].start;
    return [
      { surface: text.slice(m.start, left), start: m.start, end: left, type: 'ORG' },
      { surface: text.slice(right, m.end), start: right, end: m.end, type: 'ORG' },
    ];
  }
  return [m];
}
