/**
 * Persisted index: write a loaded corpus and its index to a folder, and open it again
 * without cleaning or tokenizing anything.
 *
 *   manifest.json  folders, options, diagnostics, the documents' summary for stats (see manifest.ts)
 *   files.json     the corpus files' paths (sizes and mtimes are in index.bin)
 *   reports.json   what the loader reported on each file, and its SHA-1 (read on demand)
 *   index.bin      typed arrays: compressed postings (postings-codec.ts), lengths, lexicon counts,
 *                  per-term counts (term-stats.ts), near-duplicate keys (dupes/shingles.ts),
 *                  file stamps (container.ts)
 *   forms.txt      the lexicon's folded forms, one per line, in form-id order
 *   terms.txt      the index keys, one per line, in term-id order
 *   docs.bin       each document as JSON (file path relative to the root), deflated on its own
 *                  so a search reads and inflates only the documents of its hits
 *   mentions.bin   entity mentions per paragraph and their strings (mentions-file.ts), written by
 *                  warta index or by the first command that detects them
 *   entities.bin   the entity table resolved from them (entities-file.ts), written beside them
 *
 * Opening is lazy: a search reads the manifest, the small arrays and the word lists,
 * then only the postings of its own words and the documents of its hits. Commands that
 * need every document (export, entity occurrences) call `loadDocuments`; entity lists and
 * stats read the kept table, term counts and summary, and no document.
 * Every file is written under a temporary name and renamed; the manifest goes last.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import path from 'node:path';
import type { Diagnostic, NewsDocument } from '../model.js';
import type { MentionColumns } from '../entities/mention-columns.js';
import type { EncodedMentions } from '../entities/mention-codec.js';
import { readMentionsFile, writeMentionsFile } from './mentions-file.js';
import { type KeptTable, writeEntitiesFile } from './entities-file.js';
import { type CorpusIndex, unitText } from '../search-index/corpus-index.js';
import type { FieldLoader, IndexedField } from '../search-index/positional-index.js';
import { TermDictionary } from '../search-index/positional-index.js';
import { Lexicon } from '../search-index/lexicon.js';
import { termStatistics } from '../search-index/term-stats.js';
import { type DocumentSummary, summarizeDocuments } from '../pipeline/document-summary.js';
import type { Corpus, FileReport } from '../pipeline/load.js';
import { Container, writeContainer } from './container.js';
import { decodeAll, decodeForm, decodeTerm, encodeField, fieldArrays } from './postings-codec.js';
import { addPending, removePending, replaceFile } from '../pending-files.js';
import { NO_DOCUMENT, SNAPSHOT_FORMAT, type FileDetail, type FileTable, type Manifest } from './manifest.js';

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha1: string;
}

export interface SnapshotInput {
  /** The corpus root as the user typed it (document paths are stored relative to it). */
  readonly root: string;
  readonly warta: string;
  readonly optionsKey: string;
  readonly corpus: Corpus;
  readonly index: CorpusIndex;
  /** Size, mtime and SHA-1 of each file of `corpus.files`, same order. */
  readonly stats: readonly FileStamp[];
  /** Folder mtimes, read after the snapshot folder exists (creating it changes its parent's). */
  readonly dirs: () => [string, number][];
  readonly diagnostics: readonly Diagnostic[];
  /** The corpus's entity mentions, when detected (`warta index` without --no-entities). */
  readonly mentions?: EncodedMentions;
  /** The entity table resolved from them with the built-in aliases. */
  readonly entities?: KeptTable;
}

/**
 * Write a snapshot to `dir`, replacing any there. The parts are written to a staging
 * folder beside it that then takes its place (folder renames are atomic), and the
 * manifest goes in last: a reader sees the old snapshot, none, or the whole new one.
 * Returns the bytes it takes.
 */
