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
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { isAbbreviationOf } from './abbreviation.js';
import { type DetectedMentions, detectOnThisThread } from './detect-corpus.js';
import type { RawMention } from './mention.js';
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
}

interface Found {
  readonly u: number;
  readonly m: RawMention;
  readonly key: string;
}

const TYPE_PRIORITY: Record<EntityType, number> = { PER: 3, ORG: 2, LOC: 4, MISC: 1 };

/** Resolve every detected mention of the corpus into entities (detected on this thread unless given). */
export function resolveEntities(
  index: CorpusIndex,
  options: ResolveOptions = {},
  detected: DetectedMentions = detectOnThisThread(index),
): EntityTable {
  const found: Found[] = [];
  const alias = new Map<string, string>(); // key -> target key
  const user = new Map<string, string>();
  for (const [name, forms] of Object.entries(options.aliases ?? {})) {
    const target = entityKey(name);
    for (const f of [name, ...forms]) user.set(entityKey(f), target);
  }
  for (const [short, { long, type }] of ABBREVIATION_MAP) if (type) alias.set(entityKey(short), entityKey(long));
  for (const group of NAME_VARIANTS) for (const v of group.slice(1)) alias.set(entityKey(v), entityKey(group[0]));

  const seenAliasSurfaces = new Map<string, Map<string, number>>();
  for (let i = 0; i < detected.mentions.length; i++) {
    const u = detected.units[i];
    const m = detected.mentions[i];
    if (!m.parenAlias && m.type === 'LOC') {
      for (const piece of placePieces(m)) found.push({ u, m: piece, key: entityKey(piece.surface) });
      continue;
    }
    const key = entityKey(m.longForm ?? m.surface);
    found.push({ u, m, key });
    if (m.parenAlias) {
      const short = m.parenAlias.surface;
      const builtin = ABBREVIATION_MAP.get(short);
      if (isAbbreviationOf(short, m.longForm ?? m.surface) || (builtin && entityKey(builtin.long) === key)) {
        // The built-in list and the first definition win: "Korsel" stays Korea Selatan.
        if (!alias.has(entityKey(short))) alias.set(entityKey(short), key);
        // Shown as an alias only of what it stands for: not "Korsel" under "Badan Intelijen
        // Nasional Korea Selatan (Korsel)".
        if (alias.get(entityKey(short)) === key) bump(seenAliasSurfaces, key, short);
      } else {
        // Not an alias of the long form ("Yoon (Korsel)" is a nationality tag): its own mention.
        found.push({
          u,
          m: { surface: short, start: m.parenAlias.start, end: m.parenAlias.end, type: m.type === 'PER' ? 'LOC' : m.type },
          key: entityKey(short),
        });
      }
    }
  }

  // Full multi-word person names by their first and last word, per document and corpus-wide,
  // for surname linking (maps, so linking stays linear in the number of mentions).
  const byWordInDoc = new Map<string, Set<string>>(); // `${doc}\u0000${word}` -> full names
  const byWordAll = new Map<string, Set<string>>();
  const addName = (map: Map<string, Set<string>>, k: string, name: string) => {
    if (!map.has(k)) map.set(k, new Set());
    map.get(k)!.add(name);
  };
  for (const f of found) {
    if (f.m.type === 'PER' && f.key.includes(' ')) {
      const parts = f.key.split(' ');
      for (const w of new Set([parts[0], parts[parts.length - 1]])) {
        addName(byWordInDoc, `${index.docOf[f.u]}\u0000${w}`, f.key);
        addName(byWordAll, w, f.key);
      }
    }
  }
  const canonicalKey = (f: Found): string => {
    if (user.has(f.key)) return user.get(f.key)!;
    let k = alias.get(f.key) ?? f.key;
    if (!k.includes(' ') && !PLACE_KEYS.has(k) && !alias.has(f.key)) {
      // Within its document a lone name word links whatever type the tagger gave it
      // ("Putin" tagged ORG beside "Vladimir Putin"); across the corpus only as a person.
      const inDoc = byWordInDoc.get(`${index.docOf[f.u]}\u0000${k}`);
      const person = f.m.type === 'PER' || f.m.type === 'MISC';
      const cands = inDoc?.size ? inDoc : person ? byWordAll.get(k) : undefined;
      if (cands?.size === 1) k = [...cands][0];
    }
    return user.get(k) ?? k;
  };

  interface Agg {
    surfaces: Map<string, number>;
    types: Map<EntityType, number>;
    docs: Set<number>;
    units: number[];
    mentions: number;
  }
  const groups = new Map<string, Agg>();
  const perMention: { f: Found; key: string }[] = [];
  for (const f of found) {
    const key = canonicalKey(f);
    perMention.push({ f, key });
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { surfaces: new Map(), types: new Map(), docs: new Set(), units: [], mentions: 0 }));
    const surface = f.m.longForm ?? f.m.surface;
    g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + 1);
    g.types.set(f.m.type, (g.types.get(f.m.type) ?? 0) + 1);
    g.docs.add(index.docOf[f.u]);
    if (g.units[g.units.length - 1] !== f.u) g.units.push(f.u);
    g.mentions++;
  }

  const builtinLong = new Map([...ABBREVIATION_MAP.values()].map((v) => [entityKey(v.long), v.long]));
  const userNames = new Map(Object.keys(options.aliases ?? {}).map((n) => [entityKey(n), n]));
  const entities: Entity[] = [];
  const nameOfKey = new Map<string, string>();
  const unitsByEntity = new Map<string, Uint32Array>();
  const nameByKey = new Map<string, string>();
  for (const [key, g] of groups) {
    const surfaces = [...g.surfaces.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const keyed = surfaces.filter(([s]) => entityKey(s) === key);
    const name = userNames.get(key) ?? keyed[0]?.[0] ?? builtinLong.get(key) ?? surfaces[0][0];
    const type = [...g.types.entries()].sort((a, b) => b[1] - a[1] || TYPE_PRIORITY[b[0]] - TYPE_PRIORITY[a[0]])[0][0];
    const aliasSet = new Map<string, number>();
    for (const [s, n] of surfaces) if (s !== name) aliasSet.set(s, n);
    for (const [s, n] of seenAliasSurfaces.get(key) ?? []) if (s !== name) aliasSet.set(s, (aliasSet.get(s) ?? 0) + n);
    const aliases = [...aliasSet.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    entities.push({ name, type, aliases, mentions: g.mentions, documents: g.docs.size });
    nameByKey.set(key, name);
    unitsByEntity.set(name, Uint32Array.from(g.units).sort());
    nameOfKey.set(key, name);
    for (const a of aliases) if (!nameOfKey.has(entityKey(a))) nameOfKey.set(entityKey(a), name);
  }
  for (const [k, target] of alias) if (nameByKey.has(target) && !nameOfKey.has(k)) nameOfKey.set(k, nameByKey.get(target)!);
  entities.sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.name.localeCompare(b.name));

  // Every mention as a record, built only when asked for (--occurrences, es-bulk): a
  // corpus of a million mentions need not hold a million more objects to list its entities.
  const occurrencesOf = (): Occurrence[] =>
    perMention.map(({ f, key }) => {
      const doc = index.documents[index.docOf[f.u]];
      const p = doc.paragraphs[index.paraOf[f.u]];
      return {
        entity: nameByKey.get(key)!,
        type: f.m.type,
        text: f.m.surface,
        document: doc.id,
        paragraph: p.index,
        line: p.line,
        start: f.m.start,
        end: f.m.end,
      };
    });
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
 * for both Kursk and Rusia. Anything else counts as itself.
 */
function placePieces(m: RawMention): RawMention[] {
  const tokens = tokenize(m.surface);
  const keyOf = (a: number, b: number) => entityKey(m.surface.slice(tokens[a].start, tokens[b - 1].end));
  const piece = (a: number, b: number): RawMention => ({
    ...m,
    surface: m.surface.slice(tokens[a].start, tokens[b - 1].end),
    start: m.start + tokens[a].start,
    end: m.start + tokens[b - 1].end,
  });
  let from = 0;
  while (from < tokens.length - 1 && PLACE_HEADS.has(foldWord(tokens[from].surface))) from++;
  if (from > 0 && PLACE_KEYS.has(keyOf(from, tokens.length))) return [piece(from, tokens.length)];
  if (tokens.length < 2 || PLACE_KEYS.has(keyOf(0, tokens.length))) return [m];
  for (let k = 1; k < tokens.length; k++) {
    if (PLACE_KEYS.has(keyOf(0, k)) && PLACE_KEYS.has(keyOf(k, tokens.length))) return [piece(0, k), piece(k, tokens.length)];
  }
  return [m];
}
