import { describe, expect, it } from 'vitest';
import { Lexicon } from '../search-index/lexicon.js';
import { isSentenceInitial } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import {
  leadTrimmed,
  splitAtLowerCase,
  splitJoinedOrganisations,
  splitKnownOrganisation,
  splitLeadingPlace,
  splitTitledOrganisation,
} from './boundary-repair.js';
import { contextFeatureLists } from './features.js';
import { ORG_KEYS } from './gazetteer.js';
import { detectMentions } from './detect.js';
import type { RawMention } from './mention.js';
import { isWorkOrEvent, placeInEventName } from './misc-names.js';
import { ruleMentions } from './rule-detector.js';

const span = (text: string, surface: string, type: RawMention['type']): RawMention => {
  const start = text.indexOf(surface);
  return { surface, start, end: start + surface.length, type };
};
const shown = (ms: readonly RawMention[]) => ms.map((m) => `${m.surface}/${m.type}`);
function lexiconOf(text: string): Lexicon {
  const lexicon = new Lexicon();
  for (const t of tokenize(text)) lexicon.addSurface(t.surface, isSentenceInitial(text, t.start));
  return lexicon;
}
const detected = (text: string) => shown(detectMentions(text, lexiconOf(text)));

describe('known organisations', () => {
  it('keeps a name that is as often a city or a person as a feature only', () => {
    expect(ORG_KEYS.get('persib bandung')).toBe(true);
    expect(ORG_KEYS.get('telkomsel')).toBe(true);
    expect(ORG_KEYS.get('chelsea')).toBe(false);
    expect(ORG_KEYS.get('jakarta')).toBeUndefined();
  });
  it('marks known organisations for the tagger, the longest run first and over a place', () => {
    const text = 'Pemain Persib Bandung itu pindah ke Chelsea dari Jakarta.';
    const tokens = tokenize(text);
    const feats = contextFeatureLists(text, tokens, []);
    const at = (w: string) => feats[tokens.findIndex((t) => t.surface === w)];
    expect(at('Persib')).toContain('org=B');
    expect(at('Bandung')).toContain('org=I');
    expect(at('Bandung')).not.toContain('gaz=B');
    expect(at('Chelsea')).toContain('org=B?');
    expect(at('Jakarta')).toContain('gaz=B');
  });
  it('lets the rule detector type a known organisation and split the person after it', () => {
    const text = 'Deputi Kementerian BUMN Aloysius Kiik Ro menyerahkan berkas kepada Telkomsel kemarin.';
    const rules = shown(ruleMentions(text, lexiconOf(text)));
    expect(rules).toEqual(expect.arrayContaining(['Kementerian BUMN/ORG', 'Aloysius Kiik Ro/PER', 'Telkomsel/ORG']));
  });
  it('types a tagger span that is a known organisation ORG and splits off a person after one', () => {
    const text = 'Kata Telkomsel dan Kementerian BUMN Aloysius Kiik Ro.';
    const tokens = tokenize(text);
    expect(shown(splitKnownOrganisation(text, tokens, span(text, 'Telkomsel', 'LOC')))).toEqual(['Telkomsel/ORG']);
    expect(shown(splitKnownOrganisation(text, tokens, span(text, 'Kementerian BUMN Aloysius Kiik Ro', 'ORG')))).toEqual([
      'Kementerian BUMN/ORG',
      'Aloysius Kiik Ro/PER',
    ]);
    // A shared name ("Chelsea") forces nothing.
    const other = 'Kata Chelsea Islan.';
    expect(shown(splitKnownOrganisation(other, tokenize(other), span(other, 'Chelsea Islan', 'PER')))).toEqual(['Chelsea Islan/PER']);
  });
  it('splits an organisation from its officer after a title, and only there', () => {
    const cases: [string, string, string[]][] = [
      ['Kata CEO AnyMind Kosuke Sogo kemarin.', 'AnyMind Kosuke Sogo', ['AnyMind/ORG', 'Kosuke Sogo/PER']],
      ['Direktur Utama Perum Peruri Prasetio berkata.', 'Perum Peruri Prasetio', ['Perum Peruri/ORG', 'Prasetio/PER']],
      [
        'Kata Analis Binaartha Sekuritas Reza Priyambada.',
        'Analis Binaartha Sekuritas Reza Priyambada',
        ['Binaartha Sekuritas/ORG', 'Reza Priyambada/PER'],
      ],
      ['Pesan petinggi Arsenal Stan Kroenke itu.', 'Arsenal Stan Kroenke', ['Arsenal/ORG', 'Stan Kroenke/PER']],
      // No title before it: a person's three names stay whole.
      ['Kemarin Susilo Bambang Yudhoyono datang.', 'Susilo Bambang Yudhoyono', ['Susilo Bambang Yudhoyono/PER']],
      // A head and a word news does not always capitalise: one organisation.
      ['Ketua Badan Pemenangan Pemilu hadir.', 'Badan Pemenangan Pemilu', ['Badan Pemenangan Pemilu/ORG']],
    ];
    for (const [text, surface, want] of cases) {
      const type = want.length === 1 ? (want[0].split('/')[1] as RawMention['type']) : 'PER';
      expect(shown(splitTitledOrganisation(text, tokenize(text), span(text, surface, type))), text).toEqual(want);
    }
  });
});

