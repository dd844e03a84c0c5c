/**
 * Worker thread of the parallel loader (see ingest.ts): reads, cleans and tokenizes
 * batches of files and hands back documents, file reports, diagnostics and one token
 * batch per message (load-batch.ts, the same code as the in-thread loader).
 */
import { readFileSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { READY } from '../worker-pool.js';
import type { Diagnostic, DocId } from '../model.js';
import { withDefaults } from '../options.js';
import { parseUserRules } from './classify/user-rules.js';
import { DEFAULT_LOAD, type FileSystem } from './load.js';
import { loadBatch } from './load-batch.js';
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
  // One file at a time: reads are synchronous, and the thread has nothing else to do.
  concurrency: 1,
  extraRules: setup.rules ? parseUserRules(setup.rules.text, setup.rules.file) : [],
});

parentPort!.on('message', (req: WorkerRequest) => {
  void (async () => {
    const diagnostics: Diagnostic[] = [];
    const files = req.files.map((f) => ({ absolute: f.absolute, display: f.display }));
    const ids = req.files.map((f) => f.id as DocId);
    const { documents, reports, batch } = await loadBatch(files, ids, (d) => diagnostics.push(d), opts);
    const res: WorkerResponse = { seq: req.seq, documents, reports, diagnostics, batch };
    const arrays = [
      batch.capitalised,
      batch.lower,
      batch.paraTokens,
      batch.paraLengths,
      batch.titleTokens,
      batch.titleLengths,
      batch.dupeKeys,
    ];
    parentPort!.postMessage(
      res,
      arrays.map((a) => a.buffer as ArrayBuffer),
    );
  })();
});

// Modules loaded: the pool may start the next worker (worker-pool.ts).
parentPort!.postMessage(READY);
