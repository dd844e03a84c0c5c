/**
 * `warta dupes [PATH...]`: clusters of near-duplicate articles (wire copies, republished
 * stories), each with its canonical member and every member's similarity to it; with
 * `--level paragraph`, paragraphs repeated across articles.
 */
import { documentFilter } from '../../analysis/document-filter.js';
import { corpusDuplicates } from '../../dupes/folded.js';
import type { DupeCluster } from '../../dupes/near-duplicates.js';
import { type CorpusIndex, fileOfDocument } from '../../search-index/corpus-index.js';
import type { NewsDocument } from '../../model.js';
import { renderJson } from '../../render/format.js';
import { renderDupes } from '../../render/dupes.js';
import type { Session } from '../session.js';
import { UsageError } from '../usage-error.js';

export interface DupesFlags {
  threshold?: number;
  containment?: boolean;
  level?: string;
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
  const filter = documentFilter(index, dates);
  const options = { threshold: flags.threshold, containment: flags.containment };
  let clusters: DupeCluster[];
  let documents = index.documents.length;
  if (flags.level === 'paragraph') {
    const { repeatedParagraphs } = await import('../../dupes/paragraphs.js');
    clusters = repeatedParagraphs(index, options, filter ?? undefined);
  } else {
    const kept = filter ? index.documents.map((_, d) => d).filter(filter) : undefined;
    if (kept) documents = kept.length;
    clusters = corpusDuplicates(index, options, kept);
  }
  // The terminal shows --top clusters: only their members' documents are read.
  const shown = flags.json ? clusters : clusters.slice(0, flags.top);
  const duplicates = clusters.reduce((n, c) => n + c.members.length - 1, 0);
  const result =
    flags.level === 'paragraph' ? paragraphResult(index, shown, duplicates) : articleResult(index, shown, documents, duplicates);
  session.io.out(flags.json ? renderJson(result) : renderDupes({ ...result, clusterCount: clusters.length }, session.outStyle));
  return session.exitCode();
}

/**
 * Members' documents, read from a snapshot without keeping them all (a cluster list can name
 * every article of the corpus): the last few thousand read are kept, for paragraphs of one article.
 */
function documentReader(index: CorpusIndex): (d: number) => NewsDocument {
  const kept = new Map<number, NewsDocument>();
  return (d) => {
    let doc = kept.get(d);
    if (!doc) {
      if (kept.size >= 4096) kept.clear();
      kept.set(d, (doc = index.documentAt?.(d) ?? index.documents[d]));
    }
    return doc;
  };
}

function articleResult(index: CorpusIndex, clusters: readonly DupeCluster[], documents: number, duplicates: number) {
  const documentOf = documentReader(index);
  const member = (d: number) => {
    const doc = documentOf(d);
    return { file: doc.file, document: doc.id, title: doc.title, date: doc.meta.date ?? null, outlet: doc.meta.outlet ?? null };
  };
  return {
    clusters: clusters.map((c) => ({
      canonical: fileOfDocument(index, c.canonical),
      members: c.members.map((m) => ({ ...member(m.document), similarity: m.similarity, containment: m.containment })),
    })),
    documents,
    duplicates,
  };
}

function paragraphResult(index: CorpusIndex, clusters: readonly DupeCluster[], duplicates: number) {
  const documentOf = documentReader(index);
  return {
    level: 'paragraph' as const,
    clusters: clusters.map((c) => ({
      canonical: fileOfDocument(index, index.docOf[c.canonical]),
      paragraph: index.paraOf[c.canonical] + 1,
      text: documentOf(index.docOf[c.canonical]).paragraphs[index.paraOf[c.canonical]].text,
      members: c.members.map((m) => {
        const doc = documentOf(index.docOf[m.document]);
        return {
          file: doc.file,
          document: doc.id,
          paragraph: index.paraOf[m.document] + 1,
          title: doc.title,
          date: doc.meta.date ?? null,
          outlet: doc.meta.outlet ?? null,
          similarity: m.similarity,
          containment: m.containment,
        };
      }),
    })),
    duplicates,
  };
}
