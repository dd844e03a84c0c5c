import { describe, expect, it } from 'vitest';
import type { DocId } from '../../model.js';
import { normalizeText } from '../../text/normalize.js';
import { processText } from '../load.js';
import { isBylineBio, isClosingBio } from './bios.js';
import { hasPictureCreditTail, isNameCaption } from './captions.js';
import { classifyLines } from './classify.js';
import { informality, isComment } from './comments.js';
import { headlineWords, isVerbLike } from './headlines.js';
import { RULE } from './rule-ids.js';

const classify = (lines: string[]) => classifyLines(normalizeText(lines.join('\n')).split('\n')).lines;
const ruleOf = (lines: string[], line: string) => classify(lines).find((l) => l.text === line)?.rule;

// Article sentences used around the furniture under test.
const P1 = 'JAKARTA, KOMPAS.com - Komisi Pemberantasan Korupsi menahan seorang kepala dinas terkait dugaan suap proyek jalan.';
const P2 = 'Juru bicara KPK menyebut tersangka ditahan selama 20 hari pertama di rumah tahanan cabang KPK.';
const P3 = 'Tersangka diduga menerima uang dari kontraktor agar perusahaannya dimenangkan dalam lelang proyek.';
const TITLE = 'KPK Tahan Kepala Dinas di Lampung Tengah terkait Suap Proyek Jalan';

describe('captions', () => {
  it.each([
    'Ketua DPR memimpin rapat paripurna di Gedung Nusantara II, Senayan, Jakarta, Selasa (12/3/2024). (TRIBUNNEWS/JEPRIMA)',
    'Pelatih Persib Bojan Hodak memimpin latihan di Bandung. (Tribunjabar.id/Nazmi Abdurrahman)',
    'Sergio Romero (Foto: Twitter/@ManUtd)',
    'Pelatih Timnas Luis Milla memimpin latihan di Banda Aceh. SERAMBINEWS.COM/BUDI FATRIA',
    'Bek Juventus, Benedikt Howedes. (c) AFP',
    'Pesilat menampilkan jurus silek tradisional Minangkabau di Padang, Sumatera Barat. ANTARA FOTO/Iggoy el Fitra/ama.',
    'Pedagang menata minyak goreng kemasan di Pasar Senen, Jakarta, Rabu (5/4/2017). - Bisnis/Dedi Gunawan',
    'Serah terima jabatan KSAU di Halim Perdanakusuma, Jakarta, Jumat (19/1). IDN Times/Margith Juita Damanik',
    'Manajer Newcastle United Rafa Benitez. ANTARA FOTO/REUTERS/Scott Heppell/pras.',
    'Arki Dikania Wisnu saat melawan Pacific Caesar di Sritex Arena, Solo, Senin (25/12/2017). DOK. IBL',
    'Gyoza. Foto: iStock',
  ])('a line closing on a picture credit is a caption: %s', (line) => {
    expect(hasPictureCreditTail(line, line.split(' ').length)).toBe(true);
    expect(ruleOf([TITLE, line, P1, P2], line)).toBe(RULE.caption);
  });

  it.each([
    '"Penahanan dilakukan untuk kebutuhan penyidikan," kata Tessa. (Ade/cnn)',
    'Payne menegaskan, penyelidikan hampir rampung. Ia menambahkan, kerja sama lain masih berjalan. (Antara/Sidney Morning Herald)',
    'Kerja sama itu disepakati di Jakarta, kata dia. (Antara/Reuters)',
    'Bowie sangat tersentuh oleh pameran itu. (Awita Ekasari Larasati/rsa)',
    'Kepala dinas menyatakan 30 ibu hamil di kabupaten ini terjangkit HIV/AIDS.',
    'Laga itu berakhir imbang dan kedua tim kini mengoleksi poin yang sama. Skor akhir 1/1.',
  ])('a paragraph closing on a credit of its text is not: %s', (line) => {
    expect(hasPictureCreditTail(line, line.split(' ').length)).toBe(false);
    expect(ruleOf([TITLE, P1, line, P2], line)).not.toBe(RULE.caption);
  });

  it('takes a bare name line under the title or between paragraphs for a caption, not a subheading', () => {
    expect(isNameCaption('Presiden Ukraina Volodymyr Zelensky')).toBe(true);
    expect(isNameCaption('Wakapolres Temanggung Kompol Dax Imanuelle')).toBe(true);
    expect(isNameCaption('Pengganti Alonso')).toBe(false);
    expect(isNameCaption('Putri Blake Lively dan Ryan Reynolds, James Reynolds')).toBe(false);
    expect(ruleOf([TITLE, 'Wakil Presiden Jusuf Kalla', P1, P2], 'Wakil Presiden Jusuf Kalla')).toBe(RULE.caption);
    expect(ruleOf([TITLE, P1, 'Presiden Ukraina Volodymyr Zelensky', P2], 'Presiden Ukraina Volodymyr Zelensky')).toBe(RULE.caption);
    expect(ruleOf([TITLE, P1, 'Diangkat dari Kisah Nyata', P2], 'Diangkat dari Kisah Nyata')).toBe(RULE.shortLine);
  });

  it('takes a short line opening with "Ilustrasi" for a caption, not a sentence about an illustration', () => {
    expect(ruleOf([TITLE, 'Ilustrasi pembuatan SIM.', P1, P2], 'Ilustrasi pembuatan SIM.')).toBe(RULE.caption);
    const sentence = 'Ilustrasi itu dibuat oleh seniman lokal asal Bandung.';
    expect(ruleOf([TITLE, P1, sentence, P2], sentence)).not.toBe(RULE.caption);
  });

  it('removes the title repeated under it and keeps the title', () => {
    const lines = classify([TITLE, TITLE, P1, P2]);
    expect(lines.map((l) => l.rule)).toEqual([RULE.title, RULE.caption, RULE.prose, RULE.prose]);
  });
});

