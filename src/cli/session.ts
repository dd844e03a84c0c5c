/**
 * One command's session: load the corpus the user named (or the bundled seeds), render
 * its diagnostics to stderr once, and build the index and entities only when asked.
 *
 * Where a snapshot exists (`warta index`; `.warta/` in the corpus folder or --cache DIR)
 * and was made with the same options, it is used: opened lazily when every file is
 * unchanged, or with only the changed, added and removed files read again.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { packagePath, wartaVersion } from '../paths.js';
import { DiagnosticList } from '../diagnostics.js';
import { UsageError } from './usage-error.js';
import type { NewsDocument } from '../model.js';
import type { UserAliases } from '../entities/resolve.js';
import type { Corpus, FileReport, LoadOptions } from '../pipeline/load.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';
import type { EntityTable } from '../entities/resolve.js';
import type { Ingested, IngestOptions } from '../pipeline/ingest.js';
import type { OpenSnapshot } from '../snapshot/snapshot.js';
import type { Manifest } from '../snapshot/manifest.js';
import { renderDiagnostic } from '../render/diagnostics.js';
import { makeStyle } from '../render/style.js';
import { colorLevel, type Io } from './io.js';
import { cleaningOptions, type CleaningFlags } from './cleaning-flags.js';
import { progressBar } from './progress.js';

/** The bundled seed corpus (used when no path is given). */
export const SEEDS_DIR = packagePath('seeds');

export interface CommonFlags extends CleaningFlags {
  clean?: boolean;
  color?: boolean;
  encoding?: string;
  follow?: boolean;
  maxFilesize?: number;
  /** Snapshot folder (--cache DIR), or false with --no-cache. */
  cache?: string | false;
  /** Check file contents against the snapshot's hashes, not only size and mtime. */
  verify?: boolean;
}

/** Where a corpus's snapshot lives, and the root its paths are relative to. */
export interface SnapshotPlace {
  readonly dir: string;
  readonly root: string;
}

export class Session {
  readonly diagnostics = new DiagnosticList();
  private corpus: Corpus | null = null;
  private index: CorpusIndex | null = null;
  private entityTable: EntityTable | null = null;
  private ingested: Ingested | null = null;
  private snapshot: OpenSnapshot | null = null;
  /** How the corpus was loaded: from files, a fresh snapshot, or a snapshot plus changed files. */
  source: { kind: 'files' } | { kind: 'snapshot' } | { kind: 'updated'; reread: number } = { kind: 'files' };

  constructor(
    readonly io: Io,
    readonly flags: CommonFlags,
  ) {}

  get outStyle() {
    return makeStyle(colorLevel(this.io.env, this.io.stdoutIsTTY, this.flags.color === false));
  }
  get errStyle() {
    return makeStyle(colorLevel(this.io.env, this.io.stderrIsTTY, this.flags.color === false));
  }

  /** Roots to read: the user's paths, or the seeds shown relative to the working directory. */
  roots(paths: readonly string[]): string[] {
    if (paths.length) return [...paths];
    const rel = path.relative(this.io.cwd, SEEDS_DIR);
    return [rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : SEEDS_DIR];
  }

  /** The snapshot place for these roots: one folder (its `.warta/`, or --cache DIR). */
  snapshotPlace(paths: readonly string[]): SnapshotPlace | null {
    if (this.flags.cache === false) return null;
    const roots = this.roots(paths);
    const isDir = roots.length === 1 && !!statSync(roots[0], { throwIfNoEntry: false })?.isDirectory();
    if (!isDir) {
      if (this.flags.cache) throw new UsageError('--cache works with one corpus folder');
      return null;
    }
    return { dir: this.flags.cache || path.join(roots[0], '.warta'), root: roots[0] };
  }

  /** Load options from the flags (the same for every path through the loader). */
  private async loadOptions(extra: LoadOptions): Promise<IngestOptions> {
    // decode.ts brings iconv-lite: imported only when an encoding is named.
    if (this.flags.encoding && !(await import('../pipeline/decode.js')).isKnownEncoding(this.flags.encoding)) {
      throw new UsageError(`unknown encoding ${this.flags.encoding} (try utf-8, utf-16le, windows-1252, iso-8859-1)`);
    }
    return {
      ...cleaningOptions(this.flags),
      noClean: this.flags.clean === false,
      encoding: this.flags.encoding,
      followLinks: !!this.flags.follow,
      maxFileSize: this.flags.maxFilesize,
      threads: this.io.env.WARTA_THREADS ? Number(this.io.env.WARTA_THREADS) : undefined,
      ...extra,
    };
  }

