/**
 * The one path from files to answers, for the command line and the library alike.
 *
 *   const corpus = await openCorpus(['./berita'], {}, report);
 *   search(await corpus.index(), '"perundingan damai"');
 *   (await corpus.entities()).entities;
 *
 * `openCorpus` discovers and reads the files, or opens the corpus's snapshot (made by
 * `warta index`) when it was made with the same options: lazily when every file is
 * unchanged, or with only the changed files read again. The index, the documents and
 * the entity table are built on first use and kept. Problems with files go to `report`
 * as diagnostics; errors a user can fix (a missing path, a bad rules file) are thrown
 * as typed errors (errors.ts).
 */
import path from 'node:path';
import type { Report } from '../diagnostics.js';
import type { Diagnostic, NewsDocument } from '../model.js';
import type { MentionColumns } from '../entities/mention-columns.js';
import type { DocumentSummary } from '../pipeline/document-summary.js';
import type { EncodedMentions } from '../entities/mention-codec.js';
import type { EntityTable, ResolveOptions } from '../entities/resolve.js';
import type { Corpus, FileReport } from '../pipeline/load.js';
import type { Ingested, IngestOptions } from '../pipeline/ingest.js';
import { type CorpusIndex, unitText } from '../search-index/corpus-index.js';
import type { OpenSnapshot } from '../snapshot/snapshot.js';
import { OptionError, SnapshotError } from '../errors.js';
import { packagePath } from '../paths.js';
import { discoverCorpus, ingestCorpusFiles, ingestOptions } from './load-files.js';
import { snapshotKeyOf, snapshotUnsafe, type CorpusOptions } from './options.js';
import { refreshFromSnapshot } from './refresh.js';
import { snapshotPlace, type SnapshotPlace } from './snapshot-place.js';

export type { CorpusOptions } from './options.js';
export type { SnapshotPlace } from './snapshot-place.js';

/** The bundled seed corpus, read when no root is given. */
export const SEEDS_DIR = packagePath('seeds');

/** Where the corpus came from: its files, a fresh snapshot, or a stale snapshot plus the files that changed. */
export type CorpusSource =
  | { readonly kind: 'files' }
  | { readonly kind: 'snapshot' }
  | { readonly kind: 'updated'; readonly reread: number; readonly removed: number; readonly reused: number };

/** An open corpus: what was read, and lazy access to its documents, index and entities. */
export interface CorpusHandle {
  /** The roots as given (the seeds when none were). */
  readonly roots: readonly string[];
  /** The options it was opened with. */
  readonly options: CorpusOptions;
  readonly source: CorpusSource;
  /** Where the snapshot of these roots lives (null: several roots, files, or snapshots off). */
  readonly place: SnapshotPlace | null;
  /** The key of the options that shape a snapshot (see options.ts). */
  readonly optionsKey: string;
  /** What happened to each file, in path order. */
  readonly files: readonly FileReport[];
  /** Every diagnostic about a file reported while opening (kept in a snapshot). */
  readonly fileDiagnostics: readonly Diagnostic[];
  /** Every document in memory, in path order. */
  documents(): Promise<readonly NewsDocument[]>;
  /** Documents and file reports together (for statistics). */
  corpus(): Promise<Corpus>;
  /** The search index (from the snapshot without reading every document). */
  index(): Promise<CorpusIndex>;
  /** What stats needs of the documents (from the snapshot's manifest without reading them). */
  summary(): Promise<DocumentSummary>;
  /** The entity mentions detected in every paragraph, as columns (from the snapshot when it has them, without reading a document). */
  mentions(): Promise<MentionColumns>;
  /** The mentions detected now, encoded (for a snapshot: no object per mention). */
  encodedMentions(): Promise<EncodedMentions>;
  /** Entity mentions resolved into entities, aliases merged (the detection is kept for the next call). */
  entities(options?: ResolveOptions): Promise<EntityTable>;
}

/** What opening produced, before anything lazy runs. */
interface Opened {
  readonly source: CorpusSource;
  readonly files: readonly FileReport[];
  readonly documents: readonly NewsDocument[];
  /** The token batches when the files were read (so the index needs no second tokenizing). */
  ingested: Ingested | null;
  readonly snapshot: OpenSnapshot | null;
}