describe('page header', () => {
  it('takes a wrapped block of a few words above the lead for header, so cleaning the output again agrees', () => {
    const text = [
      'Berita',
      'kumparanNEWS',
      '(R021/H015)',
      '',
      '"Sejak dari bulan Oktober sudah di Jakarta untuk mengurusi verifikasi partai," katanya.',
      'Jamu Barito Putera, Persija Mungkin Tanpa Lima Pemain',
    ].join('\n');
    const doc = processText('d' as DocId, 'd.txt', text);
    expect(doc.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['Berita', 'kumparanNEWS']));
    const again = processText('d' as DocId, 'd.txt', [doc.title, ...doc.paragraphs.map((p) => p.text)].filter(Boolean).join('\n\n'));
    expect(again.removed).toEqual([]);
  });
});

describe('headlines of other articles', () => {
  it('finds a run of headlines and a single one wedged between paragraphs', () => {
    const run = ['Polisi Ungkap Peredaran Uang Palsu di Cikarang', 'Warga Bekasi Diminta Waspada Uang Palsu Jelang Lebaran'];
    const wedged = 'Saham Starbucks Melemah Setelah Laporan Kuartal Ketiga';
    const lines = classify(['CEO Starbucks Mundur, Harga Saham Langsung Anjlok', P1, ...run, P2, wedged, P3]);
    for (const h of [...run, wedged]) expect(lines.find((l) => l.text === h)?.rule, h).toBe(RULE.headlineList);
  });

  it('takes the one long headline between paragraphs, not subheadings of a feature', () => {
    const wedged = 'Serbia Tuntut Ekstradisi Mantan Komandan Gerilya Kosovo';
    expect(ruleOf([TITLE, P1, P2, wedged, P3], wedged)).toBe(RULE.headlineList);
    const sub1 = 'Tembus London Lewat Ajang Program Pertukaran Perancang';
    const sub2 = 'Perancang busana sebagai motor penggerak';
    const feature = classify([TITLE, P1, sub2, P2, sub1, P3]);
    expect(feature.find((l) => l.text === sub1)?.kind).toBe('content');
  });

  it('keeps subheadings, results, line-ups, rankings and lists of names', () => {
    for (const line of [
      'Diangkat dari Kisah Nyata',
      'Babak Pertama',
      'Borussia Dortmund 3-0 Hamburger SV',
      'Cleveland Cavaliers 100 - Charlotte Hornets 93',
      'Simona Halep (RUM) 6.425',
      'Neto, Montoya, Coquelin, Garay, Lato, Guedes, Parejo',
      'Top Male Artist: Drake',
      'Harga Tiket Final Liga Champions 2016/17',
    ]) {
      expect(ruleOf([TITLE, P1, line, P2, P3], line), line).not.toBe(RULE.headlineList);
    }
    // Award categories in a run, none with a verb.
    const run = ['British Male Solo Artist', 'British Female Solo Artist Award'];
    for (const l of classify([TITLE, P1, ...run, P2])) expect(l.rule).not.toBe(RULE.headlineList);
  });

  it('reads a headline shape and a verb', () => {
    expect(headlineWords('(Mobil Listrik BMW i3 Segera Dijual di Indonesia)')).not.toBeNull();
    expect(headlineWords('Gresik United: Fitrul Dwi Rustapa; Roni Rosadi')).toBeNull();
    expect(isVerbLike('hadirkan')).toBe(true);
    expect(isVerbLike('dipantau')).toBe(true);
    expect(isVerbLike('menteri')).toBe(false);
    expect(isVerbLike('dian')).toBe(false);
  });
});