  private loadedKey = '';
  /** The options (and version) that change what a snapshot holds, as loaded; a snapshot made with others is not used. */
  get snapshotKey(): string {
    return this.loadedKey;
  }

  private optionsKey(opts: IngestOptions): string {
    return JSON.stringify([wartaVersion(), opts.noClean, [...(opts.disabledRules ?? [])].sort(), opts.rules?.text ?? null, opts.encoding ?? null, opts.followLinks, opts.maxFileSize ?? null]);
  }

  async load(paths: readonly string[], extra: LoadOptions = {}): Promise<Corpus> {
    if (this.corpus) return this.corpus;
    const opts = await this.loadOptions(extra);
    this.loadedKey = this.optionsKey(opts);
    const place = this.snapshotPlace(paths);
    const { readManifest } = await import('../snapshot/snapshot.js');
    const manifest = place ? readManifest(place.dir) : null;
    // An excluded file (the output) inside the corpus would be in the snapshot: read the files then.
    const inside = (p: string) => place && !path.relative(path.resolve(place.root), path.resolve(p)).startsWith('..');
    if (place && manifest && !extra.exclude?.some(inside)) {
      if (manifest.optionsKey === this.snapshotKey) {
        this.corpus = await this.fromSnapshot(place, manifest, opts);
      } else {
        this.note(`snapshot in ${place.dir} was made with other cleaning options or another warta version; reading the files (run warta index to update it)`);
      }
    }
    this.corpus ??= await this.fromFiles(this.roots(paths), opts);
    this.flushDiagnostics();
    return this.corpus;
  }

  /** The corpus files under roots, with their document ids. */
  private async discover(roots: readonly string[], opts: IngestOptions) {
    const { discoverFiles } = await import('../pipeline/discover.js');
    const { documentIds } = await import('../pipeline/load.js');
    const files = discoverFiles(roots, opts, this.diagnostics.report);
    return { files, ids: documentIds(files) };
  }

  private async fromFiles(roots: readonly string[], opts: IngestOptions): Promise<Corpus> {
    const { ingestFiles, ingestedDocuments } = await import('../pipeline/ingest.js');
    const { files, ids } = await this.discover(roots, opts);
    const bar = progressBar(this.io, 'reading', Number(this.io.env.WARTA_PROGRESS_DELAY_MS ?? 1000));
    try {
      this.ingested = await ingestFiles(files, ids, this.diagnostics.report, { ...opts, onProgress: bar.onProgress });
    } finally {
      bar.stop();
    }
    return { documents: ingestedDocuments(this.ingested), files: this.ingested.reports };
  }

