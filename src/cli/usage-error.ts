/**
 * A usage error of the command line (a bad flag value, a missing argument): thrown before
 * any work starts, printed by main.ts as one line, exit code 2. The engine throws its own
 * typed errors (errors.ts) and never this one.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
