/**
 * Worker thread of the corpus entity detector (detect-corpus.ts): rebuilds the corpus's
 * lexicon from its forms and capitalisation counts once, then detects the mentions of
 * each chunk of paragraphs it is sent, with the same code as the main thread, and sends
 * them back encoded (mention-codec.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { READY } from '../worker-pool.js';
import { Lexicon } from '../search-index/lexicon.js';
import { encodeMentions } from './mention-codec.js';
import { type DetectRequest, type DetectResponse, type DetectWorkerSetup, detectChunk } from './detect-corpus.js';

const setup = workerData as DetectWorkerSetup;
const lexicon = Lexicon.withCounts(setup.forms, setup.capitalised, setup.lower);

parentPort?.on('message', (req: DetectRequest) => {
  const r = detectChunk(req.texts, req.from, lexicon, req.docs);
  const encoded = encodeMentions({ units: Uint32Array.from(r.units), mentions: r.mentions });
  const answer: DetectResponse = { seq: req.seq, ...encoded, lastUnit: r.units[r.units.length - 1] ?? 0 };
  parentPort?.postMessage(answer, [encoded.stream.buffer as ArrayBuffer]);
});

// Modules loaded: the pool may start the next worker (worker-pool.ts).
parentPort!.postMessage(READY);