/** Open a corpus: the files under roots (the bundled seeds when there are none). */
export async function openCorpus(roots: readonly string[], options: CorpusOptions = {}, report: Report = () => {}): Promise<CorpusHandle> {
  const given = roots.length ? [...roots] : [SEEDS_DIR];
  if (options.encoding && !(await import('../pipeline/decode.js')).isKnownEncoding(options.encoding)) {
    throw new OptionError(`unknown encoding ${options.encoding} (try utf-8, utf-16le, windows-1252, iso-8859-1)`);
  }
  const fileDiagnostics: Diagnostic[] = [];
  const collect: Report = (d) => {
    if (d.path) fileDiagnostics.push(d);
    report(d);
  };
  const place = snapshotUnsafe(options) ? null : snapshotPlace(given, options.cache);
  const key = snapshotKeyOf(options);
  const ingest = await ingestOptions(options);
  const opened =
    (place && !options.rebuild && (await fromSnapshot(place, key, options, ingest, collect))) ||
    (await fromFiles(given, options, ingest, collect));
  return new OpenedCorpus(given, options, place, key, opened, fileDiagnostics);
}

/** A one-line note (kept out of the exit code). */
function note(report: Report, message: string): void {
  report({ severity: 'warning', ruleId: 'snapshot/note', message });
}

async function fromFiles(roots: readonly string[], options: CorpusOptions, ingest: IngestOptions, report: Report): Promise<Opened> {
  const { files, ids } = await discoverCorpus(roots, options, report);
  const ingested = await ingestCorpusFiles(files, ids, report, ingest);
  const { ingestedDocuments } = await import('../pipeline/ingest.js');
  return { source: { kind: 'files' }, files: ingested.reports, documents: ingestedDocuments(ingested), ingested, snapshot: null };
}

/** The snapshot, fresh or brought up to date; null when there is none to use. */
async function fromSnapshot(
  place: SnapshotPlace,
  key: string,
  options: CorpusOptions,
  ingest: IngestOptions,
  report: Report,
): Promise<Opened | null> {
  const { readManifest, openSnapshot } = await import('../snapshot/snapshot.js');
  const manifest = readManifest(place.dir);
  if (!manifest) return null;
  if (manifest === 'other') {
    note(
      report,
      `snapshot in ${place.dir} was made by another warta version or is damaged; reading the files (run warta index to update it)`,
    );
    return null;
  }
  // An excluded file (the output) inside the corpus would be in the snapshot: read the files then.
  const inside = (p: string) => !path.relative(path.resolve(place.root), path.resolve(p)).startsWith('..');
  if (options.exclude?.some(inside)) return null;
  if (manifest.optionsKey !== key) {
    note(
      report,
      `snapshot in ${place.dir} was made with other cleaning options or another warta version; reading the files (run warta index to update it)`,
    );
    return null;
  }
  let snap: OpenSnapshot;
  try {
    snap = openSnapshot(place.dir, manifest, place.root);
  } catch (err) {
    note(report, `snapshot in ${place.dir} cannot be read (${(err as Error).message}); reading the files`);
    return null;
  }
  const { checkFreshness } = await import('../snapshot/manifest.js');
  if (await checkFreshness(manifest, snap.files, place.root, options.verify, options.assumeUnchanged)) {
    for (const d of snap.diagnostics) report(d);
    return {
      source: { kind: 'snapshot' },
      get files() {
        return snap.corpus.files;
      },
      documents: snap.corpus.documents,
      ingested: null,
      snapshot: snap,
    };
  }
  const r = await refreshFromSnapshot(snap, place.root, options, ingest, report);
  note(
    report,
    `snapshot in ${place.dir} is out of date: ${r.reread} new or changed files read, ${r.removed} removed, ${r.reused} reused (run warta index to update it)`,
  );
  return {
    source: { kind: 'updated', reread: r.reread, removed: r.removed, reused: r.reused },
    files: r.files,
    documents: r.documents,
    ingested: null,
    snapshot: null,
  };
}

class OpenedCorpus implements CorpusHandle {
  private builtIndex: CorpusIndex | null;
  private detected: MentionColumns | null = null;
  private encoded: EncodedMentions | null = null;
  private lastTable: { options: ResolveOptions; table: EntityTable } | null = null;

  constructor(
    readonly roots: readonly string[],
    readonly options: CorpusOptions,
    readonly place: SnapshotPlace | null,
    readonly optionsKey: string,
    private readonly opened: Opened,
    readonly fileDiagnostics: readonly Diagnostic[],
  ) {
    this.builtIndex = opened.snapshot?.index ?? null;
  }

