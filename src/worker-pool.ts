/**
 * Hand numbered jobs to a few worker threads, one job at a time each, and keep the
 * answers by job number, so the result does not depend on which thread finished first.
 * The ingest loader and the corpus entity detector run their workers through it.
 *
 * Workers start one after another: each says it is ready (`{ ready: true }`, once its modules
 * are loaded) before the next is created, as Node loads a module graph by opening its files
 * all at once, and several threads doing so together can exhaust a low descriptor limit.
 */
import { Worker } from 'node:worker_threads';

/** A worker's answer names the job it answers. */
export interface JobAnswer {
  readonly seq: number;
}

export interface PoolOptions<A extends JobAnswer> {
  /** The worker script and what each worker gets at start. */
  readonly script: URL;
  readonly workerData: unknown;
  readonly threads: number;
  /** Number of jobs; job `seq` is sent as `request(seq)`. */
  readonly jobs: number;
  readonly request: (seq: number) => { readonly seq: number };
  /** Called on this thread as each answer arrives (in any order). */
  readonly onAnswer?: (answer: A) => void;
  /** Names the workers in an error ("ingest worker stopped"). */
  readonly name: string;
}

/** What a worker posts once its modules are loaded, before any answer. */
export const READY = { ready: true } as const;

/** Run every job; answers in job order. A worker that fails or stops early rejects the run. */
export async function runWorkerPool<A extends JobAnswer>(options: PoolOptions<A>): Promise<A[]> {
  const answers: A[] = new Array(options.jobs);
  let next = 0;
  const workers: Worker[] = [];
  const runs: Promise<void>[] = [];
  const start = () => {
    const w = new Worker(options.script, { workerData: options.workerData });
    workers.push(w);
    const done = new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= options.jobs) return resolve();
        w.postMessage(options.request(next++));
      };
      w.on('message', (message: A | typeof READY) => {
        if ('ready' in message) {
          // Only now does the next worker start loading; this one starts working.
          if (workers.length < options.threads && next < options.jobs) start();
          send();
          return;
        }
        answers[message.seq] = message;
        options.onAnswer?.(message);
        send();
      });
      w.on('error', reject);
      w.on('exit', (code) => (next < options.jobs || code !== 0 ? reject(new Error(`${options.name} stopped (exit ${code})`)) : undefined));
    });
    done.catch(() => {}); // awaited below, in order
    runs.push(done);
  };
  try {
    start();
    // A worker starts the next before it can finish, so every run is in the list when awaited.
    for (let i = 0; i < runs.length; i++) await runs[i];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return answers;
}
