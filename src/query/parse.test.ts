import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueryParseError } from './ast.js';
import { parseLenient, parseQuery } from './parse.js';

const err = (q: string) => {
  try {
    parseQuery(q);
  } catch (e) {
    if (e instanceof QueryParseError) return [e.message, e.column];
    throw e;
  }
  return null;
};

describe('parseQuery', () => {
  it('makes implicit AND of words', () => {
    expect(parseQuery('putin damai')).toMatchObject({
      type: 'and',
      children: [
        { type: 'term', text: 'putin' },
        { type: 'term', text: 'damai' },
      ],
    });
  });
  it('parses phrases with and without slop', () => {
    expect(parseQuery('"perundingan damai"')).toMatchObject({ type: 'phrase', text: 'perundingan damai', slop: 0 });
    expect(parseQuery('"putin damai"~5')).toMatchObject({ type: 'phrase', slop: 5 });
  });
  it('gives OR lower precedence than AND', () => {
    expect(parseQuery('a b OR c')).toMatchObject({ type: 'or', children: [{ type: 'and' }, { type: 'term', text: 'c' }] });
  });
  it('parses NOT, -, +, parentheses', () => {
    expect(parseQuery('putin NOT zelensky')).toMatchObject({
      type: 'and',
      children: [{ type: 'term' }, { type: 'not', child: { text: 'zelensky' } }],
    });
    expect(parseQuery('putin -zelensky +kim')).toMatchObject({
      type: 'and',
      children: [{ text: 'putin' }, { type: 'not' }, { text: 'kim' }],
    });
    expect(parseQuery('(a OR b) c')).toMatchObject({ type: 'and', children: [{ type: 'or' }, { text: 'c' }] });
  });
  it('parses prefix, fuzzy, exact and fields', () => {
    expect(parseQuery('zel*')).toMatchObject({ text: 'zel', prefix: true });
    expect(parseQuery('putn~1')).toMatchObject({ text: 'putn', fuzzy: 1 });
    expect(parseQuery('=Putin')).toMatchObject({ text: 'Putin', exact: true });
    expect(parseQuery('title:rusia')).toMatchObject({ text: 'rusia', field: 'title' });
    expect(parseQuery('entity:"Vladimir Putin"')).toMatchObject({ type: 'phrase', text: 'Vladimir Putin', field: 'entity' });
    expect(parseQuery('file:002*')).toMatchObject({ text: '002*', field: 'file' });
  });
  it('points at the column of each error', () => {
    expect(err('putin "damai')).toEqual(['unclosed quote', 6]);
    expect(err('(putin damai')).toEqual(["unclosed '('", 0]);
    expect(err('putin)')).toEqual(["unmatched ')'", 5]);
    expect(err('putin AND')).toEqual(['AND has nothing after it', 6]);
    expect(err('OR putin')).toEqual(['unexpected OR', 0]);
    expect(err('')).toEqual(['empty query', 0]);
    expect(err('-putin')?.[0]).toMatch(/not only exclusions/);
    expect(err('putin~5')?.[0]).toMatch(/edit distance/);
  });
  it('returns a query or a parse error with a position for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        try {
          parseQuery(s);
        } catch (e) {
          expect(e).toBeInstanceOf(QueryParseError);
          expect((e as QueryParseError).column).toBeGreaterThanOrEqual(0);
          expect((e as QueryParseError).column).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 2000 },
    );
    // The same over the characters the query language gives meaning to.
    const alphabet = fc.constantFrom(
      'a',
      'b',
      ' ',
      '"',
      '(',
      ')',
      '-',
      '+',
      '*',
      '~',
      '1',
      '=',
      ':',
      'AND ',
      'OR ',
      'NOT ',
      'title:',
      'file:',
      '🙂',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          try {
            parseQuery(s);
          } catch (e) {
            expect(e).toBeInstanceOf(QueryParseError);
            expect((e as QueryParseError).column).toBeLessThanOrEqual(s.length);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
  it('lenient mode takes words only', () => {
    expect(parseLenient('putin "damai (')).toMatchObject({ type: 'and', children: [{ text: 'putin' }, { text: 'damai' }] });
    expect(parseLenient('" ( )')).toBeNull();
  });
});
