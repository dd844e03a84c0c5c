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

describe('entity detection on worker threads', () => {
  it('finds the same mentions, in paragraph order, as one thread', async () => {
    const corpus = await openCorpus(['seeds'], { cache: false });
    const index = await corpus.index();
    const one = detectOnThisThread(index);
    const two = await detectCorpusMentions(index, { threads: 2, chunkUnits: 7, minParallelUnits: 0 });
    expect(one.mentions.length).toBeGreaterThan(100);
    expect(Array.from(two.units)).toEqual(Array.from(one.units));
    expect(two.mentions).toEqual(one.mentions);
  });
});
