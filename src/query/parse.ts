/**
 * The query language, in the syntax users know from Lucene and Elasticsearch:
 *
 *   words            all must match (stemmed, case- and accent-insensitive)
 *   "exact phrase"   consecutive words;  "a b"~N  within N words, any order
 *   AND  OR  NOT     boolean operators (upper case); -word / +word; ( ... )
 *   prefix*  word~1  =word (exact surface form)
 *   title:x  file:glob  entity:"Vladimir Putin"  type:PER
 *   date:2025-05  date:>=2025-01-01  date:[2025-01-01 TO 2025-03-31]
 *
 * `parseQuery` returns a tree or throws QueryParseError with a column; `parseLenient`
 * treats any string as plain words and never throws.
 */
import type { PhraseNode, QueryField, QueryNode, TermNode } from './ast.js';
import { QueryParseError } from './ast.js';
import { parseDayRange } from '../dates/date-range.js';

type Tok =
  | { kind: 'word'; text: string; start: number; end: number; field?: QueryField }
  | { kind: 'phrase'; text: string; slop: number; start: number; end: number; field?: QueryField }
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus' | 'plus'; start: number; end: number };

const FIELDS: readonly QueryField[] = ['title', 'file', 'entity', 'type', 'date'];
const SPACE = /\s/u;

function lex(q: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const readPhrase = (start: number, field?: QueryField): Tok => {
    const close = q.indexOf('"', i + 1);
    if (close < 0) throw new QueryParseError('unclosed quote', i);
    const text = q.slice(i + 1, close);
    i = close + 1;
    let slop = 0;
    const m = /^~(\d+)/.exec(q.slice(i));
    if (m) {
      slop = Number(m[1]);
      i += m[0].length;
    }
    if (!text.trim()) throw new QueryParseError('empty phrase', start);
    return { kind: 'phrase', text, slop, start, end: i, field };
  };
  while (i < q.length) {
    const c = q[i];
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '(' || c === ')') {
      toks.push({ kind: c === '(' ? 'lparen' : 'rparen', start, end: ++i });
      continue;
    }
    if (c === '"') {
      toks.push(readPhrase(start));
      continue;
    }
    if ((c === '-' || c === '+') && i + 1 < q.length && !SPACE.test(q[i + 1])) {
      toks.push({ kind: c === '-' ? 'minus' : 'plus', start, end: ++i });
      continue;
    }
    // A bare word runs to whitespace, a parenthesis or a quote.
    let j = i;
    while (j < q.length && !SPACE.test(q[j]) && q[j] !== '(' && q[j] !== ')' && q[j] !== '"') j++;
    const word = q.slice(i, j);
    const fieldMatch = /^([a-z]+):$/.exec(word) ?? /^([a-z]+):/.exec(word);
    if (fieldMatch && FIELDS.includes(fieldMatch[1] as QueryField)) {
      const field = fieldMatch[1] as QueryField;
      i += field.length + 1;
      if (q[i] === '"') {
        toks.push(readPhrase(start, field));
        continue;
      }
      if (field === 'date' && q[i] === '[') {
        // A range holds spaces: it runs to its closing bracket.
        const close = q.indexOf(']', i);
        if (close < 0) throw new QueryParseError('unclosed date range (it ends with ])', i);
        toks.push({ kind: 'word', text: q.slice(i, close + 1), start, end: close + 1, field });
        i = close + 1;
        continue;
      }
      if (j <= i) throw new QueryParseError(`${field}: needs a value`, start);
      toks.push({ kind: 'word', text: q.slice(i, j), start, end: j, field });
      i = j;
      continue;
    }
    i = j;
    // Emoji, symbols and stray punctuation are not searchable: skip them like spaces.
    if (!/[\p{L}\p{N}*=~]/u.test(word) && !['&&', '||'].includes(word)) continue;
    if (word === 'AND' || word === '&&') toks.push({ kind: 'and', start, end: j });
    else if (word === 'OR' || word === '||') toks.push({ kind: 'or', start, end: j });
    else if (word === 'NOT') toks.push({ kind: 'not', start, end: j });
    else toks.push({ kind: 'word', text: word, start, end: j });
  }
  return toks;
}

function wordNode(tok: Extract<Tok, { kind: 'word' }>): TermNode {
  let text = tok.text;
  let exact = false;
  let prefix = false;
  let fuzzy = 0;
  if (tok.field === 'date') {
    try {
      parseDayRange(text);
    } catch (err) {
      throw new QueryParseError((err as Error).message, tok.start);
    }
  } else if (tok.field !== 'file' && tok.field !== 'type') {
    if (text.startsWith('=')) {
      exact = true;
      text = text.slice(1);
    }
    const fz = /~(\d)?$/.exec(text);
    if (fz) {
      fuzzy = fz[1] === undefined ? 2 : Number(fz[1]);
      text = text.slice(0, fz.index);
      if (fuzzy > 2) throw new QueryParseError('edit distance must be 0, 1 or 2', tok.start);
    }
    if (text.endsWith('*')) {
      prefix = true;
      text = text.slice(0, -1);
    }
    if (!/[\p{L}\p{N}]/u.test(text)) throw new QueryParseError(`"${tok.text}" has no letters or digits to search for`, tok.start);
  }
  return { type: 'term', text, exact, prefix, fuzzy, field: tok.field, start: tok.start, end: tok.end };
}

