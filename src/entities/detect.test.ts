import { describe, expect, it } from 'vitest';
import { Lexicon } from '../search-index/lexicon.js';
import { isSentenceInitial } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { loadClusters, clustersOf } from './clusters.js';
import { detectMentions } from './detect.js';
import { annotatedSpans } from './paren-aliases.js';
import { tokenBreaks } from './features.js';

function lexiconOf(text: string): Lexicon {
  const lexicon = new Lexicon();
  for (const t of tokenize(text)) lexicon.addSurface(t.surface, isSentenceInitial(text, t.start));
  return lexicon;
}
const mentions = (text: string) => detectMentions(text, lexiconOf(text)).map((m) => m.surface);

describe('mention boundaries', () => {
  it('marks the gaps a name never crosses: commas, quotes, sentence ends, spaced dashes', () => {
    const text = 'Ukraina, (Presiden Rusia) "Kremlin" Jakarta. Prabowo Subianto - Hatta Rajasa DPR/MPR';
    const tokens = tokenize(text);
    const broken = tokens.filter((_, i) => tokenBreaks(text, tokens)[i]).map((t) => t.surface);
    expect(broken).toEqual(['Presiden', 'Kremlin', 'Jakarta', 'Prabowo', 'Hatta']);
  });
  it('never runs a mention across a comma', () => {
    const found = mentions('Zelensky meminta status netral Ukraina, (Presiden Rusia Vladimir) Putin akan mengirim delegasi.');
    expect(found.some((m) => m.includes(','))).toBe(false);
    expect(found).toContain('Ukraina');
  });
  it('splits places joined by a verb, and keeps a parenthetical alias inside its mention', () => {
    const found = mentions('Korea Utara mengirim pasukan untuk bertempur bersama Rusia melawan Ukraina. Korea Utara (Korut) membantah.');
    expect(found).not.toContain('Rusia melawan Ukraina');
    expect(found).toEqual(expect.arrayContaining(['Rusia', 'Ukraina', 'Korea Utara (Korut)']));
  });
  it('drops lower-case words the tagger takes in front of a name, keeping the name', () => {
    expect(mentions('Pasukan itu bergerak ke wilayah timur Ukraina pada pekan lalu.')).toEqual(['Ukraina']);
    expect(mentions('Negara-negara di kawasan Timur Tengah mengecam serangan itu.')).toEqual(['Timur Tengah']);
  });
});

describe('annotated spans', () => {
  it('splits a parenthetical the tagger marked as its own mention, keeps a one-span definition', () => {
    const base = {
      surface: 'Joko Widodo (Jokowi)',
      start: 0,
      end: 20,
      type: 'PER' as const,
      longForm: 'Joko Widodo',
      parenAlias: { surface: 'Jokowi', start: 13, end: 19 },
    };
    expect(annotatedSpans({ ...base, parenSeparate: true }).map((s) => [s.start, s.end])).toEqual([
      [0, 11],
      [13, 19],
    ]);
    expect(annotatedSpans(base).map((s) => [s.start, s.end])).toEqual([[0, 20]]);
  });
});

describe('word clusters', () => {
  it('reads the cluster file, skipping comments', () => {
    const map = loadClusters('# header\njokowi\t3\t17\t255\nrusia\t5\t40\t53\n');
    expect(map.get('jokowi')).toEqual(['3', '17', '255']);
    expect(map.has('# header')).toBe(false);
  });
  it('knows common news words and nothing for unseen ones', () => {
    expect(clustersOf('pemerintah')).toHaveLength(4);
    expect(clustersOf('jakarta')[3]).toBe('A');
    expect(clustersOf('yang')[3]).toBe('N');
    expect(clustersOf('zzqxv')).toEqual([]);
  });
});

describe('scoring features by template (issue 13)', () => {
  it('gives exactly the emission scores of the feature strings, token by token', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { bundledModel } = await import('./tagger.js');
    const { contextPairLists, pairStrings } = await import('./features.js');
    const { ruleMentions } = await import('./rule-detector.js');
    const model = bundledModel();
    const dir = new URL('../../seeds/', import.meta.url);
    let tokensChecked = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const text of readFileSync(new URL(f, dir), 'utf8')
        .split('\n')
        .filter((l) => l.length > 40)) {
        const lexicon = lexiconOf(text);
        const tokens = tokenize(text);
        const pairs = contextPairLists(text, tokens, ruleMentions(text, lexicon, tokens));
        for (const p of pairs) {
          const fast = model.emissionOfPairs(p, new Float64Array(7));
          expect(Array.from(fast)).toEqual(Array.from(model.emission(pairStrings(p))));
          tokensChecked++;
        }
      }
    }
    expect(tokensChecked).toBeGreaterThan(1000);
  });
});
