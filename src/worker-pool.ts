/**
 * Hand numbered jobs to a few worker threads, one job at a time each, and keep the
 * answers by job number, so the result does not depend on which thread finished first.
 * The ingest loader and the corpus entity detector run their workers through it.
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

/** Run every job; answers in job order. A worker that fails or stops early rejects the run. */
export async function runWorkerPool<A extends JobAnswer>(options: PoolOptions<A>): Promise<A[]> {
  const answers: A[] = new Array(options.jobs);
  let next = 0;
  const workers = Array.from({ length: options.threads }, () => new Worker(options.script, { workerData: options.workerData }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= options.jobs) return resolve();
              w.postMessage(options.request(next++));
            };
            w.on('message', (answer: A) => {
              answers[answer.seq] = answer;
              options.onAnswer?.(answer);
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) =>
              next < options.jobs || code !== 0 ? reject(new Error(`${options.name} stopped (exit ${code})`)) : undefined,
            );
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return answers;
}
