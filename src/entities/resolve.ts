/**
 * Resolve mentions into entities across the corpus.
 *
 * Aliases, strongest first:
 * 1. user aliases (`--aliases FILE`), which override everything;
 * 2. parenthetical definitions "Korea Utara (Korut)" checked with Schwartz & Hearst
 *    (the alias right after its long form is one mention, not two);
 * 3. the built-in abbreviation list (AS = Amerika Serikat, Korut = Korea Utara);
 * 4. a lone surname or given name linked to the one full name in the same document
 *    that contains it, else to the one in the corpus ("Putin" -> "Vladimir Putin");
 *    ambiguous ones ("Kim" beside Kim Jong Un and Kim Jong-gyu) stay unlinked.
 * Keys fold accents and treat hyphens as spaces, so "Kim Jong-un" = "Kim Jong Un" and
 * "António" = "Antonio", while "Kim Jong-gyu" stays a different person.
 */
import { U32Builder } from '../growable.js';
import type { DayRange } from '../dates/date-range.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { type CorpusIndex, paragraphAt, unitText } from '../search-index/corpus-index.js';
import { isAbbreviationOf } from './abbreviation.js';
import { type DetectedMentions, detectOnThisThread } from './detect-corpus.js';
import { MENTION_TYPES } from './mention-codec.js';
import { columnsOfMentions, type MentionColumns } from './mention-columns.js';
import { ABBREVIATION_MAP, entityKey, NAME_VARIANTS, PLACE_KEYS, type EntityType } from './gazetteer.js';
import { PLACE_HEADS } from '../lang/id/titles.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';

export interface Entity {
  readonly name: string;
  readonly type: EntityType;
  /** Other surface forms seen for this entity, most frequent first. */
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly documents: number;
}

