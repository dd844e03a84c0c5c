/**
 * Page furniture of Indonesian news sites that a cleaning rule keys on: footer headings,
 * teaser-list headings and navigation labels, lower case. Generalised from
 * shared/data/boilerplate-phrases.tsv (about 200 phrases from 30+ outlets) and the pages
 * in test/fixtures/cleaning.
 */

// Headings that open a page footer: after article text, what follows them is furniture.
export const FOOTER_HEADINGS = [
  'berita lainnya', 'berita terkait', 'artikel terkait', 'direkomendasikan', 'rekomendasi', 'rekomendasi untuk anda',
  'terpopuler', 'terkini', 'terbaru', 'populer', 'paling populer', 'berita populer', 'berita terbaru', 'tag', 'tags',
  'topik', 'topik terkait', 'anda juga mungkin suka', 'mungkin anda suka', 'baca berita lainnya', 'artikel lainnya',
  'berita pilihan', 'pilihan untuk anda', 'video pilihan', 'most popular', 'trending', 'komentar', 'tinggalkan komentar',
];
// Headings over a short list of teaser titles inside the article (kumparan, merdeka, juara).
export const TEASER_HEADINGS = ['baca juga', 'lihat juga', 'simak juga', 'baca pula', 'baca', 'berita terkait lainnya', 'artikel menarik lainnya'];
// Menu items and widget labels that stand alone on a line (WordPress themes,
// kompas/tempo/cnn/idntimes UI, Dewan Pers footer menus).
export const NAVIGATION = [
  'ikuti kami', 'bagikan', 'share', 'berlangganan',
  'dengarkan artikel', 'tampilkan ringkasan artikel', 'load more', 'muat lebih banyak', 'perbesar', 'skip to content',
  'headline', 'breaking news', 'breakingnews', 'pilihan', 'pilihan editor', 'home', 'beranda', 'redaksi', 'pedoman media siber', 'about us',
  'tentang kami', 'kontak', 'hubungi kami', 'kode etik jurnalistik', 'disclaimer', 'perlindungan wartawan',
  'kebijakan privasi', 'privacy policy', 'laman', 'info iklan', 'medium large larger', 'halaman selanjutnya',
  'halaman berikutnya', 'selanjutnya', 'sebelumnya', 'next', 'prev', 'previous', 'infografis',
  'whatsapp channel & google news', 'download idn app sekarang!', 'channels', 'regional', 'kategori', 'event',
  'dark/light mode', 'sorotan', 'editor\'s pick', 'read more',
  'konten selanjutnya', 'tautan telah disalin', 'artikel disimpan', 'pencarian terpopuler', 'lainnya',
];
