import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.js';
import { classifyLines } from './classify.js';
import { stripCredit, stripDateline } from './strip.js';
import { KEEPABLE_RULES, LINE_RULE, RULE, SOFT_STRUCTURAL_RULES, STRUCTURAL_RULE } from './rule-ids.js';
import { LINE_RULES, STRUCTURAL_RULES } from './rules.js';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
const classify = (text: string) => classifyLines(normalizeText(text).split('\n')).lines;
const ruleOf = (text: string, line: string) => classify(text).find((l) => l.text === line)?.rule;

describe('classifyLines on the seeds', () => {
  const all = seeds.flatMap((f) => classify(readFileSync(new URL(f, seedsDir), 'utf8')).map((l) => ({ ...l, f })));
  const removed = all.filter((l) => l.kind === 'boilerplate').map((l) => l.text);

  it.each([
    'spot_img',
    'Jumat, Mei 3, 2024',
    '- Advertisement -',
    '[iklan_2]',
    'Berita Lainnya',
    'Direkomendasikan',
    'Ikuti Kami',
    '0FansSuka',
    '0PengikutMengikuti',
    'Terpopuler',
    'Terkini',
    'Komentar (0)',
    'Tinggalkan Balasan',
    'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *',
  ])('removes %s', (line) => expect(removed).toContain(line));

  it('removes every related-article teaser and the Sumber line', () => {
    expect(removed.filter((l) => /Pelajari lebih lanjut$/.test(l))).toHaveLength(6);
    expect(removed.filter((l) => /Baca (semuanya|Selengkapnya)$/.test(l))).toHaveLength(3);
    expect(removed.some((l) => l.startsWith('Pilihan Editor:'))).toBe(true);
    expect(removed.some((l) => l.startsWith('Sumber: https://thanhnien.vn/'))).toBe(true);
  });

  it('keeps every sentence of every article', () => {
    const kept = all.filter((l) => l.kind === 'content' || l.kind === 'title');
    // Every line of the two summary files is an article sentence.
    expect(kept.filter((l) => l.f.startsWith('000')).length).toBe(14);
    expect(kept.filter((l) => l.f.startsWith('001')).length).toBe(15);
    // In the web pages, every line that ends a sentence and is not a teaser is kept.
    for (const l of all) {
      if (l.kind === 'blank' || /Pelajari lebih lanjut$|Baca semuanya$|Baca Selengkapnya$|^Pilihan Editor|^Alamat email/.test(l.text))
        continue;
      if (/[.!?”"]$/.test(l.text) && l.text.split(' ').length >= 8) expect(['content', 'title'], l.text).toContain(l.kind);
    }
  });

  it('recognises the headline of the WordPress page as its title', () => {
    const page = all.filter((l) => l.f.startsWith('002'));
    expect(page.find((l) => l.kind === 'title')?.text).toBe('Rusia Siap Kirim Perwakilan untuk Berdialog dengan Ukraina!');
  });
});

describe('rules', () => {
  it('removes a short line between two removed lines (teaser list)', () => {
    const text =
      'Paragraf pertama berita yang panjang dan berisi kalimat lengkap sekali.\n\nBaca juga: Satu\nPejabat Rusia dilaporkan mengajarkan terminologi\nBaca juga: Dua\nParagraf kedua berita ini juga panjang dan lengkap sekali.';
    expect(ruleOf(text, 'Pejabat Rusia dilaporkan mengajarkan terminologi')).toBe('clean/between-furniture');
  });
  it('cuts the footer after a footer heading once content was seen', () => {
    const text =
      'Ini kalimat pertama berita yang cukup panjang untuk dianggap isi.\nBerita Terkait\nJudul berita lain tanpa titik\nJudul kedua';
    const lines = classify(text);
    expect(lines.map((l) => l.rule)).toEqual(['clean/prose', 'clean/footer-heading', 'clean/after-footer', 'clean/after-footer']);
  });
  it('never removes prose that merely contains a boilerplate word', () => {
    expect(
      ruleOf(
        'Ia mengatakan iklan rokok dilarang tampil di televisi sejak tahun lalu.',
        'Ia mengatakan iklan rokok dilarang tampil di televisi sejak tahun lalu.',
      ),
    ).toBe('clean/prose');
  });
  it('keeps prose when the rules would remove the whole file (safety net)', () => {
    const res = classifyLines([
      'Baca juga: Presiden mengatakan bahwa perundingan damai dengan Ukraina akan dilanjutkan minggu depan di Istanbul.',
    ]);
    expect(res.lines[0].kind).toBe('content');
    expect(res.lines[0].rule).toBe('clean/safety-net');
    expect(res.safetyNet).toBe(true);
  });
  it('keeps everything with noClean', () => {
    expect(classifyLines(['spot_img', 'Terkini'], { noClean: true }).lines.every((l) => l.kind === 'content')).toBe(true);
  });
  it('lets a user turn a rule off', () => {
    expect(classifyLines(['Terkini'], { disabledRules: ['clean/footer-heading'] }).lines[0].kind).not.toBe('boilerplate');
  });
});

describe('stripDateline and stripCredit', () => {
  it.each([
    ['JAKARTA, KOMPAS.com - Polisi menangkap dua orang di Bekasi.', 'JAKARTA, KOMPAS.com'],
    ['Jakarta, CNN Indonesia -- Kepolisian Malaysia bekerja sama dengan universitas.', 'Jakarta, CNN Indonesia'],
    ['KNews.id- Rusia menyatakan siap mengirim perwakilan.', 'KNews.id'],
    ['Jakarta (ANTARA) - Pemerintah menyiapkan anggaran baru tahun ini.', 'Jakarta (ANTARA)'],
  ])('strips the dateline of %s', (text, dateline) => {
    expect(stripDateline(text)?.removed).toBe(dateline);
  });
  it('does not strip an ordinary opening', () => {
    expect(stripDateline('Presiden Rusia Vladimir Putin bersedia untuk mewujudkan perdamaian.')).toBeNull();
  });
  it('strips editor initials but not prose in parentheses', () => {
    expect(stripCredit('Setidaknya 137 orang tewas. (Ade/cnn)')).toEqual({ text: 'Setidaknya 137 orang tewas.', removed: '(Ade/cnn)' });
    expect(stripCredit('Pajak dibayar oleh pemilik (dan/atau)')).toBeNull();
  });
});

describe('rule ids (one typed constant)', () => {
  it('name every built-in line rule once, in the table order', () => {
    expect(LINE_RULES.map((r) => r.id)).toEqual(Object.values(LINE_RULE));
  });
  it('describe every structural decision a line can carry', () => {
    const described = new Set(STRUCTURAL_RULES.map((r) => r.id));
    expect(Object.values(STRUCTURAL_RULE).filter((id) => !described.has(id))).toEqual([RULE.blank, RULE.empty]);
  });
  it('let a user turn off each line rule and the soft structural ones, nothing else', () => {
    expect([...KEEPABLE_RULES]).toEqual([...Object.values(LINE_RULE), ...SOFT_STRUCTURAL_RULES]);
    expect(KEEPABLE_RULES.has(RULE.prose)).toBe(false);
  });
});
