/**
 * `warta index [PATH]`: read a corpus folder once and write its snapshot (`.warta/` in
 * the folder, or --cache DIR), so later commands open it instead of reading every file.
 * An up-to-date snapshot is left alone; a stale one is updated from the changed files.
 */
import { renderJson } from '../../render/format.js';
import { renderIndexSummary } from '../../render/snapshot.js';
import type { Session } from '../session.js';
import { UsageError } from '../usage-error.js';

export interface IndexFlags {
  json?: boolean;
  force?: boolean;
  /** false with --no-entities: leave entity detection to the first command that needs it. */
  entities?: boolean;
}

export async function runIndex(session: Session, paths: string[], flags: IndexFlags): Promise<number> {
  const { isOneFolder, saveSnapshot } = await import('../../engine/index.js');
  if (session.flags.cache === false || !isOneFolder(await session.roots(paths))) {
    throw new UsageError('warta index takes one corpus folder (files and several folders cannot share a snapshot)');
  }
  const started = performance.now();
  const corpus = await session.open(paths, { rebuild: !!flags.force });
  const saved = await saveSnapshot(corpus, { entities: flags.entities !== false });
  const summary = { ...saved, seconds: Math.round((performance.now() - started) / 10) / 100 };
  session.io.out(flags.json ? renderJson(summary) : renderIndexSummary(summary, session.outStyle));
  return session.exitCode();
}
