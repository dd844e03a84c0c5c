import { describe, expect, it } from 'vitest';
import type { DocId } from '../model.js';
import { processText } from './load.js';

const doc = (text: string) => processText('d' as DocId, 'd.txt', text);

describe('segmentDocument', () => {
  it('makes one paragraph per line when lines are paragraphs', () => {
    const d = doc('Kalimat pertama yang cukup panjang untuk isi berita.\nKalimat kedua yang juga cukup panjang untuk isi.\n');
    expect(d.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [1, 'Kalimat pertama yang cukup panjang untuk isi berita.'],
      [2, 'Kalimat kedua yang juga cukup panjang untuk isi.'],
    ]);
    expect(d.meta.layout).toBe('lines');
  });
  it('joins hard-wrapped lines of a blank-line separated block', () => {
    const text =
      'Presiden Rusia Vladimir Putin mengatakan\nbahwa perundingan damai dengan Ukraina\nakan dilanjutkan pekan depan.\n\nPeskov menambahkan bahwa delegasi\nakan berangkat ke Istanbul besok pagi.\n';
    const d = doc(text);
    expect(d.meta.layout).toBe('blocks');
    expect(d.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [1, 'Presiden Rusia Vladimir Putin mengatakan bahwa perundingan damai dengan Ukraina akan dilanjutkan pekan depan.'],
      [5, 'Peskov menambahkan bahwa delegasi akan berangkat ke Istanbul besok pagi.'],
    ]);
  });
  it('gives CRLF, lone CR and LF text the same paragraphs', () => {
    const lf = 'Kalimat pertama yang cukup panjang untuk isi berita.\n\nKalimat kedua yang juga cukup panjang untuk isi.';
    const a = doc(lf).paragraphs.map((p) => p.text);
    expect(doc(lf.replace(/\n/g, '\r\n')).paragraphs.map((p) => p.text)).toEqual(a);
    expect(doc(lf.replace(/\n/g, '\r')).paragraphs.map((p) => p.text)).toEqual(a);
  });
  it('records the dateline, credits, source URL and outlet as metadata', () => {
    const d = doc(
      'KNews.id- Rusia menyatakan siap mengirim perwakilan ke Minsk hari ini.\nSetidaknya 137 orang tewas akibat gempuran. (Ade/cnn)\nSumber: https://www.example.co.id/berita/1\n',
    );
    expect(d.meta.dateline).toBe('KNews.id');
    expect(d.meta.outlet).toBe('KNews.id');
    expect(d.meta.credits).toEqual(['(Ade/cnn)']);
    expect(d.meta.sourceUrl).toBe('https://www.example.co.id/berita/1');
    expect(d.paragraphs[0].text).toBe('Rusia menyatakan siap mengirim perwakilan ke Minsk hari ini.');
    expect(d.removed).toEqual([{ line: 3, text: 'Sumber: https://www.example.co.id/berita/1', rule: 'clean/source-line' }]);
  });
  it('cuts a whole article on one line into paragraphs at sentence ends', () => {
    const sentence = 'Presiden Rusia Vladimir Putin mengatakan perundingan damai akan dilanjutkan pekan depan di Istanbul.';
    const line = Array.from({ length: 30 }, () => sentence).join(' ');
    const d = doc(line);
    expect(d.paragraphs.length).toBeGreaterThan(2);
    expect(d.paragraphs.every((p) => p.line === 1 && p.text.endsWith('.'))).toBe(true);
    expect(d.paragraphs.map((p) => p.text).join(' ')).toBe(line);
  });
  it('accounts for every non-empty line exactly once', () => {
    const text =
      'spot_img\nJudul Berita Hari Ini\n\nIsi berita yang panjang dan lengkap dengan titik.\n- Advertisement -\nKalimat lain yang juga panjang dan lengkap.\nTerkini\n';
    const d = doc(text);
    const lines = [...d.paragraphs.map((p) => p.line), ...d.removed.map((r) => r.line), d.titleLine]
      .filter((x) => x !== null)
      .sort((a, b) => a! - b!);
    expect(lines).toEqual([1, 2, 4, 5, 6, 7]);
  });
});
