/**
 * Machine-readable output, chosen once per command from its flags (as ripgrep picks its
 * printer once): pretty JSON, compact JSON (one result per line in a batch), or JSON
 * Lines (one record per line, then a summary line). Terminal text is each command's own
 * renderer; every renderer is a pure function from records to a string.
 */

/** How a command prints its result. */
export type OutputFormat = 'text' | 'json' | 'jsonl';

/** The output format for a command's --json / --jsonl flags. */
export function outputFormat(flags: { readonly json?: boolean; readonly jsonl?: boolean }): OutputFormat {
  return flags.jsonl ? 'jsonl' : flags.json ? 'json' : 'text';
}

/** A JSON document and a newline: indented by 2, or on one line when `compact`. */
export function renderJson(value: unknown, compact = false): string {
  return JSON.stringify(value, null, compact ? 0 : 2) + '\n';
}

/** JSON Lines: one record per line, then the summary line. */
export function renderJsonLines(records: readonly unknown[], summary: unknown): string {
  return records.map((r) => JSON.stringify(r) + '\n').join('') + JSON.stringify(summary) + '\n';
}