/** Parse a query; throws QueryParseError pointing at the offending column. */
export function parseQuery(query: string): QueryNode {
  const toks = lex(query);
  if (toks.length === 0) throw new QueryParseError('empty query', 0);
  let pos = 0;
  const peek = () => toks[pos];

  const parseOr = (): QueryNode => {
    const children = [parseAnd()];
    while (peek()?.kind === 'or') {
      const op = toks[pos++];
      if (!peek() || peek().kind === 'rparen' || peek().kind === 'or' || peek().kind === 'and') {
        throw new QueryParseError('OR has nothing after it', op.start);
      }
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0] : { type: 'or', children };
  };

  const parseAnd = (): QueryNode => {
    const children: QueryNode[] = [];
    for (;;) {
      const t = peek();
      if (!t || t.kind === 'rparen' || t.kind === 'or') break;
      if (t.kind === 'and') {
        if (children.length === 0) throw new QueryParseError('AND has nothing before it', t.start);
        pos++;
        const n = peek();
        if (!n || n.kind === 'rparen' || n.kind === 'or' || n.kind === 'and')
          throw new QueryParseError('AND has nothing after it', t.start);
        continue;
      }
      children.push(parseUnary());
    }
    if (children.length === 0) {
      const t = peek();
      throw new QueryParseError(
        t ? `unexpected ${t.kind === 'rparen' ? "')'" : t.kind.toUpperCase()}` : 'query ends too early',
        t ? t.start : query.length,
      );
    }
    if (children.every((c) => c.type === 'not')) {
      throw new QueryParseError('a query needs at least one word to find, not only exclusions', 0);
    }
    return children.length === 1 ? children[0] : { type: 'and', children };
  };

  const parseUnary = (): QueryNode => {
    const t = peek();
    if (!t) throw new QueryParseError('query ends too early', query.length);
    if (t.kind === 'not' || t.kind === 'minus') {
      pos++;
      if (!peek() || ['rparen', 'and', 'or'].includes(peek().kind))
        throw new QueryParseError(`${t.kind === 'not' ? 'NOT' : "'-'"} has nothing after it`, t.start);
      return { type: 'not', child: parseUnary() };
    }
    if (t.kind === 'plus') {
      pos++;
      if (!peek() || ['rparen', 'and', 'or'].includes(peek().kind)) throw new QueryParseError("'+' has nothing after it", t.start);
      return parseUnary();
    }
    return parsePrimary();
  };

  const parsePrimary = (): QueryNode => {
    const t = toks[pos++];
    switch (t.kind) {
      case 'lparen': {
        if (peek()?.kind === 'rparen') throw new QueryParseError('empty parentheses', t.start);
        const inner = parseOr();
        if (peek()?.kind !== 'rparen') throw new QueryParseError("unclosed '('", t.start);
        pos++;
        return inner;
      }
      case 'word':
        return wordNode(t);
      case 'phrase':
        if (t.field === 'date') return wordNode({ kind: 'word', text: t.text, start: t.start, end: t.end, field: 'date' });
        return { type: 'phrase', text: t.text, slop: t.slop, field: t.field, start: t.start, end: t.end } satisfies PhraseNode;
      default:
        throw new QueryParseError(`unexpected ${t.kind === 'rparen' ? "')'" : t.kind.toUpperCase()}`, t.start);
    }
  };

  const tree = parseOr();
  if (pos < toks.length) {
    const t = toks[pos];
    throw new QueryParseError(t.kind === 'rparen' ? "unmatched ')'" : `unexpected ${t.kind}`, t.start);
  }
  return tree;
}

/** Treat the query as plain words (for --lenient): never throws; may return null when no words. */
export function parseLenient(query: string, any = false): QueryNode | null {
  const words = query.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu) ?? [];
  const children: TermNode[] = [];
  let from = 0;
  for (const w of words) {
    const start = query.indexOf(w, from);
    from = start + w.length;
    children.push({ type: 'term', text: w, exact: false, prefix: false, fuzzy: 0, start, end: from });
  }
  if (children.length === 0) return null;
  return children.length === 1 ? children[0] : { type: any ? 'or' : 'and', children };
}

/** Turn the implicit/explicit ANDs of plain words into ORs (for --any). */
export function toAny(node: QueryNode): QueryNode {
  if (node.type === 'and' && node.children.every((c) => c.type !== 'not')) return { type: 'or', children: node.children.map(toAny) };
  if (node.type === 'and') {
    const pos = node.children.filter((c) => c.type !== 'not');
    const neg = node.children.filter((c) => c.type === 'not');
    return { type: 'and', children: [{ type: 'or', children: pos.map(toAny) }, ...neg] };
  }
  return node;
}
