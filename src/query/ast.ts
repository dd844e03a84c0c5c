/**
 * The query tree produced by parse.ts and evaluated by evaluate.ts.
 * Every node keeps its columns in the query string (0-based start, exclusive end).
 */

export type QueryField = 'title' | 'file' | 'entity' | 'type' | 'date';

export interface TermNode {
  readonly type: 'term';
  readonly text: string;
  /** `=word`: match the surface form exactly (case- and accent-insensitive), no stemming. */
  readonly exact: boolean;
  /** `word*`: any word starting with it. */
  readonly prefix: boolean;
  /** `word~N`: edit distance up to N (0 = none). */
  readonly fuzzy: number;
  readonly field?: QueryField;
  readonly start: number;
  readonly end: number;
}

export interface PhraseNode {
  readonly type: 'phrase';
  readonly text: string;
  /** `"a b"~N`: all words within N words of each other, any order; 0 = exact phrase. */
  readonly slop: number;
  readonly field?: QueryField;
  readonly start: number;
  readonly end: number;
}

export interface BoolNode {
  readonly type: 'and' | 'or';
  readonly children: readonly QueryNode[];
}

export interface NotNode {
  readonly type: 'not';
  readonly child: QueryNode;
}

export type QueryNode = TermNode | PhraseNode | BoolNode | NotNode;

/** A parse error with the 0-based column it points at. */
export class QueryParseError extends Error {
  override readonly name = 'QueryParseError';
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}
