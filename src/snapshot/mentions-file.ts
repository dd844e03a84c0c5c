/**
 * Detected entity mentions in a snapshot (mentions.bin), as parallel typed arrays in a
 * container (container.ts): paragraph unit, offsets, type, flags and the offsets of a
 * parenthetical alias and of the long form. Every surface is a slice of its paragraph's
 * text (`text.slice(start, end) === surface`), so no string is stored: decoding takes the
 * paragraph texts. Written by `warta index`, or by the first command that detects.
 */
import { closeSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DetectedMentions } from '../entities/detect-corpus.js';
import type { EntityType } from '../entities/gazetteer.js';
import type { RawMention } from '../entities/mention.js';
import { addPending, removePending } from '../pending-files.js';
import { Container, writeContainer } from './container.js';

export const MENTIONS_FILE = 'mentions.bin';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const NONE = 0xffffffff;
const AFTER_TITLE = 1;
const FROM_GAZETTEER = 2;
const PAREN_SEPARATE = 4;

/** The mentions as typed arrays (offsets into each paragraph's text). */
export function encodeMentions(detected: DetectedMentions): Record<string, Uint32Array> {
  const n = detected.mentions.length;
  const a = {
    mUnit: Uint32Array.from(detected.units),
    mStart: new Uint32Array(n),
    mEnd: new Uint32Array(n),
    mKind: new Uint32Array(n),
    mAliasStart: new Uint32Array(n),
    mAliasEnd: new Uint32Array(n),
    mLongEnd: new Uint32Array(n),
  };
  detected.mentions.forEach((m, i) => {
    a.mStart[i] = m.start;
    a.mEnd[i] = m.end;
    const flags = (m.afterTitle ? AFTER_TITLE : 0) | (m.fromGazetteer ? FROM_GAZETTEER : 0) | (m.parenSeparate ? PAREN_SEPARATE : 0);
    a.mKind[i] = TYPES.indexOf(m.type) | (flags << 4);
    a.mAliasStart[i] = m.parenAlias?.start ?? NONE;
    a.mAliasEnd[i] = m.parenAlias?.end ?? NONE;
    a.mLongEnd[i] = m.longForm === undefined ? NONE : m.start + m.longForm.length;
  });
  return a;
}

/** Mentions back from their arrays; `textOf(u)` is the text of paragraph unit u. */
export function decodeMentions(a: Record<string, Uint32Array>, textOf: (u: number) => string): DetectedMentions {
  const mentions: RawMention[] = new Array(a.mUnit.length);
  for (let i = 0; i < a.mUnit.length; i++) {
    const text = textOf(a.mUnit[i]);
    const start = a.mStart[i];
    const kind = a.mKind[i];
    const flags = kind >> 4;
    const m: { -readonly [K in keyof RawMention]: RawMention[K] } = {
      surface: text.slice(start, a.mEnd[i]),
      start,
      end: a.mEnd[i],
      type: TYPES[kind & 15],
    };
    if (a.mAliasStart[i] !== NONE)
      m.parenAlias = { surface: text.slice(a.mAliasStart[i], a.mAliasEnd[i]), start: a.mAliasStart[i], end: a.mAliasEnd[i] };
    if (a.mLongEnd[i] !== NONE) m.longForm = text.slice(start, a.mLongEnd[i]);
    if (flags & PAREN_SEPARATE) m.parenSeparate = true;
    if (flags & AFTER_TITLE) m.afterTitle = true;
    if (flags & FROM_GAZETTEER) m.fromGazetteer = true;
    mentions[i] = m;
  }
  return { units: a.mUnit, mentions };
}

/** Write mentions.bin into `dir` for snapshot `build` (temporary file, then rename). */
export function writeMentionsFile(dir: string, build: string, detected: DetectedMentions): void {
  const file = path.join(dir, MENTIONS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  addPending(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeContainer(fd, build, { mentions: detected.mentions.length }, encodeMentions(detected));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    removePending(tmp);
  }
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
    const names = ['mUnit', 'mStart', 'mEnd', 'mKind', 'mAliasStart', 'mAliasEnd', 'mLongEnd'];
    return decodeMentions(Object.fromEntries(names.map((n) => [n, c.read(n)])), textOf);
  } catch {
    return null;
  } finally {
    c.close();
  }
}
