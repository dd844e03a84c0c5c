/**
 * Worker thread of the freshness check (manifest.ts): stats a share of the snapshot's
 * files while the main thread stats the rest, and answers which changed or vanished.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { statChanges, type StatJob } from './manifest.js';

parentPort!.postMessage(statChanges(workerData as StatJob));
