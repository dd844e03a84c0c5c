import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';
import { normalizeCounted, normalizeText } from './normalize.js';

// Windows-1252's characters for bytes 0x80-0x9F; undefined bytes come through as their C1 control.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** What a program that read UTF-8 as Windows-1252 saved: each byte as its character. */
function mojibake(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b))).join('');
}

// Correct text as Indonesian news holds it: words, accented letters of names, typographic
// punctuation, the euro and degree signs, Latin Extended-A letters of names, an emoji.
const PIECES = [
  'berita',
  'Jakarta',
  'kata',
  'Presiden',
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '\n',
  '30',
  '2024',
  'é',
  'è',
  'ñ',
  'ü',
  'ö',
  'á',
  'í',
  'ó',
  'ú',
  'ç',
  'É',
  'Ü',
  'Ñ',
  'Ö',
  'Á',
  'ã',
  'ô',
  'ê',
  'č',
  'š',
  'ž',
  'ł',
  'ő',
  'ğ',
  'ı',
  '“',
  '”',
  '‘',
  '’',
  '–',
  '—',
  '…',
  '€',
  '°',
  '©',
  '½',
  '×',
  '😀',
  '🙏',
];
const correctText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('mojibake repair', () => {
  it('repairs the examples of the issue and counts the runs', () => {
    expect(repairMojibake('volontÃ© GÃ©nÃ©rale')).toEqual({ text: 'volonté Générale', repaired: 3 });
    expect(repairMojibake('30â€“50')).toEqual({ text: '30–50', repaired: 1 });
    expect(repairMojibake('MatthÃ\u00ADas')).toEqual({ text: 'Matthías', repaired: 1 });
    // A C1 control inside a word: an undefined Windows-1252 byte that came through as Latin-1.
    expect(repairMojibake('Ã\u0081frica').text).toBe('África');
    expect(repairMojibake('â€œKami sangat senangâ€\u009D').text).toBe('“Kami sangat senang”');
    // Misread twice: two passes.
    expect(repairMojibake(mojibake(mojibake('café'))).text).toBe('café');
  });

  it('never changes correct text', () => {
    fc.assert(fc.property(correctText, (s) => repairMojibake(s).text === s && repairMojibake(s).repaired === 0));
  });

  it('brings back every Windows-1252 mojibake of correct text', () => {
    fc.assert(fc.property(correctText, (s) => repairMojibake(mojibake(s)).text === s));
  });

  it('normalisation repairs before it drops C1 controls and no-break spaces, and stays idempotent', () => {
    // "à" is C3 A0: its mojibake holds a no-break space, "Á" a C1 control.
    expect(normalizeText(mojibake('Bogotà dan Ángel'))).toBe('Bogotà dan Ángel');
    expect(normalizeCounted(mojibake('José Peña'))).toEqual({ text: 'José Peña', repaired: 2 });
    fc.assert(
      fc.property(correctText, (s) => {
        const once = normalizeText(mojibake(s));
        return normalizeText(once) === once;
      }),
    );
  });

  it('leaves lone lead characters and runs that decode to something implausible', () => {
    for (const s of ['Â', 'Ãx', 'â€', 'SÃO PAULO', 'JOSÉ”', 'ð€€€']) expect(repairMojibake(s).text).toBe(s);
  });
});

describe('mojibake in a corpus file', () => {
  it('is repaired as the file is read, with a count in the file diagnostic; no line is dropped', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { openCorpus } = await import('../engine/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'warta-mojibake-'));
    const text =
      'Film Baru dari Makassar\n\n“Kami sangat senang,” kata José Peña, sutradara film itu, kepada wartawan pada Senin (10/9).\n\nFilm berdurasi 90–100 menit itu tayang di bioskop bulan depan.\n';
    writeFileSync(path.join(dir, 'film.txt'), mojibake(text), 'utf8');
    const diagnostics: { ruleId: string; message: string }[] = [];
    const corpus = await openCorpus([dir], { cache: false }, (d) => diagnostics.push(d));
    const [doc] = await corpus.documents();
    expect(doc.paragraphs.map((p) => p.text).join('\n')).toContain('“Kami sangat senang,” kata José Peña');
    expect(doc.paragraphs.map((p) => p.text).join('\n')).toContain('90–100 menit');
    expect(diagnostics.find((d) => d.ruleId === 'normalize/mojibake-repaired')?.message).toMatch(/^5 mojibake sequences repaired/);
  });
});
