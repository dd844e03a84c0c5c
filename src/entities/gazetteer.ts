/**
 * Lookup tables for entity detection, built once from the data in lang/id.
 * Keys are entity keys (see `entityKey`): folded, hyphens as spaces.
 */
import { ABBREVIATIONS } from '../lang/id/abbreviations.js';
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