describe('author bios', () => {
  it('knows an explicit byline with a post wherever it stands, and "Oleh karena itu" from it', () => {
    expect(isBylineBio('Oleh Dr. Bambang Sutrisno, M.Pd., Dosen pada Fakultas Ilmu Keolahragaan UNNES')).toBe(true);
    expect(isBylineBio('*) Penulis adalah peneliti di Pusat Kajian Kebijakan Publik')).toBe(true);
    expect(isBylineBio('Oleh karena itu, pemerintah perlu menindak tegas pelaku.')).toBe(false);
    expect(isBylineBio('Oleh Polri, para pelaku dijerat pasal berlapis.')).toBe(false);
  });

  it('removes a name and post only when it closes the piece', () => {
    const bio = 'Ratna Dewi Lestari. Ekonom di Institute for Development of Economics and Finance, pengajar tamu di Universitas Indonesia.';
    expect(isClosingBio(bio)).toBe(true);
    expect(isClosingBio('Budi Santoso, Ketua RT setempat, mengatakan warga sudah mengungsi sejak pagi.')).toBe(false);
    expect(ruleOf([TITLE, P1, P2, bio, 'Editor: Audian Laili'], bio)).toBe(RULE.authorBio);
    expect(ruleOf([TITLE, P1, bio, P2], bio)).not.toBe(RULE.authorBio);
  });
});

