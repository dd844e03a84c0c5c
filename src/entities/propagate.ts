/**
 * One name, one reading per document: a surname that a full person name of the document
 * ends with ("Vladimir Putin") is that person wherever the document uses it alone and the
 * tagger let it pass ("pemerintah Putin", "bertemu Putin"). Only words that look like a
 * name and are no known place, organisation, title or common word propagate.
 */
import { STOPWORDS } from '../lang/id/stopwords.js';
import { OFFICE_WORDS, PERSON_TITLES } from '../lang/id/titles.js';
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { capitalisationOf } from './clusters.js';
import { ORG_KEYS, PLACE_KEYS } from './gazetteer.js';
import type { RawMention } from './mention.js';

/** The surnames of a document's full person names that may stand alone for them. */
export function surnamesOf(mentions: Iterable<RawMention>): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = tokenize(m.surface).map((t) => t.surface);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    const f = foldWord(last);
    const caps = capitalisationOf(f);
    if (
      /^\p{Lu}\p{Ll}{2,}$/u.test(last) &&
      !PLACE_KEYS.has(f) &&
      !ORG_KEYS.has(f) &&
      !PERSON_TITLES.has(f) &&
      !OFFICE_WORDS.has(f) &&
      !STOPWORDS.has(f) &&
      caps !== 'R' &&
      caps !== 'N'
    )
      names.add(last);
  }
  return names;
}

/** The paragraph's mentions with the document's surnames that stand alone and no mention covers added as persons. */
export function withSurnames(text: string, mentions: readonly RawMention[], surnames: ReadonlySet<string>): RawMention[] {
  if (surnames.size === 0) return mentions as RawMention[];
  let present = false;
  for (const name of surnames) present ||= text.includes(name);
  if (!present) return mentions as RawMention[];
  let added: RawMention[] | null = null;
  for (const t of tokenize(text)) {
    if (!surnames.has(t.surface) || mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
    (added ??= []).push({ surface: t.surface, start: t.start, end: t.end, type: 'PER' });
  }
  return added ? [...mentions, ...added].sort((a, b) => a.start - b.start) : (mentions as RawMention[]);
}
