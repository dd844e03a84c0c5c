/**
 * Styles for terminal output: the only importer of chalk. Colour is decided once by
 * the CLI (TTY, NO_COLOR, FORCE_COLOR, TERM=dumb, --no-color) and passed in here.
 */
import { Chalk } from 'chalk';

export interface Style {
  readonly match: (s: string) => string;
  readonly file: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly score: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly error: (s: string) => string;
}

/** Build the styles for a colour level (0 = none, 1 = 16 colours, 2 = 256, 3 = truecolor). */
export function makeStyle(level: 0 | 1 | 2 | 3): Style {
  const c = new Chalk({ level });
  return {
    match: (s) => c.bold.red(s),
    file: (s) => c.magenta(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    score: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
  };
}

export const PLAIN: Style = makeStyle(0);
