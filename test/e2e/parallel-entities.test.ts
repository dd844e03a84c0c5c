/**
 * Entity detection on worker threads gives the mentions one thread gives, in the same
 * order (issue 13). Runs the built code: worker threads start from dist/.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

const dist = (p: string) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
const { openCorpus } = await dist('index.js');
const { detectCorpusMentions, detectOnThisThread } = await dist('entities/detect-corpus.js');
const { decodeMentions, encodeMentions } = await dist('entities/mention-codec.js');

describe('entity detection on worker threads', () => {
  it('finds the same mentions, in paragraph order, as one thread', async () => {
    const corpus = await openCorpus(['seeds'], { cache: false });
    const index = await corpus.index();
    const one = detectOnThisThread(index);
    const encoded = await detectCorpusMentions(index, { threads: 2, chunkUnits: 7, minParallelUnits: 0 });
    expect(one.mentions.length).toBeGreaterThan(100);
    // The chunks, joined, are the stream one thread encodes, byte for byte.
    expect(encoded.count).toBe(one.mentions.length);
    expect(Buffer.from(encoded.stream).equals(Buffer.from(encodeMentions(one).stream))).toBe(true);
    const textOf = (u: number) => index.documents[index.docOf[u]].paragraphs[index.paraOf[u]].text;
    const two = decodeMentions(encoded.stream, encoded.count, textOf);
    expect(Array.from(two.units)).toEqual(Array.from(one.units));
    expect(two.mentions).toEqual(one.mentions);
  });
});
