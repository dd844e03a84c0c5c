/**
 * A corpus file made of attacks on a page that shows article text: markup, a script that closes its
 * element, an event handler, a javascript: URL and a line separator (warta report's tests).
 */
export const HOSTILE = [
  'Judul <b>Banjir</b> di Kota </title><script>alert(0)</script>',
  '',
  'Banjir melanda kota sejak pagi dan warga mengungsi ke balai desa, kata petugas kepada \u2028 wartawan setempat.',
  '',
  'Baca juga: </script><script>document.title="pwned";alert(1)</script>',
  '',
  'Baca juga: <img src=x onerror="alert(2)"> Warga Mengungsi',
  '',
  'Petugas mengevakuasi warga dengan perahu karet ke tempat yang lebih tinggi di kecamatan sebelah.',
  '',
  'Sumber: javascript:alert(3)',
  '',
  'Baca juga: Banjir Susulan \u2028 Mengancam Warga',
].join('\n');
