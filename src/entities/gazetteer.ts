/**
 * Lookup tables for entity detection, built once from the data in lang/id.
 * Keys are entity keys (see `entityKey`): folded, hyphens as spaces.
 */
import { ABBREVIATIONS } from '../lang/id/abbreviations.js';
import { KNOWN_ORGANISATIONS } from '../lang/id/organisations.js';
import { PLACE_NAMES } from '../lang/id/places.js';
import { foldWord } from '../text/fold.js';

/** The comparison key of a name: "Kim Jong-un" and "Kim Jong Un" -> "kim jong un"; accents folded. */
export function entityKey(name: string): string {
  return foldWord(name)
    .replace(/[-‐‑'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Known places by key. */
export const PLACE_KEYS: ReadonlySet<string> = new Set(PLACE_NAMES.map(entityKey));
/** Longest place name in tokens, for longest-match splitting. */
export const MAX_PLACE_TOKENS = Math.max(...PLACE_NAMES.map((p) => p.split(/[\s-]+/).length));

/**
 * Known organisations by key: true when the name is only an organisation, false when it is
 * as often something else (a city, a person, a word: "Chelsea", "Line"), which makes it a
 * feature only. A name listed both ways counts as shared.
 */
export const ORG_KEYS: ReadonlyMap<string, boolean> = (() => {
  const map = new Map<string, boolean>();
  for (const o of KNOWN_ORGANISATIONS) {
    const key = entityKey(o.name);
    map.set(key, !o.shared && map.get(key) !== false);
  }
  return map;
})();
/** Longest known organisation in tokens. */
export const MAX_ORG_TOKENS = Math.max(...KNOWN_ORGANISATIONS.map((o) => o.name.split(/[\s-]+/).length));

/** The first word of every known place and organisation key: where a gazetteer run can start. */
const GAZETTEER_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACE_KEYS, ...ORG_KEYS.keys()].map((k) => k.split(' ')[0]));

/** A token that can open a known place's or organisation's name (a quick test before the lookups). */
export const startsKnownName = (surface: string) => GAZETTEER_FIRST_WORDS.has(entityKey(surface).split(' ')[0]);

/** Built-in abbreviation (case-sensitive short form) -> long form and type. */
export const ABBREVIATION_MAP: ReadonlyMap<string, { long: string; type: EntityType | null }> = new Map(
  ABBREVIATIONS.map((a) => [
    a.short,
    {
      long: a.long,
      type: a.category === 'country' ? 'LOC' : a.category === 'organisation' ? 'ORG' : a.category === 'event' ? 'MISC' : null,
    },
  ]),
);

/**
 * Spellings of one place that Indonesian news uses side by side (first = canonical),
 * compiled by hand: transliteration variants and official versus common names.
 */
export const NAME_VARIANTS: readonly (readonly string[])[] = [
  ['Kiev', 'Kyiv'],
  ['Rusia', 'Federasi Rusia'],
  ['China', 'Cina', 'Tiongkok', 'RRT', 'RRC'],
  ['Belarus', 'Belarusia'],
  ['Myanmar', 'Burma'],
  ['Prancis', 'Perancis'],
  ['Brasil', 'Brazil'],
  ['Afganistan', 'Afghanistan'],
  ['Libanon', 'Lebanon'],
  ['Mekkah', 'Mekah', 'Makkah'],
  ['Crimea', 'Krimea'],
  ['Donbas', 'Donbass'],
];
