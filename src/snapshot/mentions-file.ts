/**
 * Detected entity mentions in a snapshot (mentions.bin): one variable-byte stream in a
 * container (container.ts) of paragraph units, offsets, type, flags and the offsets of a
 * parenthetical alias and of the long form. Every surface is a slice of its paragraph's
 * text (`text.slice(start, end) === surface`), so no string is stored: decoding takes the
 * paragraph texts. Written by `warta index`, or by the first command that detects.
 */
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { DetectedMentions } from '../entities/detect-corpus.js';
import type { EntityType } from '../entities/gazetteer.js';
import type { RawMention } from '../entities/mention.js';
import { replaceFile } from '../pending-files.js';
import { Container, writeContainer } from './container.js';
import { VByteReader, VByteWriter } from './vbyte.js';

export const MENTIONS_FILE = 'mentions.bin';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const AFTER_TITLE = 1;
const FROM_GAZETTEER = 2;
const PAREN_SEPARATE = 4;

const HAS_ALIAS = 8;
const HAS_LONG = 16;

/**
 * The mentions as one byte stream: per mention the gap from the previous mention's unit,
 * its start, its length, one byte of type and flags, then the alias's offsets and the
 * long form's length when it has them.
 */
export function encodeMentions(detected: DetectedMentions): Uint8Array {
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
  return w.finish();
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

/** Write mentions.bin into `dir` for snapshot `build` (temporary file, then rename). */
export function writeMentionsFile(dir: string, build: string, detected: DetectedMentions): void {
  replaceFile(path.join(dir, MENTIONS_FILE), [], (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      writeContainer(fd, build, { mentions: detected.mentions.length }, { mStream: encodeMentions(detected) });
    } finally {
      closeSync(fd);
    }
  });
}

/** The mentions in `dir` for snapshot `build`, or null (none, another build, unreadable). */
export function readMentionsFile(dir: string, build: string, textOf: (u: number) => string): DetectedMentions | null {
  let c: Container;
  try {
    c = Container.open(path.join(dir, MENTIONS_FILE));
  } catch {
    return null;
  }
  try {
    if (c.header.build !== build) return null;
    return decodeMentions(c.readBytes('mStream'), c.header.scalars.mentions, textOf);
  } catch {
    return null;
  } finally {
    c.close();
  }
}
