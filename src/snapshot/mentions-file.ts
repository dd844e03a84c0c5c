/**
 * Detected entity mentions in a snapshot (mentions.bin): their encoded stream
 * (entities/mention-codec.ts), the table of their distinct strings and each mention's
 * string ids (entities/mention-columns.ts), in a container (container.ts) with the
 * snapshot's build id. With the strings kept, resolving entities reads no document.
 * Written by `warta index`, or by the first command that detects.
 */
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { EncodedMentions } from '../entities/mention-codec.js';
import { decodeMentionColumns, type MentionColumns, surfaceTable } from '../entities/mention-columns.js';
import { replaceFile } from '../pending-files.js';
import { readPart, writeContainer } from './container.js';

export const MENTIONS_FILE = 'mentions.bin';

/** Write mentions.bin into `dir` for snapshot `build` (temporary file, then rename); `textOf(u)` is unit u's text. */
export function writeMentionsFile(dir: string, build: string, encoded: EncodedMentions, textOf: (u: number) => string): void {
  const table = surfaceTable(encoded.stream, encoded.count, textOf);
  const strings = Buffer.from(JSON.stringify(table.strings), 'utf8');
  replaceFile(path.join(dir, MENTIONS_FILE), [], (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      writeContainer(fd, build, { mentions: encoded.count }, { mStream: encoded.stream, sIds: table.ids, sTable: strings });
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * The mentions in `dir` for snapshot `build`, or null (none, another build, unreadable).
 * `textOf` gives the unit texts for a file written before the strings were kept in it.
 */
export function readMentionsFile(dir: string, build: string, textOf: () => (u: number) => string): MentionColumns | null {
  return readPart(path.join(dir, MENTIONS_FILE), build, (c) => {
    const stream = c.readBytes('mStream');
    const count = c.header.scalars.mentions;
    if (!c.header.arrays.sIds) return decodeMentionColumns(stream, count, { textOf: textOf() });
    const strings = JSON.parse(Buffer.from(c.readBytes('sTable')).toString('utf8')) as string[];
    return decodeMentionColumns(stream, count, { ids: c.readBytes('sIds'), strings });
  });
}