export function writeSnapshot(dir: string, input: SnapshotInput): number {
  const build = randomBytes(8).toString('hex');
  const rel = (display: string) => path.relative(input.root, display) || path.basename(display);
  const staging = path.join(path.dirname(dir), `.${path.basename(dir)}.${process.pid}.tmp`);
  const old = path.join(path.dirname(dir), `.${path.basename(dir)}.${process.pid}.old`);
  addPending(staging);
  mkdirSync(path.dirname(dir), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  const target = (name: string) => path.join(staging, name);
  try {
    // Documents, one JSON line each, with byte offsets for lazy reads.
    const { index, corpus } = input;
    const docOffsets = new Float64Array(index.documents.length + 1);
    const fd = openSync(target('docs.bin'), 'w');
    let at = 0;
    try {
      // Written in writes of about a megabyte, not one per document.
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = () => {
        if (pendingBytes) writeSync(fd, Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      };
      index.documents.forEach((d, i) => {
        docOffsets[i] = at;
        const packed = deflateRawSync(JSON.stringify({ ...d, file: rel(d.file) }));
        pending.push(packed);
        pendingBytes += packed.length;
        at += packed.length;
        if (pendingBytes >= 1 << 20) flush();
      });
      flush();
      docOffsets[index.documents.length] = at;
    } finally {
      closeSync(fd);
    }
    writeFileSync(target('forms.txt'), index.lexicon.forms.join('\n'));
    writeFileSync(target('terms.txt'), index.terms.keys.join('\n'));
    const counts = index.lexicon.caseCounts();
    const docNumber = new Map(index.documents.map((d, i) => [d.file, i]));
    const files = corpus.files;
    writeFileSync(target('files.json'), JSON.stringify(files.map((f) => rel(f.file))));
    writeFileSync(
      target('reports.json'),
      JSON.stringify(
        files.map(
          (f, i): FileDetail => [f.status, f.encoding ?? null, f.lines ?? 0, f.removedLines ?? 0, f.safetyNet ? 1 : 0, input.stats[i].sha1],
        ),
      ),
    );
    const arrays: Record<string, Uint32Array | Float64Array | Uint8Array> = {
      docOf: index.docOf,
      paraOf: index.paraOf,
      docDay: index.docDay,
      formTerm: index.formTerm,
      formOrder: index.lexicon.sortedFormIds(),
      capitalised: counts.capitalised,
      lower: counts.lower,
      docOffsets,
      fileSize: Float64Array.from(input.stats, (s) => s.size),
      fileMtime: Float64Array.from(input.stats, (s) => s.mtimeMs),
      fileDoc: Uint32Array.from(files, (f) => docNumber.get(f.file) ?? NO_DOCUMENT),
    };
    const termStats = termStatistics(index);
    arrays.tsCount = termStats.count;
    arrays.tsDocs = termStats.documents;
    if (index.dupeKeys) arrays.dupeKeys = index.dupeKeys();
    for (const [prefix, field] of [
      ['p.', index.paragraphs],
      ['t.', index.titles],
    ] as const) {
      for (const [name, a] of Object.entries(encodeField(field))) arrays[prefix + name] = a;
    }
    const ifd = openSync(target('index.bin'), 'w');
    try {
      writeContainer(
        ifd,
        build,
        {
          pUnits: index.paragraphs.unitCount,
          pAvg: index.paragraphs.avgLength,
          tUnits: index.titles.unitCount,
          tAvg: index.titles.avgLength,
        },
        arrays,
      );
    } finally {
      closeSync(ifd);
    }
    if (input.mentions) writeMentionsFile(staging, build, input.mentions, (u) => unitText(index, u));
    if (input.entities) writeEntitiesFile(staging, build, input.entities);
    const manifest: Manifest = {
      format: SNAPSHOT_FORMAT,
      warta: input.warta,
      build,
      optionsKey: input.optionsKey,
      createdAt: new Date().toISOString(),
      documents: index.documents.length,
      dirs: [],
      fileCount: files.length,
      diagnostics: input.diagnostics.map((d) => (d.path ? { ...d, path: rel(d.path) } : d)),
      summary: summarizeDocuments(corpus.documents),
    };
    // Swap the folders, then write the manifest (folder mtimes are read after the swap,
    // which changes the mtime of the folder holding the snapshot).
    addPending(old);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    removePending(staging);
    rmSync(old, { recursive: true, force: true });
    removePending(old);
    replaceFile(path.join(dir, 'manifest.json'), [JSON.stringify({ ...manifest, dirs: input.dirs() })]);
    return readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    removePending(staging);
    throw err;
  }
}

/** Read a snapshot's manifest: null when there is none, 'other' when it is of another format or cannot be read. */
export function readManifest(dir: string): Manifest | 'other' | null {
  let text: string;
  try {
    text = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(text) as Manifest;
    return m.format === SNAPSHOT_FORMAT ? m : 'other';
  } catch {
    return 'other';
  }
}

export interface OpenSnapshot {
  readonly dir: string;
  readonly build: string;
  readonly corpus: Corpus;
  readonly files: FileTable;
  readonly index: CorpusIndex;
  /** Diagnostics of the load that made the snapshot, paths under the current root. */
  readonly diagnostics: readonly Diagnostic[];
  /** Read every document now (entities and export visit them all; postings stay lazy). */
  loadDocuments(): void;
  /** What stats needs of the documents, when the snapshot kept it. */
  readonly summary?: DocumentSummary;
}

/** Open a snapshot lazily. `root` is the corpus root as typed now (for display paths). */
export function openSnapshot(dir: string, manifest: Manifest, root: string): OpenSnapshot {
  const c = Container.open(path.join(dir, 'index.bin'));
  if (c.header.build !== manifest.build) {
    c.close();
    throw new Error('snapshot files do not belong together (written by two runs)');
  }
  const prefix = path.join(root, '.') === '.' ? '' : path.join(root, '.') + path.sep;
  const display = (rel: string) => prefix + rel;
  const sc = c.header.scalars;
  const forms = readFileSync(path.join(dir, 'forms.txt'), 'utf8').split('\n');
  const keys = readFileSync(path.join(dir, 'terms.txt'), 'utf8').split('\n');
  const formTerm = c.read('formTerm');
  const lexicon = Lexicon.restore(forms, c.read('capitalised'), c.read('lower'), formTerm, keys, c.read('formOrder'));
  const paragraphs = lazyField(c, 'p.', sc.pUnits, sc.pAvg);
  const titles = lazyField(c, 't.', sc.tUnits, sc.tAvg);
  const docs = lazyDocuments(path.join(dir, 'docs.bin'), c.readF64('docOffsets'), display);
  let docFiles: string[] | null = null;
  const fileOf = (d: number): string => {
    if (!docFiles) {
      docFiles = new Array<string>(manifest.documents);
      for (let i = 0; i < files.rels.length; i++) if (files.doc[i] !== NO_DOCUMENT) docFiles[files.doc[i]] = display(files.rels[i]);
    }
    return docFiles[d];
  };
  let dupeKeys: Uint32Array | undefined;
  const index: CorpusIndex = {
    documents: docs.list,
    docOf: c.read('docOf'),
    paraOf: c.read('paraOf'),
    docDay: c.read('docDay'),
    lexicon,
    terms: TermDictionary.restore(keys),
    formTerm,
    paragraphs,
    titles,
    fileOf,
    documentAt: docs.peek,
    termStats: c.header.arrays.tsCount ? { count: c.read('tsCount'), documents: c.read('tsDocs') } : undefined,
    dupeKeys: c.header.arrays.dupeKeys ? () => (dupeKeys ??= c.read('dupeKeys')) : undefined,
  };
  let details: FileDetail[] | null = null;
  let rels: string[] | null = null;
  const files: FileTable = {
    // Read on first use: a search on a snapshot trusted as unchanged never needs the file list.
    get rels() {
      return (rels ??= JSON.parse(readFileSync(path.join(dir, 'files.json'), 'utf8')) as string[]);
    },
    size: c.readF64('fileSize'),
    mtimeMs: c.readF64('fileMtime'),
    doc: c.read('fileDoc'),
    details: () => (details ??= JSON.parse(readFileSync(path.join(dir, 'reports.json'), 'utf8')) as FileDetail[]),
  };
  let reports: FileReport[] | null = null;
  const corpus: Corpus = {
    documents: docs.list,
    // Built on first use: a search never needs the per-file reports.
    get files() {
      return (reports ??= files
        .details()
        .map(([status, encoding, lines, removedLines, safetyNet], i) =>
          status === 'ok'
            ? { file: display(files.rels[i]), status, encoding: encoding ?? undefined, lines, removedLines, safetyNet: safetyNet === 1 }
            : { file: display(files.rels[i]), status },
        ));
    },
  };
  return {
    dir,
    build: manifest.build,
    corpus,
    files,
    index,
    diagnostics: manifest.diagnostics.map((d) => (d.path ? { ...d, path: display(d.path) } : d)),
    loadDocuments: () => docs.loadAll(),
    summary: manifest.summary,
  };
}

/** A field whose postings are read from disk and decoded per term or form, on first use. */
function lazyField(c: Container, prefix: string, unitCount: number, avgLength: number): IndexedField {
  const a = fieldArrays(c.read(`${prefix}termStart`), c.read(`${prefix}termPos`), c.read(`${prefix}formStart`));
  const termBytes = c.readNumbers(`${prefix}termBytes`);
  const formBytes = c.readNumbers(`${prefix}formBytes`);
  const termDone = new Uint8Array(a.termStart.length);
  const formDone = new Uint8Array(a.formStart.length);
  let everything = false;
  const load: FieldLoader = {
    term(t) {
      if (everything || termDone[t] || t + 1 >= a.termStart.length) return;
      termDone[t] = 1;
      if (a.termStart[t] === a.termStart[t + 1]) return;
      decodeTerm(a, t, c.readBytes(`${prefix}tStream`, termBytes[t], termBytes[t + 1]));
    },
    form(f) {
      if (everything || formDone[f] || f + 1 >= a.formStart.length) return;
      formDone[f] = 1;
      if (a.formStart[f] === a.formStart[f + 1]) return;
      decodeForm(a, f, c.readBytes(`${prefix}fStream`, formBytes[f], formBytes[f + 1]));
    },
    all() {
      if (everything) return;
      decodeAll(a, c.readBytes(`${prefix}tStream`), c.readBytes(`${prefix}fStream`));
      everything = true;
    },
  };
  return { unitCount, avgLength, lengths: c.read(`${prefix}lengths`), ...a, load };
}

/**
 * The document list, read and inflated one by one from docs.bin on first access. A Proxy keeps it
 * an ordinary array to every reader (index.documents[i], .length, iteration).
 */
function lazyDocuments(
  file: string,
  offsets: Float64Array,
  display: (rel: string) => string,
): { list: NewsDocument[]; loadAll(): void; peek(i: number): NewsDocument } {
  const n = offsets.length - 1;
  const cache: (NewsDocument | undefined)[] = new Array(n);
  let fd: number | null = null;
  const read = (i: number): NewsDocument => {
    fd ??= openSync(file, 'r');
    const buf = Buffer.alloc(offsets[i + 1] - offsets[i]);
    readSync(fd, buf, 0, buf.length, offsets[i]);
    const raw = JSON.parse(inflateRawSync(buf).toString('utf8')) as NewsDocument;
    return { ...raw, file: display(raw.file) };
  };
  const get = (i: number): NewsDocument => (cache[i] ??= read(i));
  // In chunks of documents of about 32 MB: a 1 GB corpus is more than one string can hold.
  const loadAll = () => {
    fd ??= openSync(file, 'r');
    for (let i = 0; i < n; ) {
      let j = i + 1;
      while (j < n && offsets[j + 1] - offsets[i] < 32 * 1024 * 1024) j++;
      const buf = Buffer.alloc(offsets[j] - offsets[i]);
      readSync(fd, buf, 0, buf.length, offsets[i]);
      for (let k = i; k < j; k++) {
        if (!cache[k]) {
          const raw = JSON.parse(
            inflateRawSync(buf.subarray(offsets[k] - offsets[i], offsets[k + 1] - offsets[i])).toString('utf8'),
          ) as NewsDocument;
          cache[k] = { ...raw, file: display(raw.file) };
        }
      }
      i = j;
    }
  };
  const indexOf = (prop: string | symbol): number => {
    if (typeof prop !== 'string') return -1;
    const c = prop.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(prop);
    return Number.isInteger(i) && i < n ? i : -1;
  };
  // Array methods skip holes unless `has` says the element is there.
  const list = new Proxy(cache as NewsDocument[], {
    get: (target, prop, receiver) => {
      const i = indexOf(prop);
      return i >= 0 ? get(i) : Reflect.get(target, prop, receiver);
    },
    has: (target, prop) => indexOf(prop) >= 0 || Reflect.has(target, prop),
  });
  return { list, loadAll, peek: (i) => cache[i] ?? read(i) };
}

/** Entity mentions saved in the snapshot (at `warta index`, or by `saveMentions`), or null when there are none for this build. */
export function readMentions(snap: OpenSnapshot): MentionColumns | null {
  const { index } = snap;
  return readMentionsFile(snap.dir, snap.build, () => {
    snap.loadDocuments();
    return (u) => unitText(index, u);
  });
}

/** Save detected mentions beside the snapshot (temporary file, then rename). */
export function saveMentions(snap: OpenSnapshot, encoded: EncodedMentions): void {
  try {
    snap.loadDocuments();
    writeMentionsFile(snap.dir, snap.build, encoded, (u) => unitText(snap.index, u));
  } catch {
    // A read-only snapshot folder only means detecting again next time.
  }
}