export interface Occurrence {
  readonly entity: string;
  readonly type: EntityType;
  readonly text: string;
  readonly document: string;
  readonly paragraph: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface EntityTable {
  readonly entities: readonly Entity[];
  readonly occurrences: readonly Occurrence[];
  /** Paragraph units mentioning each entity, by canonical name. */
  readonly unitsByEntity: ReadonlyMap<string, Uint32Array>;
  /** Any alias key -> canonical name. */
  readonly nameOfKey: ReadonlyMap<string, string>;
}

/** User aliases: canonical name -> alias surface forms. */
export type UserAliases = Readonly<Record<string, readonly string[]>>;

export interface ResolveOptions {
  aliases?: UserAliases;
  /** Only mentions in articles dated inside this range (--since/--until). */
  dates?: DayRange | null;
  /** Documents to leave out (1 = out): the copies `--dedupe` folds. */
  skipDocs?: Uint8Array | null;
}

const TYPE_PRIORITY: Record<EntityType, number> = { PER: 3, ORG: 2, LOC: 4, MISC: 1 };
const PER = MENTION_TYPES.indexOf('PER');
const ORG = MENTION_TYPES.indexOf('ORG');
const LOC = MENTION_TYPES.indexOf('LOC');
const MISC = MENTION_TYPES.indexOf('MISC');

/**
 * Resolve every detected mention of the corpus into entities (detected on this thread unless
 * given). Work that depends only on a string (its key, its place pieces) is done once per
 * distinct string; per mention only ids move, in typed arrays.
 */
export function resolveEntities(
  index: CorpusIndex,
  options: ResolveOptions = {},
  detected: DetectedMentions | MentionColumns = detectOnThisThread(index),
): EntityTable {
  const cols = 'strings' in detected ? detected : columnsOfMentions(detected, (u) => unitText(index, u));
  const alias = new Map<string, string>(); // key -> target key
  const user = new Map<string, string>();
  for (const [name, forms] of Object.entries(options.aliases ?? {})) {
    const target = entityKey(name);
    for (const f of [name, ...forms]) user.set(entityKey(f), target);
  }
  for (const [short, { long, type }] of ABBREVIATION_MAP) if (type) alias.set(entityKey(short), entityKey(long));
  for (const group of NAME_VARIANTS) for (const v of group.slice(1)) alias.set(entityKey(v), entityKey(group[0]));

  // Strings (the columns' and place pieces cut from them) and their keys, each computed once.
  const strings = cols.strings.slice();
  const keyOfString: number[] = new Array(strings.length).fill(-1);
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const keyOf = (sid: number): number => {
    let k = keyOfString[sid];
    if (k < 0) {
      const key = entityKey(strings[sid]);
      k = keyIds.get(key) ?? -1;
      if (k < 0) {
        k = keys.length;
        keys.push(key);
        keyIds.set(key, k);
      }
      keyOfString[sid] = k;
    }
    return k;
  };
  const addString = (s: string): number => {
    strings.push(s);
    keyOfString.push(-1);
    return strings.length - 1;
  };
  const piecesOf = new Map<number, { sid: number; from: number; to: number }[] | null>();
  const abbreviates = new Map<number, boolean>();

  // What each mention counts as ("found"): its unit, type, key, the surface shown for its
  // entity, the text and offsets of its occurrence.
  const fUnit = new U32Builder();
  const fType = new U32Builder();
  const fKey = new U32Builder();
  const fShow = new U32Builder();
  const fText = new U32Builder();
  const fStart = new U32Builder();
  const fEnd = new U32Builder();
  const push = (u: number, type: number, key: number, show: number, text: number, start: number, end: number) => {
    fUnit.push(u);
    fType.push(type);
    fKey.push(key);
    fShow.push(show);
    fText.push(text);
    fStart.push(start);
    fEnd.push(end);
  };
  const seenAliasSurfaces = new Map<string, Map<string, number>>();
  const keep = keptDocuments(index, options.dates, options.skipDocs);
  for (let i = 0; i < cols.count; i++) {
    const u = cols.units[i];
    if (keep && !keep(index.docOf[u])) continue;
    const type = cols.kinds[i] & 3;
    const surf = cols.surfaces[i];
    const long = cols.longForms[i];
    const aliasId = cols.aliases[i];
    if (aliasId < 0 && type === LOC) {
      let pieces = piecesOf.get(surf);
      if (pieces === undefined) {
        const cut = placePieces(strings[surf]);
        pieces = cut ? cut.map(([from, to]) => ({ sid: addString(strings[surf].slice(from, to)), from, to })) : null;
        piecesOf.set(surf, pieces);
      }
      if (!pieces) push(u, type, keyOf(surf), long >= 0 ? long : surf, surf, cols.starts[i], cols.ends[i]);
      else
        for (const p of pieces)
          push(u, type, keyOf(p.sid), long >= 0 ? long : p.sid, p.sid, cols.starts[i] + p.from, cols.starts[i] + p.to);
      continue;
    }
    const named = long >= 0 ? long : surf;
    const k = keyOf(named);
    push(u, type, k, named, surf, cols.starts[i], cols.ends[i]);
    if (aliasId >= 0) {
      const short = strings[aliasId];
      const key = keys[k];
      const builtin = ABBREVIATION_MAP.get(short);
      const pair = aliasId * cols.strings.length + named;
      let abbr = abbreviates.get(pair);
      if (abbr === undefined) abbreviates.set(pair, (abbr = isAbbreviationOf(short, strings[named])));
      const shortKey = keys[keyOf(aliasId)];
      // An organisation's translated name keeps its original acronym: "Pengadilan Kriminal
      // Internasional (ICC)", "Kantor Berita Pusat Korea (KCNA)".
      // Not when the acronym holds the long form's initials in order: then it names a larger body
      // ("Partai Golkar (GMPG)" of "Gerakan Muda Partai Golkar").
      const translated = type === ORG && !builtin && /^\p{Lu}{2,6}$/u.test(short) && !holdsInitials(short, strings[named]);
      if (abbr || translated || (builtin && entityKey(builtin.long) === key)) {
        // The built-in list and the first definition win: "Korsel" stays Korea Selatan.
        if (!alias.has(shortKey)) alias.set(shortKey, key);
        // Shown as an alias only of what it stands for: not "Korsel" under "Badan Intelijen
        // Nasional Korea Selatan (Korsel)".
        if (alias.get(shortKey) === key) bump(seenAliasSurfaces, key, short);
      } else {
        // Not an alias of the long form ("Yoon (Korsel)" is a nationality tag): its own mention.
        push(u, type === PER ? LOC : type, keyOf(aliasId), aliasId, aliasId, cols.aliasStarts[i], cols.aliasEnds[i]);
      }
    }
  }
  const found = fUnit.length;
  const units = fUnit.finish();
  const types = fType.finish();
  const foundKeys = fKey.finish();
  const shows = fShow.finish();

  // "Partai Golkar" and "Golkar" are one party: the name alone aliases the full name.
  for (let i = 0; i < found; i++) {
    const key = keys[foundKeys[i]];
    if (types[i] !== ORG || !key.startsWith('partai ')) continue;
    const rest = key.slice('partai '.length);
    if (keyIds.has(rest) && !alias.has(rest) && !user.has(rest)) alias.set(rest, key);
  }

  // Full multi-word person names by their first and last word, corpus-wide and (below)
  // per document, for surname linking (maps, so linking stays linear in the mentions).
  const nameWords = (key: string): string[] => {
    const parts = key.split(' ');
    const last = parts[parts.length - 1];
    return parts[0] === last ? [last] : [parts[0], last];
  };
  const addName = (map: Map<string, Set<string>>, w: string, name: string) => {
    let set = map.get(w);
    if (!set) map.set(w, (set = new Set()));
    set.add(name);
  };
  const isFullName = (i: number) => types[i] === PER && keys[foundKeys[i]].includes(' ');
  const byWordAll = new Map<string, Set<string>>();
  const addedAll = new Set<number>();
  for (let i = 0; i < found; i++) {
    if (!isFullName(i) || addedAll.has(foundKeys[i])) continue;
    addedAll.add(foundKeys[i]);
    for (const w of nameWords(keys[foundKeys[i]])) addName(byWordAll, w, keys[foundKeys[i]]);
  }
  let byWordInDoc = new Map<string, Set<string>>();
  const canonicalKey = (i: number): string => {
    const key = keys[foundKeys[i]];
    const own = user.get(key);
    if (own !== undefined) return own;
    let k = alias.get(key) ?? key;
    if (!k.includes(' ') && !PLACE_KEYS.has(k) && !alias.has(key)) {
      // Within its document a lone name word links whatever type the tagger gave it
      // ("Putin" tagged ORG beside "Vladimir Putin"); across the corpus only as a person.
      const inDoc = byWordInDoc.get(k);
      const person = types[i] === PER || types[i] === MISC;
      const cands = inDoc?.size ? inDoc : person ? byWordAll.get(k) : undefined;
      if (cands?.size === 1) k = cands.values().next().value as string;
    }
    return user.get(k) ?? k;
  };

  interface Agg {
    readonly key: string;
    readonly surfaces: Map<string, number>;
    readonly types: number[];
    docs: number;
    lastDoc: number;
    readonly units: number[];
    mentions: number;
  }
  const groups: Agg[] = [];
  const groupOfKey = new Map<string, number>();
  const groupOf = new Uint32Array(found);
  // Units ascend, so a document's mentions are one run: its names are gathered first,
  // then each of its mentions is linked and counted.
  for (let a = 0; a < found; ) {
    const doc = index.docOf[units[a]];
    let b = a;
    while (b < found && index.docOf[units[b]] === doc) b++;
    byWordInDoc = new Map();
    for (let i = a; i < b; i++)
      if (isFullName(i)) for (const w of nameWords(keys[foundKeys[i]])) addName(byWordInDoc, w, keys[foundKeys[i]]);
    for (let i = a; i < b; i++) {
      const key = canonicalKey(i);
      let gi = groupOfKey.get(key);
      if (gi === undefined) {
        gi = groups.length;
        groupOfKey.set(key, gi);
        groups.push({ key, surfaces: new Map(), types: [0, 0, 0, 0], docs: 0, lastDoc: -1, units: [], mentions: 0 });
      }
      groupOf[i] = gi;
      const g = groups[gi];
      const surface = strings[shows[i]];
      g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + 1);
      g.types[types[i]]++;
      if (g.lastDoc !== doc) {
        g.docs++;
        g.lastDoc = doc;
      }
      if (g.units[g.units.length - 1] !== units[i]) g.units.push(units[i]);
      g.mentions++;
    }
    a = b;
  }

