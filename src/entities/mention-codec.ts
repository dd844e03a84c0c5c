/**
 * Mentions as one variable-byte stream (vbyte.ts): per mention the gap from the previous
 * mention's paragraph unit, its start, its length, one byte of type and flags, then the
 * alias's offsets and the long form's length when it has them. Every surface is a slice
 * of its paragraph's text (`text.slice(start, end) === surface`), so no string is stored:
 * decoding takes the paragraph texts. Worker threads send their mentions this way, and a
 * snapshot keeps them so (snapshot/mentions-file.ts): a corpus of ten million mentions
 * holds no object per mention until a command resolves them.
 */
import { VByteReader, VByteWriter } from '../vbyte.js';
import type { DetectedMentions } from './detect-corpus.js';
import type { EntityType } from './gazetteer.js';
import type { RawMention } from './mention.js';

/** Encoded mentions: how many, and their stream. */
export interface EncodedMentions {
  readonly count: number;
  readonly stream: Uint8Array;
}

/** Entity types by their index in the low two bits of a mention's kind byte. */
export const MENTION_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const TYPES = MENTION_TYPES;
const AFTER_TITLE = 1;
const FROM_GAZETTEER = 2;
const PAREN_SEPARATE = 4;

/** Flags (kind >> 2): the mention has a parenthetical alias; it has a long form. */
export const HAS_ALIAS = 8;
export const HAS_LONG = 16;

/**
 * The mentions as one byte stream: per mention the gap from the previous mention's unit,
 * its start, its length, one byte of type and flags, then the alias's offsets and the
 * long form's length when it has them.
 */
export function encodeMentions(detected: DetectedMentions): EncodedMentions {
  const w = new VByteWriter();
  let prevUnit = 0;
  detected.mentions.forEach((m, i) => {
    const u = detected.units[i];
    w.push(u - prevUnit);
    prevUnit = u;
    w.push(m.start);
    w.push(m.end - m.start);
    const flags = (m.afterTitle ? AFTER_TITLE : 0) | (m.fromGazetteer ? FROM_GAZETTEER : 0) | (m.parenSeparate ? PAREN_SEPARATE : 0);
    w.push(TYPES.indexOf(m.type) | (flags << 2) | (m.parenAlias ? HAS_ALIAS << 2 : 0) | (m.longForm !== undefined ? HAS_LONG << 2 : 0));
    if (m.parenAlias) {
      w.push(m.parenAlias.start);
      w.push(m.parenAlias.end - m.parenAlias.start);
    }
    if (m.longForm !== undefined) w.push(m.longForm.length);
  });
  return { count: detected.mentions.length, stream: w.finish() };
}

/** `count` mentions back from their stream; `textOf(u)` is the text of paragraph unit u. */
export function decodeMentions(bytes: Uint8Array, count: number, textOf: (u: number) => string): DetectedMentions {
  const r = new VByteReader(bytes);
  const units = new Uint32Array(count);
  const mentions: RawMention[] = new Array(count);
  let unit = 0;
  for (let i = 0; i < count; i++) {
    unit += r.next();
    units[i] = unit;
    const text = textOf(unit);
    const start = r.next();
    const end = start + r.next();
    const kind = r.next();
    const flags = kind >> 2;
    const m: { -readonly [K in keyof RawMention]: RawMention[K] } = { surface: text.slice(start, end), start, end, type: TYPES[kind & 3] };
    if (flags & HAS_ALIAS) {
      const aliasStart = r.next();
      const aliasEnd = aliasStart + r.next();
      m.parenAlias = { surface: text.slice(aliasStart, aliasEnd), start: aliasStart, end: aliasEnd };
    }
    if (flags & HAS_LONG) m.longForm = text.slice(start, start + r.next());
    if (flags & PAREN_SEPARATE) m.parenSeparate = true;
    if (flags & AFTER_TITLE) m.afterTitle = true;
    if (flags & FROM_GAZETTEER) m.fromGazetteer = true;
    mentions[i] = m;
  }
  return { units, mentions };
}

/**
 * Join encoded chunks (in unit order) into one stream: each chunk's first unit gap is
 * counted from unit 0, so it is rewritten as the gap from the previous chunk's last unit.
 */
export function joinEncoded(chunks: readonly (EncodedMentions & { readonly lastUnit: number })[]): EncodedMentions {
  const parts: Uint8Array[] = [];
  let count = 0;
  let prevLast = 0;
  for (const c of chunks) {
    if (c.count === 0) continue;
    const r = new VByteReader(c.stream);
    const firstUnit = r.next();
    const head = new VByteWriter();
    head.push(firstUnit - prevLast);
    parts.push(head.finish(), c.stream.subarray(r.at));
    count += c.count;
    prevLast = c.lastUnit;
  }
  const stream = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    stream.set(p, at);
    at += p.length;
  }
  return { count, stream };
}