describe('reader comments', () => {
  it('scores informal writing', () => {
    expect(isComment('ujung2nya cuma ganti nama doang, atletnya tetap aja terlantar!!!')).toBe(true);
    expect(isComment('Aku sih YES kalo ashanty jd walkot')).toBe(true);
    expect(informality('Dua kandidat lainnya yaitu Prof. Dr. Muhammad Yusram dan Prof. Dr. Yonny Koesmaryono.')).toBeLessThan(2);
    expect(isComment('"Belum bisa ngomong karena masih pakai alat. Baru respons dengan gerakan aja," lanjut Erie.')).toBe(false);
  });

  it('removes comments and their handles after the article, not informal quotes inside it', () => {
    const quote = 'Ia menambahkan, "Aku nggak pernah nyalonin sebenarnya, ngurus anak aja udah repot banget!!"';
    const lines = classify([
      TITLE,
      P1,
      quote,
      P2,
      'Komentar',
      'bang_raja 5 jam lalu',
      'mantap timnas, semoga juara!!! aceh pasti dukung',
      'teukuarif',
      'yg salah siapa yg kena siapa.. kasian pekerjanya',
    ]);
    const rule = (t: string) => lines.find((l) => l.text === t)?.rule;
    expect(rule(quote)).toBe(RULE.prose);
    // Under a comment heading the footer cut may take them first; either way they go.
    expect(rule('mantap timnas, semoga juara!!! aceh pasti dukung')).not.toBe(RULE.shortLine);
    expect(rule('bang_raja 5 jam lalu')).not.toBe(RULE.shortLine);
    expect(rule('teukuarif')).not.toBe(RULE.shortLine);
    expect(rule('yg salah siapa yg kena siapa.. kasian pekerjanya')).not.toBe(RULE.shortLine);
    // Without a heading, after the last paragraph.
    const bare = classify([TITLE, P1, P2, 'budi.santoso', 'setuju pak, PPLP selama ini gak jelas arahnya. dana nya kemana aja??']);
    expect(bare.at(-1)?.rule).toBe(RULE.readerComment);
    expect(bare.at(-2)?.rule).toBe(RULE.readerComment);
  });
});

describe('promos, video prompts and opinion notes', () => {
  it.each([
    ['Akses tribunjogja.com melalui m.tribunjogja.com untuk berita yang lebih cepat dan hemat kuota.', RULE.appPromo],
    ['Dapatkan berita Okezone versi mobile, lebih cepat dan hemat data.', RULE.appPromo],
    ['Nikmati berita pilihan lebih nyaman lewat aplikasi kami di Play Store.', RULE.appPromo],
    // Installing the outlet's app is also an invitation to follow it (an earlier rule).
    ['Unduh aplikasi Okezone untuk Android dan iOS, dapatkan berita terbaru setiap saat!', RULE.socialPrompt],
    ['Tonton juga "Detik-detik Penangkapan Setya Novanto" di sini:', RULE.videoPrompt],
    ['Saksikan video menarik berikut ini:', RULE.videoPrompt],
    ['*) Tulisan ini merupakan pendapat pribadi penulis, tidak mewakili pandangan redaksi.', RULE.opinionNote],
    ['Akses TribunKaltim.co lewat m.tribunkaltim.co agar lebih cepat dan hemat kuota.', RULE.appPromo],
    [
      'Semua artikel yang dipublikasikan di Community adalah karya pengguna dan sepenuhnya menjadi tanggung jawab pengguna.',
      RULE.opinionNote,
    ],
  ])('%s', (line, rule) => expect(ruleOf([TITLE, P1, P2, line], line)).toBe(rule));

  it.each([
    ['Kompas.com - 31/03/2017, 15:20 WIB', RULE.dateHeader],
    ['Oleh: Tim Redaksi - 30 Agustus 2016', RULE.byline],
    ['Tempo.co', RULE.urlOnly],
    ['Uzone.id | Portal Berita Teknologi dan Gaya Hidup', RULE.urlOnly],
    ["Tag's", RULE.footerHeading],
    ['Topics:', RULE.footerHeading],
  ])('page furniture: %s', (line, rule) => expect(ruleOf([TITLE, P1, P2, line, P3], line)).toBe(rule));

  it('keeps article sentences about apps and videos', () => {
    for (const line of [
      'Pengguna dapat mengunduh aplikasi tersebut secara gratis di Google Play Store dan App Store mulai pekan depan.',
      'Video itu diunggah akun @seterahdeh dan sudah ditonton lebih dari 600 ribu kali sejak Minggu.',
      '"Penerbit membayar royalti kepada penulis, pajaknya menjadi tanggung jawab penulis," kata Wisnu.',
    ]) {
      expect(['content', 'title'], line).toContain(classify([TITLE, P1, line, P2]).find((l) => l.text === line)?.kind);
    }
  });
});
