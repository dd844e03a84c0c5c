/**
 * One command's session: the flags turned into engine options, the process's I/O, the
 * diagnostics rendered once to stderr, and the exit code. The corpus itself is the
 * engine's (engine/open-corpus.ts); a session only opens it with the user's options.
 */
import type { Folded } from '../dupes/folded.js';
import type { DupeCluster } from '../dupes/near-duplicates.js';
import type { DateFrom } from '../dates/article-date.js';
import { type DayRange, sinceUntil } from '../dates/date-range.js';
import path from 'node:path';
import { DiagnosticList } from '../diagnostics.js';
import type { CorpusHandle, CorpusOptions } from '../engine/index.js';
import { renderDiagnostic } from '../render/diagnostics.js';
import { makeStyle, type Style } from '../render/style.js';
import { cleaningOptions, type CleaningFlags } from './cleaning-flags.js';
import { colorLevel, type Io } from './io.js';
import { progressBar } from './progress.js';
import { UsageError } from './usage-error.js';

/** The flags every corpus command takes (see `common` in main.ts). */
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
  /** Trust the snapshot unless a file was added, removed or renamed (read-only archives). */
  assumeUnchanged?: boolean;
  /** Where article dates come from. */
  dateFrom?: DateFrom;
  /** Columns of a table corpus (--fields text=main,...). */
  fields?: string;
  /** Fold near-duplicate articles into the one kept of each (--dedupe). */
  dedupe?: boolean;
  /** Only articles dated on or after / on or before (commands that list or count). */
  since?: string;
  until?: string;
}

export class Session {
  readonly diagnostics = new DiagnosticList();

  constructor(
    readonly io: Io,
    readonly flags: CommonFlags,
  ) {}

  get outStyle(): Style {
    return makeStyle(colorLevel(this.io.env, this.io.stdoutIsTTY, this.flags.color === false));
  }
  get errStyle(): Style {
    return makeStyle(colorLevel(this.io.env, this.io.stderrIsTTY, this.flags.color === false));
  }

  /** Roots to read: the user's paths, or the seeds shown relative to the working directory. */
  async roots(paths: readonly string[]): Promise<string[]> {
    if (paths.length) return [...paths];
    const { SEEDS_DIR } = await import('../engine/index.js');
    const rel = path.relative(this.io.cwd, SEEDS_DIR);
    return [rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : SEEDS_DIR];
  }

  private clusters: Promise<readonly DupeCluster[]> | null = null;
  private foldedCopies: Promise<Folded> | null = null;

  /** The corpus's clusters of near-duplicate articles (computed once per run). */
  duplicates(corpus: CorpusHandle): Promise<readonly DupeCluster[]> {
    this.clusters ??= (async () => (await import('../dupes/folded.js')).corpusDuplicates(await corpus.index()))();
    return this.clusters;
  }

  /** The near-duplicate copies of the corpus, from its clusters (computed once per run). */
  folded(corpus: CorpusHandle): Promise<Folded> {
    this.foldedCopies ??= (async () => {
      const { foldedCopies } = await import('../dupes/folded.js');
      return foldedCopies(await corpus.index(), await this.duplicates(corpus));
    })();
    return this.foldedCopies;
  }

  /** With --dedupe: the documents to leave out, said once on stderr; else null. */
  async skipDocs(corpus: CorpusHandle): Promise<Uint8Array | null> {
    if (!this.flags.dedupe) return null;
    const first = !this.foldedCopies;
    const f = await this.folded(corpus);
    if (first)
      this.io.err(`warta: ${f.count} near-duplicate article${f.count === 1 ? '' : 's'} folded into the one kept of each (--dedupe)\n`);
    return f.skip;
  }

  /** The days of --since and --until, or null when neither is given. */
  get dates(): DayRange | null {
    try {
      return sinceUntil(this.flags.since, this.flags.until);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }

  /** Engine options from the flags (cleaning, decoding, discovery, snapshot). */
  options(extra: CorpusOptions = {}): CorpusOptions {
    return {
      ...cleaningOptions(this.flags),
      noClean: this.flags.clean === false,
      encoding: this.flags.encoding,
      followLinks: !!this.flags.follow,
      maxFileSize: this.flags.maxFilesize,
      cache: this.flags.cache,
      verify: this.flags.verify,
      assumeUnchanged: this.flags.assumeUnchanged,
      dateFrom: this.flags.dateFrom,
      fields: this.flags.fields,
      threads: this.io.env.WARTA_THREADS ? Number(this.io.env.WARTA_THREADS) : undefined,
      ...extra,
    };
  }

  /** Open the corpus under paths (a progress bar on a terminal; diagnostics printed after). */
  async open(paths: readonly string[], extra: CorpusOptions = {}): Promise<CorpusHandle> {
    const { openCorpus, isOneFolder } = await import('../engine/index.js');
    const roots = await this.roots(paths);
    if (this.flags.cache && !isOneFolder(roots)) throw new UsageError('--cache works with one corpus folder');
    const bar = progressBar(this.io, 'reading', Number(this.io.env.WARTA_PROGRESS_DELAY_MS ?? 1000));
    try {
      const corpus = await openCorpus(roots, this.options({ ...extra, onProgress: bar.onProgress }), this.diagnostics.report);
      this.flushDiagnostics();
      return corpus;
    } finally {
      bar.stop();
    }
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
