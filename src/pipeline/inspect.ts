/**
 * `inspect`: one file as the cleaner saw it, every line with its kind and rule.
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../diagnostics.js';
import type { ClassifiedLine } from '../model.js';
import { normalizeText } from '../text/normalize.js';
import { classifyLines, type ClassifyOptions } from './classify/classify.js';
import { decodeBytes } from './decode.js';

export interface InspectedFile {
  readonly file: string;
  readonly encoding: string;
  readonly safetyNet: boolean;
  readonly lines: readonly ClassifiedLine[];
}

/** Read and classify one file; null (with a diagnostic) when it cannot be read as text. */
export function inspectFile(file: string, report: Report, options: ClassifyOptions & { encoding?: string } = {}): InspectedFile | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    report({ severity: 'error', ruleId: 'read/failed', message: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`, path: file });
    return null;
  }
  const decoded = decodeBytes(bytes, file, { encoding: options.encoding });
  if (!decoded.ok) {
    report(decoded.diagnostic);
    return null;
  }
  if (decoded.diagnostic) report(decoded.diagnostic);
  const c = classifyLines(normalizeText(decoded.text).split('\n'), options);
  return { file, encoding: decoded.encoding, safetyNet: c.safetyNet, lines: c.lines };
}
