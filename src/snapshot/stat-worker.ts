/**
 * Worker thread of the freshness check (manifest.ts): stats a share of the snapshot's
 * files while the main thread stats the rest, and answers whether all are unchanged.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { statUnchanged, type StatJob } from './manifest.js';

parentPort!.postMessage(statUnchanged(workerData as StatJob));
