/**
 * Mentions as columns: one typed array per field and a table of their distinct strings
 * (surfaces, parenthetical aliases, long forms), so resolving ten million mentions needs
 * no object per mention and no document text. Decoded from the encoded stream
 * (mention-codec.ts) with either the paragraph texts (slicing and interning each surface)
 * or the surface ids a snapshot keeps beside the stream (snapshot/mentions-file.ts).
 */
import { VByteReader, VByteWriter } from '../vbyte.js';
import type { DetectedMentions } from './detect-corpus.js';
import type { EntityType } from './gazetteer.js';
import { encodeMentions, HAS_ALIAS, HAS_LONG, MENTION_TYPES } from './mention-codec.js';

export interface MentionColumns {
  readonly count: number;
  /** Paragraph unit of each mention, ascending. */
  readonly units: Uint32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Type index into MENTION_TYPES (bits 0-1) and the codec's flags (above). */
  readonly kinds: Uint8Array;
  /** String id of each surface. */
  readonly surfaces: Uint32Array;
  /** String id of the parenthetical alias, or -1. */
  readonly aliases: Int32Array;
  readonly aliasStarts: Uint32Array;
  readonly aliasEnds: Uint32Array;
  /** String id of the long form (the mention without its alias), or -1. */
  readonly longForms: Int32Array;
  /** The distinct strings, by id. */
  readonly strings: readonly string[];
}

/** Where the strings of a stream come from: the paragraph texts, or stored ids and their table. */
export type SurfaceSource = { readonly textOf: (u: number) => string } | { readonly ids: Uint8Array; readonly strings: readonly string[] };

/** The type of mention i. */
export const typeOf = (c: MentionColumns, i: number): EntityType => MENTION_TYPES[c.kinds[i] & 3];

/** Decode `count` mentions of an encoded stream into columns. */
export function decodeMentionColumns(stream: Uint8Array, count: number, source: SurfaceSource): MentionColumns {
  const r = new VByteReader(stream);
  const units = new Uint32Array(count);
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  const kinds = new Uint8Array(count);
  const surfaces = new Uint32Array(count);
  const aliases = new Int32Array(count).fill(-1);
  const aliasStarts = new Uint32Array(count);
  const aliasEnds = new Uint32Array(count);
  const longForms = new Int32Array(count).fill(-1);
  const stored = 'ids' in source ? new VByteReader(source.ids) : null;
  const strings: string[] = 'ids' in source ? (source.strings as string[]) : [];
  const idOf = new Map<string, number>();
  const intern = (s: string): number => {
    let id = idOf.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      idOf.set(s, id);
    }
    return id;
  };
  const textOf = 'textOf' in source ? source.textOf : null;
  let unit = 0;
  for (let i = 0; i < count; i++) {
    unit += r.next();
    units[i] = unit;
    const text = textOf ? textOf(unit) : '';
    const start = r.next();
    const end = start + r.next();
    const kind = r.next();
    starts[i] = start;
    ends[i] = end;
    kinds[i] = kind;
    surfaces[i] = stored ? stored.next() : intern(text.slice(start, end));
    const flags = kind >> 2;
    if (flags & HAS_ALIAS) {
      aliasStarts[i] = r.next();
      aliasEnds[i] = aliasStarts[i] + r.next();
      aliases[i] = stored ? stored.next() : intern(text.slice(aliasStarts[i], aliasEnds[i]));
    }
    if (flags & HAS_LONG) {
      const len = r.next();
      longForms[i] = stored ? stored.next() : intern(text.slice(start, start + len));
    }
  }
  return { count, units, starts, ends, kinds, surfaces, aliases, aliasStarts, aliasEnds, longForms, strings };
}

/** Mention objects (detected on this thread) as columns; `textOf(u)` is the text of unit u. */
export function columnsOfMentions(detected: DetectedMentions, textOf: (u: number) => string): MentionColumns {
  const { count, stream } = encodeMentions(detected);
  return decodeMentionColumns(stream, count, { textOf });
}

/**
 * The string table of an encoded stream and the ids of its strings, in the order
 * `decodeMentionColumns` reads them (per mention its surface, then its alias and long form
 * when it has them), to keep beside the stream. Streams through the mentions: no column
 * is built.
 */
export function surfaceTable(stream: Uint8Array, count: number, textOf: (u: number) => string): { ids: Uint8Array; strings: string[] } {
  const r = new VByteReader(stream);
  const w = new VByteWriter();
  const strings: string[] = [];
  const idOf = new Map<string, number>();
  const put = (s: string) => {
    let id = idOf.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      idOf.set(s, id);
    }
    w.push(id);
  };
  let unit = 0;
  for (let i = 0; i < count; i++) {
    unit += r.next();
    const text = textOf(unit);
    const start = r.next();
    const end = start + r.next();
    const flags = r.next() >> 2;
    put(text.slice(start, end));
    if (flags & HAS_ALIAS) {
      const aliasStart = r.next();
      put(text.slice(aliasStart, aliasStart + r.next()));
    }
    if (flags & HAS_LONG) put(text.slice(start, start + r.next()));
  }
  return { ids: w.finish(), strings };
}
