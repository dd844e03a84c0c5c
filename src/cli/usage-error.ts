/**
 * A usage error of the command line (a bad flag value, a missing argument): thrown before
 * any work starts, printed by main.ts as one line, exit code 2. The engine throws its own
 * typed errors (errors.ts) and never this one.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One output format per command: --json and --csv together are a usage error. */
export function checkOneFormat(flags: { readonly json?: boolean; readonly csv?: boolean }): void {
  if (flags.json && flags.csv) throw new UsageError('--json and --csv cannot be combined (choose one output format)');
}
