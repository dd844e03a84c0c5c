/**
 * Compressed postings for a snapshot, as Lucene and Tantivy keep them: per term, each
 * posting's unit as a gap from the previous one, its term frequency, then its token
 * positions as gaps, all in variable-byte integers (vbyte.ts). Per surface form, the same without positions. Byte offsets
 * per term and form let a search read and decode only its own words; decoding fills the
 * same flat arrays the in-memory index uses (positional-index.ts), so nothing else
 * changes. `postingPos` is not stored: it is the running sum of term frequencies.
 */
import type { IndexedField } from '../search-index/positional-index.js';
import { VByteReader, VByteWriter } from '../vbyte.js';

/** The stored arrays of one field. */
export type EncodedField = Record<string, Uint32Array | Float64Array | Uint8Array>;

/** The names a field's encoded arrays take in the container (after its prefix). */
export const ENCODED_ARRAYS = ['lengths', 'termStart', 'termPos', 'termBytes', 'tStream', 'formStart', 'formBytes', 'fStream'] as const;

/** Encode a field's postings. */
export function encodeField(field: IndexedField): EncodedField {
  const { termStart, postingUnits, postingTf, postingPos, positions, formStart, formUnits, formTf } = field;
  const terms = termStart.length - 1;
  const t = new VByteWriter();
  const termBytes = new Float64Array(terms + 1);
  const termPos = new Uint32Array(terms + 1);
  let posAt = 0;
  for (let term = 0; term < terms; term++) {
    termBytes[term] = t.length;
    termPos[term] = posAt;
    let prevUnit = 0;
    for (let p = termStart[term]; p < termStart[term + 1]; p++) {
      t.push(postingUnits[p] - prevUnit);
      prevUnit = postingUnits[p];
      const tf = postingTf[p];
      t.push(tf);
      let prevPos = 0;
      for (let k = postingPos[p]; k < postingPos[p] + tf; k++) {
        t.push(positions[k] - prevPos);
        prevPos = positions[k];
      }
      posAt += tf;
    }
  }
  termBytes[terms] = t.length;
  termPos[terms] = posAt;
  const forms = formStart.length - 1;
  const f = new VByteWriter();
  const formBytes = new Float64Array(forms + 1);
  for (let form = 0; form < forms; form++) {
    formBytes[form] = f.length;
    let prevUnit = 0;
    for (let p = formStart[form]; p < formStart[form + 1]; p++) {
      f.push(formUnits[p] - prevUnit);
      prevUnit = formUnits[p];
      f.push(formTf[p]);
    }
  }
  formBytes[forms] = f.length;
  return {
    lengths: field.lengths,
    termStart,
    termPos,
    termBytes: offsetsArray(termBytes),
    tStream: t.finish(),
    formStart,
    formBytes: offsetsArray(formBytes),
    fStream: f.finish(),
  };
}

/** Byte offsets as 32-bit integers when the stream is under 4 GiB (it always is below ~5 GB of text). */
function offsetsArray(offsets: Float64Array): Uint32Array | Float64Array {
  return offsets[offsets.length - 1] < 2 ** 32 ? Uint32Array.from(offsets) : offsets;
}

/** The full-size arrays a field decodes into (the index's own layout), and where each term's positions start. */
export type FieldArrays = Pick<
  IndexedField,
  'termStart' | 'postingUnits' | 'postingTf' | 'postingPos' | 'positions' | 'formStart' | 'formUnits' | 'formTf'
> & {
  readonly termPos: Uint32Array;
};

/** Decode term `term`'s postings from `bytes` (its block, from byte `at`) into the arrays. Returns the byte after it. */
export function decodeTerm(a: FieldArrays, term: number, bytes: Uint8Array, at = 0): number {
  const r = new VByteReader(bytes, at);
  let unit = 0;
  let pos = a.termPos[term];
  for (let p = a.termStart[term]; p < a.termStart[term + 1]; p++) {
    unit += r.next();
    a.postingUnits[p] = unit;
    const tf = r.next();
    a.postingTf[p] = tf;
    a.postingPos[p] = pos;
    let position = 0;
    for (let k = 0; k < tf; k++) {
      position += r.next();
      a.positions[pos++] = position;
    }
  }
  return r.at;
}

/** Decode form `form`'s postings from `bytes` (from byte `at`) into the arrays. Returns the byte after it. */
export function decodeForm(a: FieldArrays, form: number, bytes: Uint8Array, at = 0): number {
  const r = new VByteReader(bytes, at);
  let unit = 0;
  for (let p = a.formStart[form]; p < a.formStart[form + 1]; p++) {
    unit += r.next();
    a.formUnits[p] = unit;
    a.formTf[p] = r.next();
  }
  return r.at;
}

/** Empty full-size arrays for a field with these term and form offsets. */
export function fieldArrays(termStart: Uint32Array, termPos: Uint32Array, formStart: Uint32Array): FieldArrays {
  const postings = termStart[termStart.length - 1];
  return {
    termStart,
    termPos,
    postingUnits: new Uint32Array(postings),
    postingTf: new Uint32Array(postings),
    postingPos: new Uint32Array(postings),
    positions: new Uint32Array(termPos[termPos.length - 1]),
    formStart,
    formUnits: new Uint32Array(formStart[formStart.length - 1]),
    formTf: new Uint32Array(formStart[formStart.length - 1]),
  };
}

/** Decode every term and form from whole streams. */
export function decodeAll(a: FieldArrays, tStream: Uint8Array, fStream: Uint8Array): void {
  let at = 0;
  for (let term = 0; term + 1 < a.termStart.length; term++) at = decodeTerm(a, term, tStream, at);
  at = 0;
  for (let form = 0; form + 1 < a.formStart.length; form++) at = decodeForm(a, form, fStream, at);
}