  get source(): CorpusSource {
    return this.opened.source;
  }

  get files(): readonly FileReport[] {
    return this.opened.files;
  }

  async documents(): Promise<readonly NewsDocument[]> {
    this.opened.snapshot?.loadDocuments();
    return this.opened.documents;
  }

  async corpus(): Promise<Corpus> {
    return { documents: await this.documents(), files: this.files };
  }

  async index(): Promise<CorpusIndex> {
    if (!this.builtIndex) {
      const { indexFromBatches, buildCorpusIndex } = await import('../search-index/corpus-index.js');
      const { ingested } = this.opened;
      if (ingested) {
        this.builtIndex = indexFromBatches(this.opened.documents, ingested.batches);
        this.opened.ingested = null; // the token batches are garbage once merged
      } else {
        this.builtIndex = buildCorpusIndex(this.opened.documents);
      }
    }
    return this.builtIndex;
  }

  async summary(): Promise<DocumentSummary> {
    const kept = this.opened.snapshot?.summary;
    if (kept) return kept;
    const { summarizeDocuments } = await import('../pipeline/document-summary.js');
    return summarizeDocuments(await this.documents());
  }

  async mentions(): Promise<MentionColumns> {
    if (!this.detected) {
      const index = await this.index();
      const snap = this.opened.snapshot;
      const { readMentions } = await import('../snapshot/snapshot.js');
      this.detected = snap ? readMentions(snap) : null;
      if (!this.detected) {
        const { decodeMentionColumns } = await import('../entities/mention-columns.js');
        const encoded = await this.encodedMentions();
        this.detected = decodeMentionColumns(encoded.stream, encoded.count, { textOf: (u) => unitText(index, u) });
      }
    }
    return this.detected;
  }

  async encodedMentions(): Promise<EncodedMentions> {
    if (!this.encoded) {
      const index = await this.index();
      await this.documents();
      const { detectCorpusMentions } = await import('../entities/detect-corpus.js');
      this.encoded = await detectCorpusMentions(index, { threads: this.options.threads });
      // Detection is the slow part: a snapshot made without it keeps it for next time.
      const snap = this.opened.snapshot;
      if (snap) (await import('../snapshot/snapshot.js')).saveMentions(snap, this.encoded);
    }
    return this.encoded;
  }

  async entities(options: ResolveOptions = {}): Promise<EntityTable> {
    const last = this.lastTable?.options;
    if (
      last &&
      last.aliases === options.aliases &&
      last.skipDocs === options.skipDocs &&
      JSON.stringify(last.dates) === JSON.stringify(options.dates)
    )
      return this.lastTable!.table;
    const snap = this.opened.snapshot;
    let table: EntityTable;
    const { readEntitiesFile, writeEntitiesFile } = await import('../snapshot/entities-file.js');
    // The kept table has the built-in aliases and every date.
    const plain = !options.aliases && !options.dates && !options.skipDocs;
    const kept = snap && plain ? readEntitiesFile(snap.dir, snap.build) : null;
    const { readMentions } = await import('../snapshot/snapshot.js');
    const { resolveEntities } = await import('../entities/resolve.js');
    if (snap && kept) {
      // The kept table lists entities; each mention is resolved only when asked for.
      let all: EntityTable | null = null;
      const index = await this.index();
      const mentions = () => {
        this.detected ??= readMentions(snap);
        if (!this.detected) throw new SnapshotError(`the snapshot in ${snap.dir} lacks its mentions file: run warta index --force`);
        return this.detected;
      };
      table = {
        entities: kept.entities,
        get nameOfKey() {
          return kept.nameOfKey;
        },
        get unitsByEntity() {
          return kept.unitsByEntity;
        },
        get occurrences() {
          return (all ??= resolveEntities(index, options, mentions())).occurrences;
        },
      };
    } else {
      table = resolveEntities(await this.index(), options, await this.mentions());
      // Resolving is the slow part of listing: a snapshot keeps the table for next time.
      if (snap && plain) {
        try {
          writeEntitiesFile(snap.dir, snap.build, table);
        } catch {
          // A read-only snapshot folder only means resolving again next time.
        }
      }
    }
    this.lastTable = { options, table };
    return table;
  }
}
