import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyCorpus } from '../../test/helpers/tiny-corpus.js';
import { buildCorpusIndex } from '../search-index/corpus-index.js';
import type { IndexedField } from '../search-index/positional-index.js';
import { decodeAll, decodeForm, decodeTerm, encodeField, fieldArrays } from './postings-codec.js';
import { VByteReader, VByteWriter } from '../vbyte.js';

const WORDS = [
  'putin',
  'rusia',
  'ukraina',
  'perundingan',
  'berunding',
  'damai',
  'Jakarta',
  'jakarta',
  'korut',
  'Korea',
  'utara',
  'yang',
  'dan',
];
const corpora = fc.array(
  fc.array(
    fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }).map((ws) => ws.join(' ')),
    { minLength: 1, maxLength: 4 },
  ),
  {
    minLength: 1,
    maxLength: 6,
  },
);

const POSTING_ARRAYS = ['termStart', 'postingUnits', 'postingTf', 'postingPos', 'positions', 'formStart', 'formUnits', 'formTf'] as const;
const plain = (f: IndexedField) => Object.fromEntries(POSTING_ARRAYS.map((n) => [n, Array.from(f[n])]));

describe('compressed postings', () => {
  it('variable-byte integers round-trip, up to 2^53', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(300), fc.nat(), fc.maxSafeNat())), (values) => {
        const w = new VByteWriter();
        for (const v of values) w.push(v);
        const r = new VByteReader(w.finish());
        expect(values.map(() => r.next())).toEqual(values);
      }),
    );
  });

  it('decode, whole or a term and a form at a time, to the arrays they were made from', () => {
    fc.assert(
      fc.property(corpora, (docs) => {
        const field = buildCorpusIndex(tinyCorpus(docs)).paragraphs;
        const e = encodeField(field);
        const whole = fieldArrays(e.termStart as Uint32Array, e.termPos as Uint32Array, e.formStart as Uint32Array);
        decodeAll(whole, e.tStream as Uint8Array, e.fStream as Uint8Array);
        expect(plain({ ...field, ...whole })).toEqual(plain(field));
        // One block at a time, as a lazily opened snapshot reads them, in reverse order.
        const bit = fieldArrays(e.termStart as Uint32Array, e.termPos as Uint32Array, e.formStart as Uint32Array);
        const tb = e.termBytes;
        const fb = e.formBytes;
        for (let t = field.termStart.length - 2; t >= 0; t--) decodeTerm(bit, t, (e.tStream as Uint8Array).subarray(tb[t], tb[t + 1]));
        for (let f = field.formStart.length - 2; f >= 0; f--) decodeForm(bit, f, (e.fStream as Uint8Array).subarray(fb[f], fb[f + 1]));
        expect(plain({ ...field, ...bit })).toEqual(plain(field));
      }),
      { numRuns: 200 },
    );
  });
});
