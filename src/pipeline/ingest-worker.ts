/**
 * Worker thread of the parallel loader (see ingest.ts): reads, cleans and tokenizes
 * batches of files and hands back documents, file reports, diagnostics and one token
 * batch per message. Reads are synchronous here: the thread has nothing else to do.
 */
import { readFileSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic, DocId, NewsDocument } from '../model.js';
import { tokenizeBatch } from '../text/token-batch.js';
import { withDefaults } from '../options.js';
import { parseUserRules } from './classify/user-rules.js';
import { DEFAULT_LOAD, loadOne, type FileReport, type FileSystem } from './load.js';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './ingest.js';

const SYNC_FS: FileSystem = {
  size: async (p) => statSync(p).size,
  readFile: async (p) => readFileSync(p),
  head: async (p, n) => {
    const fd = openSync(p, 'r');
    try {
      const buf = new Uint8Array(n);
      return buf.subarray(0, readSync(fd, buf, 0, n, 0));
    } finally {
      closeSync(fd);
    }
  },
};

const setup = workerData as WorkerSetup;
// withDefaults, not a spread: options the user left unset arrive as undefined and must
// keep their defaults (the 50 MiB size limit, chunked reading of huge files).
const opts = withDefaults(DEFAULT_LOAD, {
  ...setup.options,
  fileSystem: SYNC_FS,
  extraRules: setup.rules ? parseUserRules(setup.rules.text, setup.rules.file) : [],
});

parentPort!.on('message', (req: WorkerRequest) => {
  void (async () => {
    const diagnostics: Diagnostic[] = [];
    const report = (d: Diagnostic) => diagnostics.push(d);
    const documents: (NewsDocument | null)[] = [];
    const reports: FileReport[] = [];
    for (const f of req.files) {
      const r = await loadOne(f, f.id as DocId, report, opts);
      documents.push(r.document);
      reports.push(r.report);
    }
    const batch = tokenizeBatch(documents.filter((d): d is NewsDocument => d !== null));
    const res: WorkerResponse = { seq: req.seq, documents, reports, diagnostics, batch };
    const arrays = [batch.capitalised, batch.lower, batch.paraTokens, batch.paraLengths, batch.titleTokens, batch.titleLengths];
    parentPort!.postMessage(res, arrays.map((a) => a.buffer as ArrayBuffer));
  })();
});