  const builtinLong = new Map([...ABBREVIATION_MAP.values()].map((v) => [entityKey(v.long), v.long]));
  const userNames = new Map(Object.keys(options.aliases ?? {}).map((n) => [entityKey(n), n]));
  const entities: Entity[] = [];
  const nameOfKey = new Map<string, string>();
  const unitsByEntity = new Map<string, Uint32Array>();
  const nameByKey = new Map<string, string>();
  for (const g of groups) {
    const { key } = g;
    const surfaces = [...g.surfaces.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const keyed = surfaces.filter(([s]) => entityKey(s) === key);
    const name = userNames.get(key) ?? keyed[0]?.[0] ?? builtinLong.get(key) ?? surfaces[0][0];
    const type = MENTION_TYPES.filter((_, t) => g.types[t] > 0).sort(
      (a, b) => g.types[MENTION_TYPES.indexOf(b)] - g.types[MENTION_TYPES.indexOf(a)] || TYPE_PRIORITY[b] - TYPE_PRIORITY[a],
    )[0];
    const aliasSet = new Map<string, number>();
    for (const [s, n] of surfaces) if (s !== name) aliasSet.set(s, n);
    for (const [s, n] of seenAliasSurfaces.get(key) ?? []) if (s !== name) aliasSet.set(s, (aliasSet.get(s) ?? 0) + n);
    const aliases = [...aliasSet.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    entities.push({ name, type, aliases, mentions: g.mentions, documents: g.docs });
    nameByKey.set(key, name);
    unitsByEntity.set(name, Uint32Array.from(g.units).sort());
    nameOfKey.set(key, name);
    for (const a of aliases) if (!nameOfKey.has(entityKey(a))) nameOfKey.set(entityKey(a), name);
  }
  for (const [k, target] of alias) if (nameByKey.has(target) && !nameOfKey.has(k)) nameOfKey.set(k, nameByKey.get(target)!);
  entities.sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.name.localeCompare(b.name));

  // Every mention as a record, built only when asked for (--occurrences, es-bulk): a
  // corpus of a million mentions need not hold a million more objects to list its entities.
  const occurrencesOf = (): Occurrence[] => {
    const texts = fText.finish();
    const starts = fStart.finish();
    const ends = fEnd.finish();
    const out: Occurrence[] = new Array(found);
    for (let i = 0; i < found; i++) {
      const { doc, paragraph } = paragraphAt(index, units[i]);
      out[i] = {
        entity: nameByKey.get(groups[groupOf[i]].key)!,
        type: MENTION_TYPES[types[i]],
        text: strings[texts[i]],
        document: doc.id,
        paragraph: paragraph.index,
        line: paragraph.line,
        start: starts[i],
        end: ends[i],
      };
    }
    return out;
  };
  let occurrences: Occurrence[] | null = null;
  return {
    entities,
    get occurrences() {
      return (occurrences ??= occurrencesOf());
    },
    unitsByEntity,
    nameOfKey,
  };
}

function bump(map: Map<string, Map<string, number>>, key: string, surface: string): void {
  if (!map.has(key)) map.set(key, new Map());
  const m = map.get(key)!;
  m.set(surface, (m.get(surface) ?? 0) + 1);
}

/**
 * The places a place mention counts as: "Ibu Kota Ukraina" and "Provinsi Kaluga" count for
 * Ukraina and Kaluga (the head words go when a known place is left), and "Kursk Rusia"
 * for both Kursk and Rusia: the [from, to) ranges of the surface, or null when it counts
 * as itself.
 */
function placePieces(surface: string): [number, number][] | null {
  const tokens = tokenize(surface);
  const keyOf = (a: number, b: number) => entityKey(surface.slice(tokens[a].start, tokens[b - 1].end));
  const piece = (a: number, b: number): [number, number] => [tokens[a].start, tokens[b - 1].end];
  let from = 0;
  while (from < tokens.length - 1 && PLACE_HEADS.has(foldWord(tokens[from].surface))) from++;
  if (from > 0 && PLACE_KEYS.has(keyOf(from, tokens.length))) return [piece(from, tokens.length)];
  if (tokens.length < 2 || PLACE_KEYS.has(keyOf(0, tokens.length))) return null;
  for (let k = 1; k < tokens.length; k++) {
    if (PLACE_KEYS.has(keyOf(0, k)) && PLACE_KEYS.has(keyOf(k, tokens.length))) return [piece(0, k), piece(k, tokens.length)];
  }
  return null;
}

/** The initials of `long`'s capitalised words appear in `short`, in order ("GMPG" holds P, G of "Partai Golkar"). */
function holdsInitials(short: string, long: string): boolean {
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]);
  let k = 0;
  for (const c of short) if (k < initials.length && c === initials[k]) k++;
  return initials.length > 0 && k === initials.length;
}
