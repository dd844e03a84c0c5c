/**
 * Detected entity mentions in a snapshot (mentions.bin): their encoded stream
 * (entities/mention-codec.ts) in a container (container.ts), with the snapshot's build id.
 * Written by `warta index`, or by the first command that detects.
 */
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { DetectedMentions } from '../entities/detect-corpus.js';
import { decodeMentions, type EncodedMentions } from '../entities/mention-codec.js';
import { replaceFile } from '../pending-files.js';
import { Container, writeContainer } from './container.js';

export const MENTIONS_FILE = 'mentions.bin';

/** Write mentions.bin into `dir` for snapshot `build` (temporary file, then rename). */
export function writeMentionsFile(dir: string, build: string, encoded: EncodedMentions): void {
  replaceFile(path.join(dir, MENTIONS_FILE), [], (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      writeContainer(fd, build, { mentions: encoded.count }, { mStream: encoded.stream });
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
