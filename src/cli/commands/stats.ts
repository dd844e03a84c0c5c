/**
 * `warta stats [PATH...]`: corpus counts, removed lines by rule, top words and entities.
 */
import { corpusStats } from '../../query/stats.js';
import { renderJson } from '../../render/format.js';
import { renderStats } from '../../render/table.js';
import type { Session } from '../session.js';

export async function runStats(session: Session, paths: string[], flags: { json?: boolean; top: number }): Promise<number> {
  const corpus = await session.open(paths);
  const dates = session.dates;
  const skipDocs = await session.skipDocs(corpus);
  // Within dates or without copies, the documents are read to summarise the ones counted.
  const source =
    dates || skipDocs
      ? { files: corpus.files, documents: await corpus.documents() }
      : { files: corpus.files, summary: await corpus.summary() };
  const stats = corpusStats(source, await corpus.index(), await corpus.entities({ dates, skipDocs }), { top: flags.top, dates, skipDocs });
  session.io.out(flags.json ? renderJson(stats) : renderStats(stats, session.outStyle));
  return session.exitCode();
}