describe('organisation boundaries', () => {
  it('splits two known organisations joined by "dan", and keeps a name holding "dan"', () => {
    const text = 'Sponsor Barcelona dan Paris Saint Germain itu, juga Kementerian Hukum dan HAM.';
    const tokens = tokenize(text);
    expect(shown(splitJoinedOrganisations(text, tokens, span(text, 'Barcelona dan Paris Saint Germain', 'ORG')))).toEqual([
      'Barcelona/ORG',
      'Paris Saint Germain/ORG',
    ]);
    expect(shown(splitJoinedOrganisations(text, tokens, span(text, 'Kementerian Hukum dan HAM', 'ORG')))).toEqual([
      'Kementerian Hukum dan HAM/ORG',
    ]);
  });
  it('splits an organisation span at a function word, not at a connector of a name', () => {
    const text = 'Guterres bertemu Putin sejak Pengadilan Kriminal Internasional dan Kementerian Hukum dan HAM.';
    const tokens = tokenize(text);
    const pieces = (s: string) => {
      const m = span(text, s, 'ORG');
      return splitAtLowerCase(tokens, m.start, m.end, 'ORG').map(([a, b]) => text.slice(a, b));
    };
    expect(pieces('Putin sejak Pengadilan Kriminal Internasional')).toEqual(['Putin', 'Pengadilan Kriminal Internasional']);
    expect(pieces('Kementerian Hukum dan HAM')).toEqual(['Kementerian Hukum dan HAM']);
  });
  it('reads a title, a place and a name taken as one organisation as the place and the person', () => {
    const text = 'Dalam pertemuan dengan Menteri Luar Negeri Rusia Sergei Lavrov di Moskow.';
    const m = span(text, 'Menteri Luar Negeri Rusia Sergei Lavrov', 'ORG');
    expect(shown(splitLeadingPlace(text, tokenize(text), m))).toEqual(['Rusia/LOC', 'Sergei Lavrov/PER']);
    const ministry = 'Kantor Menteri Luar Negeri Rusia menolak.';
    expect(shown(splitLeadingPlace(ministry, tokenize(ministry), span(ministry, 'Menteri Luar Negeri Rusia', 'ORG')))).toEqual([
      'Rusia/LOC',
    ]);
  });
  it("drops a sentence's first word that news writes in lower case, not a name", () => {
    const text = 'Nasib Vocativ lebih buruk. Joko Widodo datang.';
    const tokens = tokenize(text);
    expect(leadTrimmed(text, tokens, 0, 'Nasib Vocativ'.length)).toBe(text.indexOf('Vocativ'));
    const jw = text.indexOf('Joko');
    expect(leadTrimmed(text, tokens, jw, jw + 'Joko Widodo'.length)).toBe(jw);
  });
});

