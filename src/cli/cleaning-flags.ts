/**
 * Turn the cleaning flags (--rules FILE, --keep RULE_ID) into engine or classifier options,
 * checking every rule id so a typo is an error, not a silent no-op.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';
import type { ClassifyOptions } from '../pipeline/classify/classify.js';
import type { CorpusOptions } from '../engine/options.js';
import { KEEPABLE_RULES } from '../pipeline/classify/rule-ids.js';
import { LINE_RULES, STRUCTURAL_RULES } from '../pipeline/classify/rules.js';
import { parseUserRules } from '../pipeline/classify/user-rules.js';

export interface CleaningFlags {
  rules?: string;
  keep?: string[];
}

/** The cleaning part of the engine's options: rules turned off, and the rules file's text (parsed by the engine). */
export function cleaningOptions(flags: CleaningFlags): Pick<CorpusOptions, 'disabledRules' | 'rules'> {
  const rules = flags.rules ? { file: flags.rules, text: readRules(flags.rules) } : null;
  for (const id of flags.keep ?? []) {
    if (!KEEPABLE_RULES.has(id)) throw new UsageError(`--keep ${id}: no such rule (see warta rules)`);
  }
  return { disabledRules: flags.keep ?? [], rules };
}

/** Classifier options for one-file commands (inspect): the rules file parsed here. */
export function classifyOptions(flags: CleaningFlags): ClassifyOptions {
  const { disabledRules, rules } = cleaningOptions(flags);
  return { disabledRules, extraRules: rules ? parseUserRules(rules.text, rules.file) : [] };
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
