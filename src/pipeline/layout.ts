/**
 * Paragraph layout of a file: news text saved from the web has one paragraph per line
 * ("lines"); hard-wrapped text has paragraphs as blank-line separated blocks whose inner
 * lines do not end sentences and fit a fixed width ("blocks"). Used by the classifier and the
 * segmenter.
 */
import type { ClassifiedLine } from '../model.js';

const TERMINAL_END = /[.!?…:]["”’)]*$/u;
/** Hard-wrapped text is cut at a fixed width (72-80 columns, rarely more): longer lines are paragraphs. */
export const WRAP_WIDTH = 100;

/** Decide whether the file is hard-wrapped (paragraphs as multi-line blocks). */
export type Layout = 'lines' | 'blocks';

export function detectLayout(lines: readonly Pick<ClassifiedLine, 'kind' | 'text'>[]): Layout {
  let nonBlank = 0;
  let inMulti = 0;
  let innerLines = 0;
  let innerOpen = 0;
  let block: Pick<ClassifiedLine, 'kind' | 'text'>[] = [];
  let blocks = 0;
  let multiBlocks = 0;
  const flush = () => {
    if (block.length) blocks++;
    if (block.length >= 2 && block.every((l) => l.text.length <= WRAP_WIDTH)) {
      multiBlocks++;
      inMulti += block.length;
      for (const l of block.slice(0, -1)) {
        innerLines++;
        if (!TERMINAL_END.test(l.text)) innerOpen++;
      }
    }
    block = [];
  };
  for (const l of lines) {
    if (l.kind === 'blank') {
      flush();
      continue;
    }
    nonBlank++;
    block.push(l);
  }
  flush();
  // Without a blank line there are no blocks, and one wrapped-looking block is not a pattern.
  if (nonBlank === 0 || blocks < 2 || multiBlocks < 2 || inMulti / nonBlank < 0.5 || innerLines === 0) return 'lines';
  return innerOpen / innerLines >= 0.6 ? 'blocks' : 'lines';
}
