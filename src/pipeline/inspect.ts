/**
 * `inspect`: one file as the cleaner saw it, every line with its kind and rule.
 */
import type { Report } from '../diagnostics.js';
import type { ClassifiedLine } from '../model.js';
import { classifyLines, type ClassifyOptions } from './classify/classify.js';
import { DEFAULT_LOAD } from './load.js';
import { readTextLines } from './read-text.js';
import { withDefaults } from '../options.js';

export interface InspectedFile {
  readonly file: string;
  readonly encoding: string;
  readonly safetyNet: boolean;
  readonly lines: readonly ClassifiedLine[];
}

/** Read and classify one file; null (with a diagnostic) when it cannot be read as text. */
export async function inspectFile(
  file: string,
  report: Report,
  options: ClassifyOptions & { encoding?: string; maxFileSize?: number } = {},
): Promise<InspectedFile | null> {
  // No size limit unless asked: a user inspecting one file wants to see it.
  const read = await readTextLines(file, file, withDefaults({ ...DEFAULT_LOAD, maxFileSize: Number.POSITIVE_INFINITY }, options), report);
  if (read.status !== 'ok') return null;
  const c = classifyLines(read.lines, options);
  return { file, encoding: read.encoding, safetyNet: c.safetyNet, lines: c.lines };
}
