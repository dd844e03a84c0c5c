/**
 * One command's session: load the corpus the user named (or the bundled seeds), render
 * its diagnostics to stderr once, and build the index and entities only when asked.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticList, UsageError } from '../diagnostics.js';
import { isKnownEncoding } from '../pipeline/decode.js';
import type { UserAliases } from '../entities/resolve.js';
import { loadCorpus, type Corpus, type LoadOptions } from '../pipeline/load.js';
import { buildCorpusIndex, type CorpusIndex } from '../index/corpus-index.js';
import { resolveEntities, type EntityTable } from '../entities/resolve.js';
import { renderDiagnostic } from '../render/diagnostics.js';
import { makeStyle } from '../render/style.js';
import { colorLevel, type Io } from './io.js';
import { cleaningOptions, type CleaningFlags } from './cleaning-flags.js';

/** The bundled seed corpus (used when no path is given). */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export interface CommonFlags extends CleaningFlags {
  clean?: boolean;
  color?: boolean;
  encoding?: string;
  follow?: boolean;
  maxFilesize?: number;
}

export class Session {
  readonly diagnostics = new DiagnosticList();
  private corpus: Corpus | null = null;
  private index: CorpusIndex | null = null;
  private entityTable: EntityTable | null = null;

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

  async load(paths: readonly string[], extra: LoadOptions = {}): Promise<Corpus> {
    if (this.flags.encoding && !isKnownEncoding(this.flags.encoding)) {
      throw new UsageError(`unknown encoding ${this.flags.encoding} (try utf-8, utf-16le, windows-1252, iso-8859-1)`);
    }
    if (!this.corpus) {
      this.corpus = await loadCorpus(this.roots(paths), this.diagnostics.report, {
        ...cleaningOptions(this.flags),
        noClean: this.flags.clean === false,
        encoding: this.flags.encoding,
        followLinks: !!this.flags.follow,
        maxFileSize: this.flags.maxFilesize,
        ...extra,
      });
      this.flushDiagnostics();
    }
    return this.corpus;
  }

  async indexOf(paths: readonly string[]): Promise<CorpusIndex> {
    if (!this.index) this.index = buildCorpusIndex((await this.load(paths)).documents);
    return this.index;
  }

  async entities(paths: readonly string[], aliases?: UserAliases): Promise<EntityTable> {
    if (!this.entityTable) this.entityTable = resolveEntities(await this.indexOf(paths), { aliases });
    return this.entityTable;
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
