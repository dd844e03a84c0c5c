/**
 * `warta stats [PATH...]`: corpus counts, removed lines by rule, top words and entities.
 */
import { corpusStats } from '../../query/stats.js';
import { renderStats } from '../../render/table.js';
import type { Session } from '../session.js';

export async function runStats(session: Session, paths: string[], flags: { json?: boolean; top: number }): Promise<number> {
  const corpus = await session.load(paths);
  const stats = corpusStats(corpus, await session.indexOf(paths), await session.entities(paths), { top: flags.top });
  session.io.out(flags.json ? JSON.stringify(stats, null, 2) + '\n' : renderStats(stats, session.outStyle));
  return session.exitCode();
}