  /** Open a fresh snapshot lazily, or reuse its unchanged documents and read the rest. */
  private async fromSnapshot(place: SnapshotPlace, manifest: Manifest, opts: IngestOptions): Promise<Corpus> {
    const { checkFreshness, stampChanged, NO_DOCUMENT } = await import('../snapshot/manifest.js');
    const { openSnapshot } = await import('../snapshot/snapshot.js');
    let snap: OpenSnapshot;
    try {
      snap = openSnapshot(place.dir, manifest, place.root);
    } catch (err) {
      this.note(`snapshot in ${place.dir} cannot be read (${(err as Error).message}); reading the files`);
      return this.fromFiles([place.root], opts);
    }
    if (await checkFreshness(manifest, snap.files, place.root, this.flags.verify)) {
      this.snapshot = snap;
      this.index = snap.index;
      this.source = { kind: 'snapshot' };
      for (const d of snap.diagnostics) this.diagnostics.report(d);
      return snap.corpus;
    }
    // Some files changed: keep the documents of unchanged files, read the others.
    snap.loadAll();
    const { ingestFiles, ingestedDocuments } = await import('../pipeline/ingest.js');
    const { files, ids } = await this.discover([place.root], opts);
    const known = new Map(snap.files.rels.map((rel, i) => [rel, i]));
    const details = snap.files.details();
    const documents: (NewsDocument | null)[] = new Array(files.length).fill(null);
    const reports: FileReport[] = new Array(files.length);
    const reread: number[] = [];
    const reusedPaths = new Set<string>();
    files.forEach((f, i) => {
      const rel = path.relative(place.root, f.display);
      const k = known.get(rel);
      const e = k === undefined ? undefined : details[k];
      const doc = k === undefined ? NO_DOCUMENT : snap.files.doc[k];
      const same =
        k !== undefined &&
        e?.[0] === 'ok' &&
        doc !== NO_DOCUMENT &&
        !stampChanged(f.absolute, statSync(f.absolute, { throwIfNoEntry: false }), snap.files.size[k], snap.files.mtimeMs[k], this.flags.verify ? e[5] : null);
      if (!same) return void reread.push(i);
      documents[i] = { ...snap.index.documents[doc], id: ids[i], file: f.display };
      reports[i] = { file: f.display, status: 'ok', encoding: e[1] ?? undefined, lines: e[2], removedLines: e[3], safetyNet: e[4] === 1 };
      reusedPaths.add(f.display);
    });
    for (const d of snap.diagnostics) if (d.path && reusedPaths.has(d.path)) this.diagnostics.report(d);
    const fresh = await ingestFiles(
      reread.map((i) => files[i]),
      reread.map((i) => ids[i]),
      this.diagnostics.report,
      { ...opts, threads: reread.length > 1000 ? undefined : 1 },
    );
    const freshDocs = ingestedDocuments(fresh);
    let k = 0;
    reread.forEach((i, j) => {
      reports[i] = fresh.reports[j];
      if (fresh.documents[j]) documents[i] = freshDocs[k++];
    });
    this.source = { kind: 'updated', reread: reread.length };
    const present = new Set(files.map((f) => path.relative(place.root, f.display)));
    const removed = snap.files.rels.filter((rel) => !present.has(rel)).length;
    this.note(`snapshot in ${place.dir} is out of date: ${reread.length} new or changed files read, ${removed} removed, ${reusedPaths.size} reused (run warta index to update it)`);
    return { documents: documents.filter((d): d is NewsDocument => d !== null), files: reports };
  }

  async indexOf(paths: readonly string[]): Promise<CorpusIndex> {
    if (!this.index) {
      const corpus = await this.load(paths);
      if (!this.index) {
        const { indexFromBatches, buildCorpusIndex } = await import('../search-index/corpus-index.js');
        if (this.ingested) {
          const { ingestedBatches } = await import('../pipeline/ingest.js');
          const batches = ingestedBatches(this.ingested);
          this.ingested = null; // the token batches are garbage once merged
          this.index = indexFromBatches(corpus.documents, batches);
        } else {
          this.index = buildCorpusIndex(corpus.documents);
        }
      }
    }
    return this.index;
  }

  /** Make sure every document and posting is in memory (before visiting them all). */
  async complete(paths: readonly string[]): Promise<void> {
    await this.load(paths);
    this.snapshot?.loadAll();
  }

  async entities(paths: readonly string[], aliases?: UserAliases): Promise<EntityTable> {
    if (!this.entityTable) {
      await this.complete(paths);
      const { resolveEntities, detectCorpusMentions } = await import('../entities/resolve.js');
      const index = await this.indexOf(paths);
      let detected;
      if (this.snapshot) {
        // Detection is the slow part: the first command that needs it saves it in the snapshot.
        const { readMentions, saveMentions } = await import('../snapshot/snapshot.js');
        detected = readMentions(this.snapshot);
        if (!detected) saveMentions(this.snapshot, (detected = detectCorpusMentions(index)));
      }
      this.entityTable = resolveEntities(index, { aliases }, detected);
    }
    return this.entityTable;
  }

  /** A one-line note on stderr (kept out of stdout and of the exit code). */
  note(message: string): void {
    this.diagnostics.report({ severity: 'warning', ruleId: 'snapshot/note', message });
  }

  private flushed = 0;
  /** Print diagnostics not printed yet (warnings and errors; notes only count). */
  flushDiagnostics(): void {
    const style = this.errStyle;
    for (const d of this.diagnostics.items.slice(this.flushed)) {
      if (d.severity !== 'info') this.io.err(renderDiagnostic(d, style));
    }
    this.flushed = this.diagnostics.items.length;
  }

  /** Exit code after a successful command: 2 when any file had an error. */
  exitCode(success: 0 | 1 = 0): number {
    return this.diagnostics.hasErrors ? 2 : success;
  }
}