describe('events, products and works', () => {
  const misc = (text: string, surface: string, type: RawMention['type'] = 'ORG') =>
    isWorkOrEvent(text, tokenize(text), span(text, surface, type));
  it('knows events by their first or last word', () => {
    expect(misc('Ia juara Piala UEFA musim itu.', 'Piala UEFA')).toBe(true);
    expect(misc('Mereka tampil di Mobile World Congress tahun ini.', 'Mobile World Congress')).toBe(true);
    expect(misc('Ia kuliah di Universitas Terbuka sejak 2010.', 'Universitas Terbuka')).toBe(false);
  });
  it('knows products by the word before them, their last word or a model number', () => {
    expect(misc('Pengguna aplikasi Gboard bisa memakai stiker.', 'Gboard', 'PER')).toBe(true);
    expect(misc('Harga CamFi Pro cukup mahal.', 'CamFi Pro', 'PER')).toBe(true);
    expect(misc('Ponsel itu memakai Snapdragon 835 buatan pabrik.', 'Snapdragon', 'ORG')).toBe(true);
    expect(misc('Ponsel itu memakai Snapdragon buatan pabrik.', 'Snapdragon', 'ORG')).toBe(false);
    expect(misc('Ponsel lain memakai Exynos 8895 buatan pabrik.', 'Exynos 8895', 'ORG')).toBe(true);
    expect(misc('Ia bermain untuk Persija 2010 lalu.', 'Persija', 'ORG')).toBe(false);
    expect(misc('Skor Borussia Dortmund 3 - 0 atas lawannya.', 'Borussia Dortmund')).toBe(false);
  });
  it('knows a company name followed by a product name, but not by its branch or a person', () => {
    expect(misc('Aplikasinya ada di Google Play Store sekarang.', 'Google Play Store')).toBe(true);
    expect(misc('Kantor Google Indonesia dibuka.', 'Google Indonesia')).toBe(false);
    expect(misc('Kata Telkomsel Budi Santoso.', 'Telkomsel Budi Santoso', 'PER')).toBe(false);
  });
  it('knows stock indices, and a newspaper that is also an index only after "indeks"', () => {
    expect(misc('Indeks itu, Hang Seng, naik tipis.', 'Hang Seng', 'PER')).toBe(true);
    expect(misc('Sementara indeks Straits Times melemah.', 'Straits Times')).toBe(true);
    expect(misc('Laporan Straits Times menyebut hal itu.', 'Straits Times')).toBe(false);
  });
  it('grows a place before an event tail into the event', () => {
    const text = 'Ia juara China Terbuka tahun lalu di China.';
    const tokens = tokenize(text);
    expect(placeInEventName(text, tokens, span(text, 'China', 'LOC'))).toMatchObject({ surface: 'China Terbuka', type: 'MISC' });
    const last = text.lastIndexOf('China');
    expect(placeInEventName(text, tokens, { surface: 'China', start: last, end: last + 5, type: 'LOC' }).type).toBe('LOC');
  });
});

describe('detection', () => {
  it('does not count a country inside a currency name', () => {
    const found = detected('Ekspor mencapai 12 miliar dolar AS, kata pejabat AS di Jakarta.');
    expect(found.filter((m) => m === 'AS/LOC')).toHaveLength(1);
  });
  it('never keeps a lone title as a name', () => {
    const found = detected('Kementerian Luar Negeri (Kemlu) Cina menolak klaim Presiden Ukraina Volodymyr Zelensky.');
    expect(found.some((m) => m.startsWith('Presiden/'))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['Cina/LOC', 'Volodymyr Zelensky/PER']));
  });
  it('types events and products MISC rather than PER or ORG', () => {
    const found = detected('Kevin meraih gelar Singapura Terbuka, sementara Samsung merilis aplikasi Gboard.');
    expect(found).toEqual(expect.arrayContaining(['Singapura Terbuka/MISC', 'Samsung/ORG']));
    expect(found).not.toContain('Singapura/LOC');
  });
});
