/**
 * Turn the cleaning flags (--rules FILE, --keep RULE_ID) into classifier options,
 * checking every rule id so a typo is an error, not a silent no-op.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';
import type { ClassifyOptions } from '../pipeline/classify/classify.js';
import { LINE_RULES, STRUCTURAL_RULES } from '../pipeline/classify/rules.js';
import { parseUserRules } from '../pipeline/classify/user-rules.js';

export interface CleaningFlags {
  rules?: string;
  keep?: string[];
}

/** Rule ids a user may turn off with --keep. */
export const KEEPABLE = new Set([
  ...LINE_RULES.map((r) => r.id),
  ...['repeated-in-file', 'teaser-list', 'between-furniture', 'after-footer', 'header-zone', 'trailer'].map((r) => `clean/${r}`),
]);

/** Classifier options, plus the rules file's text (worker threads parse it again). */
export function cleaningOptions(flags: CleaningFlags): ClassifyOptions & { rules: { file: string; text: string } | null } {
  const rules = flags.rules ? { file: flags.rules, text: readRules(flags.rules) } : null;
  const extraRules = rules ? parseUserRules(rules.text, rules.file) : [];
  for (const id of flags.keep ?? []) {
    if (!KEEPABLE.has(id)) throw new UsageError(`--keep ${id}: no such rule (see warta rules)`);
  }
  return { extraRules, disabledRules: flags.keep ?? [], rules };
}

function readRules(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read rules file ${file} (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}

/** Every rule with its description, for `warta rules`. */
export function allRules(): { id: string; description: string }[] {
  return [...LINE_RULES.map(({ id, description }) => ({ id, description })), ...STRUCTURAL_RULES];
}

