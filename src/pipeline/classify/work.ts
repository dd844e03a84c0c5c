/**
 * The classifier's working record for one line, shared by the passes that decide a line
 * from its neighbours (classify.ts, captions.ts, headlines.ts, bios.ts, comments.ts).
 */
import type { LineKind } from '../../model.js';
import type { LineFeatures } from './features.js';
import { RULE } from './rule-ids.js';

export interface Work {
  text: string;
  kind: LineKind;
  rule: string;
  f: LineFeatures | null;
  footer: boolean;
  teasers: boolean;
  content?: string;
  strippedLead?: string;
  strippedTrail?: string;
}

/** A line no rule decided: short, not a sentence, kept by default. */
export const isUndecided = (w: Work) => w.kind === 'content' && w.rule === RULE.shortLine;

/** A kept line of article prose (a paragraph, not a short line). */
export const isParagraph = (w: Work | undefined) => !!w && w.kind === 'content' && w.rule === RULE.prose;

/** Remove a line with the rule that decided it. */
export function remove(w: Work, rule: string): void {
  w.kind = 'boilerplate';
  w.rule = rule;
}

/** Index of the nearest non-blank line before (step -1) or after (step 1) line i, or -1. */
export function neighbour(work: readonly Work[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < work.length; j += step) if (work[j].kind !== 'blank') return j;
  return -1;
}

/** Like neighbour, but also skipping removed lines: the neighbour a line has in the cleaned text. */
export function keptNeighbour(work: readonly Work[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < work.length; j += step) if (work[j].kind !== 'blank' && work[j].kind !== 'boilerplate') return j;
  return -1;
}

/** A paragraph of the article on each side of line i in the cleaned text. */
export function isBetweenParagraphs(work: readonly Work[], i: number): boolean {
  return isParagraph(work[keptNeighbour(work, i, -1)]) && isParagraph(work[keptNeighbour(work, i, 1)]);
}
