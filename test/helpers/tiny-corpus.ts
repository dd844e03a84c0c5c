/**
 * A tiny hand-made corpus for unit tests: one document per list of paragraph texts.
 */
import type { DocId, NewsDocument, ParagraphId } from '../../src/model.js';

/** A tiny hand-made corpus: one document per paragraph text, no titles. */
export function tinyCorpus(paragraphs: string[][], titles: (string | null)[] = []): NewsDocument[] {
  return paragraphs.map((ps, d) => ({
    id: `d${d}` as DocId,
    file: `d${d}.txt`,
    title: titles[d] ?? null,
    titleLine: null,
    meta: {},
    paragraphs: ps.map((text, i) => ({ id: `d${d}:${i}` as ParagraphId, index: i, line: i + 1, text })),
    removed: [],
  }));
}
