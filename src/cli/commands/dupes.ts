/**
 * `warta dupes [PATH...]`: clusters of near-duplicate articles (wire copies, republished
 * stories), each with its canonical member and every member's similarity to it.
 */
import { nearDuplicates } from '../../dupes/near-duplicates.js';
import { documentFilter } from '../../analysis/document-filter.js';
import { renderJson } from '../../render/format.js';
import { renderDupes } from '../../render/dupes.js';
import type { Session } from '../session.js';
import { UsageError } from '../usage-error.js';

export interface DupesFlags {
  threshold?: number;
  containment?: boolean;
  top: number;
  json?: boolean;
}

export async function runDupes(session: Session, paths: string[], flags: DupesFlags & { dedupe?: boolean }): Promise<number> {
  if (flags.dedupe)
    throw new UsageError('--dedupe folds the copies warta dupes lists; use it with search, stats, entities, export or trend');
  if (flags.threshold !== undefined && !(flags.threshold > 0 && flags.threshold <= 1))
    throw new UsageError(`--threshold takes a similarity above 0 and at most 1, got ${flags.threshold}`);
  const dates = session.dates;
  const corpus = await session.open(paths);
  const index = await corpus.index();
  const all = await corpus.documents();
  const filter = documentFilter(index, dates);
  const kept = filter ? all.map((_, d) => d).filter(filter) : all.map((_, d) => d);
  const clusters = nearDuplicates(
    kept.map((d) => all[d]),
    (i) => index.docDay[kept[i]],
    { threshold: flags.threshold, containment: flags.containment },
  );
  const doc = (i: number) => all[kept[i]];
  const result = {
    clusters: clusters.map((c) => ({
      canonical: doc(c.canonical).file,
      members: c.members.map((m) => ({
        file: doc(m.document).file,
        document: doc(m.document).id,
        title: doc(m.document).title,
        date: doc(m.document).meta.date ?? null,
        outlet: doc(m.document).meta.outlet ?? null,
        similarity: m.similarity,
        containment: m.containment,
      })),
    })),
    documents: kept.length,
    duplicates: clusters.reduce((n, c) => n + c.members.length - 1, 0),
  };
  session.io.out(
    flags.json
      ? renderJson(result)
      : renderDupes({ ...result, clusters: result.clusters.slice(0, flags.top), clusterCount: result.clusters.length }, session.outStyle),
  );
  return session.exitCode();
}
