import { describe, expect, it } from 'vitest';
import { openCorpus } from '../engine/open-corpus.js';
import { detectOnThisThread } from './detect-corpus.js';
import { decodeMentions, encodeMentions } from './mention-codec.js';

describe('mentions.bin', () => {
  it('stores offsets only: every surface, alias and long form is a slice of its paragraph, and decodes to the same mentions', async () => {
    const index = await (await openCorpus([], { cache: false })).index();
    const textOf = (u: number) => index.documents[index.docOf[u]].paragraphs[index.paraOf[u]].text;
    const detected = detectOnThisThread(index);
    expect(detected.mentions.some((m) => m.parenAlias)).toBe(true);
    detected.mentions.forEach((m, i) => {
      const text = textOf(detected.units[i]);
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      if (m.parenAlias) expect(text.slice(m.parenAlias.start, m.parenAlias.end)).toBe(m.parenAlias.surface);
      if (m.longForm !== undefined) expect(m.surface.startsWith(m.longForm)).toBe(true);
    });
    const encoded = encodeMentions(detected);
    expect(encoded.count).toBe(detected.mentions.length);
    const back = decodeMentions(encoded.stream, encoded.count, textOf);
    expect(Array.from(back.units)).toEqual(Array.from(detected.units));
    expect(back.mentions).toStrictEqual(detected.mentions);
  });
});
