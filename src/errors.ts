/**
 * Typed errors the stages throw for input a user can fix: a bad query, a bad rules file,
 * a path with nothing to read, an unknown entity. Each carries what a front end needs to
 * word its own message (a column, a file and line, close names); the CLI (cli/main.ts)
 * alone turns them into one line on stderr and exit code 2. Problems with one corpus
 * file are never thrown: they are diagnostics on that file.
 */

/** Base of every error a user can cause; `message` reads well on its own. */
export class WartaError extends Error {
  override readonly name: string = 'WartaError';
}

/** A query that cannot be parsed, or one with nothing to search for. */
export class QueryError extends WartaError {
  override readonly name = 'QueryError';
  /** 1-based column of the problem, when the parser knows it. */
  readonly column?: number;
  /** The problem alone, without the column prefix of `message` (for JSON answers). */
  readonly reason: string;
  constructor(message: string, column?: number) {
    super(column === undefined ? message : `query error at column ${column}: ${message}`);
    this.column = column;
    this.reason = message;
  }
}

/** A user rules file that cannot be read or parsed; `line` is 1-based. */
export class RulesFileError extends WartaError {
  override readonly name = 'RulesFileError';
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${file}:${line}: ${message}`);
  }
}

/** A path the user gave that does not exist or holds no corpus files. */
export class CorpusPathError extends WartaError {
  override readonly name = 'CorpusPathError';
}

/** An option value the engine cannot use (an unknown encoding, entity type or rule id). */
export class OptionError extends WartaError {
  override readonly name = 'OptionError';
}

/** A snapshot that cannot be written or placed where asked. */
export class SnapshotError extends WartaError {
  override readonly name = 'SnapshotError';
}

/** An entity name with no match in the corpus; `suggestions` are close names. */
export class UnknownEntityError extends WartaError {
  override readonly name = 'UnknownEntityError';
  constructor(
    readonly entity: string,
    readonly suggestions: readonly string[],
  ) {
    super(
      `no entity "${entity}" in this corpus${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ''}`,
    );
  }
}
