/**
 * The cleaner's line rules: each has a stable id, a one-line description and a test.
 *
 * The phrases come from studying ../shared/data/boilerplate-phrases.tsv (project data, not shipped) (about 200 phrases
 * from 30+ Indonesian outlets) and generalising them: a rule keys on the *shape* of a kind
 * of furniture (a teaser prefix, a follow counter, a comment form), never on one article's
 * wording or on a file name. Rules that could touch prose ("iklan", bracketed spans) are
 * anchored to whole short lines.
 */
import { isStrongProse, type LineFeatures } from './features.js';
import { CALENDAR_WORDS } from '../../lang/id/calendar.js';
import { FOOTER_HEADINGS, NAVIGATION, TEASER_HEADINGS } from '../../lang/id/page-furniture.js';
import { foldWord } from '../../text/fold.js';
import { tokenize } from '../../text/tokenize.js';
import { hasPictureCreditTail } from './captions.js';
import { RULE, type LineRuleId, type StructuralRuleId } from './rule-ids.js';

export interface LineRule {
  readonly id: string;
  readonly description: string;
  /** `footer` rules start the page footer: later lines are furniture unless they are prose. */
  readonly footer?: boolean;
  /** `teasers` rules head a short list of teaser titles: the next short lines are furniture. */
  readonly teasers?: boolean;
  readonly test: (text: string, f: LineFeatures) => boolean;
}

/** A short line as a heading key: lower case, trailing ": > |" gone, spaces collapsed (memoised for the last line). */
let lastLine = '';
let lastKey = '';
function headingKey(text: string): string {
  if (text !== lastLine) {
    lastLine = text;
    lastKey = text
      .toLowerCase()
      .replace(/\s*[:>»›|]+\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return lastKey;
}
/** Letters and digits in a line: a line with more than a heading's can never be one. */
function solidChars(text: string, stopAt: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= stopAt; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}
const exact = (words: readonly string[]) => {
  const set = new Set(words.map((w) => w.toLowerCase()));
  const longest = Math.max(...words.map((w) => w.length));
  return (text: string) => (text.length <= longest || solidChars(text, longest) <= longest) && set.has(headingKey(text));
};
const re = (pattern: RegExp) => (text: string) => pattern.test(text);

/** The built-in line rules, in the order they are tried (ids from rule-ids.ts). */
export const LINE_RULES: readonly (LineRule & { readonly id: LineRuleId })[] = [
  {
    id: RULE.placeholder,
    description: 'template or ad placeholder left by the page (spot_img, [iklan_2], [Gambas:Video CNN])',
    test: (t) =>
      /^[a-z]+(?:_[a-z0-9]+)+$/.test(t) ||
      /^\[(?:iklan|ads?|advert\w*|gambas|gambar|video|sisipan|embed|instagram|twitter|tiktok|youtube)(?:[\s_:\-\d][^\]]*)?\]$/i.test(t),
  },
  {
    id: RULE.scriptCode,
    description: 'script code shown as text (adsbygoogle pushes, window/document calls)',
    test: re(/^\(?(?:adsbygoogle|window\.|document\.|googletag\.|var |function\s*\()/),
  },
  {
    id: RULE.advertisement,
    description: 'advertisement label or scroll prompt on a line of its own',
    test: (t) =>
      /^[-–—•*\s]*(?:advertisement|advertisment|iklan|ads|sponsored|konten bersponsor|sponsor|promoted)[-–—•*\s]*$/i.test(t) ||
      /^(?:advertisement\s+)?scroll (?:to|ke bawah untuk|untuk) (?:continue|resume|melanjutkan|lanjut)/i.test(t) ||
      /^[-–—\s]*scroll untuk melanjutkan(?: membaca)?[-–—\s]*$/i.test(t) ||
      /^gulir untuk lanjut(?:kan)? baca/i.test(t) ||
      /^(?:baca berita dengan sedikit iklan|nyaman tanpa iklan|baca dengan lebih sedikit gangguan iklan)/i.test(t),
  },
  {
    id: RULE.dateHeader,
    description: 'a line that is only a date or time (site header, post date)',
    test: (line, f) => {
      // A site's name may stand before the date: "Kompas.com - 31/03/2017, 15:20 WIB".
      const t = line.replace(/^[\p{L}\d-]+\.(?:com|co\.id|co|id|net|tv)\s*[-–—|,]\s*(?=\d)/iu, '');
      if (f.words === 0 || f.words > 9 || !/\d/.test(t) || /[.!?]$/.test(t.replace(/\d\.\d/g, ''))) return false;
      return tokenize(t).every((tok) => {
        const w = foldWord(tok.surface);
        return (
          /^\d[\d.,:]*$/.test(w) ||
          CALENDAR_WORDS.has(w) ||
          [
            'wib',
            'wita',
            'wit',
            'pukul',
            'jam',
            'am',
            'pm',
            'diperbarui',
            'dipublikasikan',
            'terbit',
            'update',
            'updated',
            'published',
            'terakhir',
            'pada',
            'oleh',
            'tanggal',
          ].includes(w)
        );
      });
    },
  },
  {
    id: RULE.footerHeading,
    description: 'a heading that opens the page footer (Berita Lainnya, Berita Terkait, Terpopuler, Tags)',
    footer: true,
    test: exact(FOOTER_HEADINGS),
  },
  {
    id: RULE.teaserHeading,
    description: 'a heading over a list of links to other articles (Baca juga:, Lihat juga:)',
    teasers: true,
    test: exact(TEASER_HEADINGS),
  },
  {
    id: RULE.navigation,
    description: 'a menu item or widget label on its own line (Ikuti Kami, Bagikan, Berlangganan, Perbesar)',
    test: exact(NAVIGATION),
  },
  {
    id: RULE.separator,
    description: 'a line with no letters or digits (* * *, ---, •)',
    test: (t) => !/[\p{L}\p{N}]/u.test(t),
  },
  {
    id: RULE.followCounter,
    description: 'a social follow, share or view counter (0FansSuka, 12 Shares, Post Views: 40)',
    test: (t) =>
      /^\d[\d.,]*\s*[KkMmRrBb]?\s*(?:fans|pengikut|followers?|pelanggan|subscribers?|suka|likes?|shares?|views?|dilihat|komentar|comments?)\p{L}*$/iu.test(
        t,
      ) ||
      /^\d+\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t) ||
      /^(?:post )?views?\s*:\s*\d[\d.,]*$/i.test(t),
  },
  {
    id: RULE.relatedTeaser,
    description: 'a link to another article (Baca juga: ..., Pilihan Editor: ..., "... Pelajari lebih lanjut")',
    test: (t) =>
      /^[([]?\s*(?:baca|lihat|simak|cek)\s+(?:juga|pula|berita lainnya|artikel lainnya)\b\s*[:\-–—]?/i.test(t) ||
      // "Baca: ...", "(Baca: ...)", "[Baca juga: ...]"
      /^[([]?\s*(?:baca|simak)\s*:\s*\S/i.test(t) ||
      /^(?:pilihan editor|berita terkait|artikel terkait|berita lainnya|rekomendasi|lihat juga|terkait|related)\s*[:\-–—]\s*\S/i.test(t) ||
      /\s(?:Pelajari lebih lanjut|Baca semuanya|Baca [Ss]elengkapnya|Baca [Ll]ebih [Ll]anjut|Read more)\s*[.»›>]*$/.test(t) ||
      /^(?:baca|simak) (?:berita|artikel|info(?:rmasi)?) (?:selengkapnya|lengkapnya|lainnya)/i.test(t) ||
      /^(?:berita|artikel) selanjutnya\b/i.test(t) ||
      /^silakan baca konten menarik/i.test(t),
  },
  {
    id: RULE.videoPrompt,
    description: 'a prompt to watch a video or open a gallery (Simak Video ..., Tonton juga video ...)',
    test: (t, f) =>
      /^(?:simak|tonton|saksikan|lihat|jangan lewatkan)\s+(?:juga\s+)?(?:video|foto|galeri|live|siaran)\b/i.test(t) ||
      // "Tonton juga "..." di sini:", "Saksikan video menarik berikut ini:", "Lihat video lainnya di ..."
      (f.words <= 30 &&
        /^(?:simak|tonton|saksikan|lihat|jangan lewatkan|nonton)\b/i.test(t) &&
        (/\bvideo\b/i.test(t) || /\b(?:di sini|berikut ini|di bawah ini)\s*[:.!]?\s*$/i.test(t)) &&
        !/[.!?]["”]?$/.test(t.replace(/(?:di sini|berikut ini|di bawah ini)\s*[.!]$/i, ''))) ||
      /^video (?:pilihan|populer|terpopuler|terkait|terbaru|unggulan|rekomendasi|lainnya|editor)\s*:?$/i.test(t) ||
      (/^(?:video|foto|infografis)\s*:\s*\S.{0,120}$/i.test(t) && !/[.!?]["”]?$/.test(t)) ||
      /^untuk menampilkan video ini/i.test(t),
  },
  {
    id: RULE.sourceLine,
    description: 'a source line ("Sumber: <url or outlet>"), kept as document metadata',
    test: (t) =>
      (/^sumber\s*:\s*\S/i.test(t) && (/^sumber\s*:\s*https?:\/\/\S+$/i.test(t) || tokenize(t).length <= 8)) ||
      // "Sumber berita LG.", "Sumber artikel: ..."
      (/^sumber (?:berita|artikel|tulisan)\b/i.test(t) && tokenize(t).length <= 6),
  },
  {
    id: RULE.commentForm,
    description: 'a comment section or comment form (Komentar (0), Tinggalkan Balasan, email notice)',
    footer: true,
    test: (t) =>
      /^\d*\s*komentar\s*(?:\(\d+\))?$/i.test(t) ||
      /^(?:tinggalkan|kirim(?:kan)?|tulis(?:kan)?) (?:balasan|komentar)/i.test(t) ||
      /alamat email anda tidak akan dipublikasikan/i.test(t) ||
      /^ruas yang wajib ditandai/i.test(t) ||
      /^(?:komentar|nama|email|situs web|website)\s*\*$/i.test(t) ||
      /^simpan nama, email, dan situs web saya/i.test(t) ||
      /^leave a (?:reply|comment)/i.test(t) ||
      /^gunakan (?:google|facebook|email)\b/i.test(t),
  },
  {
    id: RULE.socialPrompt,
    description: 'an invitation to follow the outlet or install its app (Google News, WhatsApp, Telegram)',
    test: (t, f) =>
      (f.words <= 20 &&
        /\bgoogle news\b/i.test(t) &&
        /\b(?:baca|dibaca|ikuti|diikuti|follow|simak|pantau)\b/i.test(t) &&
        !/["“”]/.test(t)) ||
      (f.words <= 60 &&
        (/^(?:ikuti|follow|gabung|bergabung|mari bergabung|join|dapatkan|simak|cek|baca|download|unduh|klik|pantau|kunjungi)\b/i.test(t) ||
          /^(?:jangan lupa|yuk|ayo)\b/i.test(t)) &&
        /\b(?:google news|whatsapp|telegram|instagram|twitter|facebook|tiktok|youtube|channel|kanal|saluran|aplikasi|app store|play ?store|grup|newsletter|notifikasi)\b/i.test(
          t,
        )),
  },
  {
    id: RULE.byline,
    description: 'an author, editor or reporter credit line (Penulis: ..., Editor: ..., Laporan wartawan ...)',
    test: (t, f) =>
      // "Oleh: Tim Redaksi - 30 Agustus 2016": a byline with its date.
      (f.words <= 12 && /^oleh\s*:\s*\p{Lu}[\p{L}.' ]{2,40}\s[-–—|]\s.{0,30}\b(?:19|20)\d\d\b/iu.test(t)) ||
      (f.words <= 14 &&
        /^(?:penulis|editor|reporter|pewarta|jurnalis|kontributor|fotografer|redaktur|penyunting|laporan wartawan|laporan|writer|author)\b\s*[:|,]?\s*\p{Lu}/iu.test(
          t,
        ) &&
        !/[.!?]["”]?$/.test(t.replace(/\b\p{Lu}\.$/u, ''))) ||
      // "EditorNena Zakiah": the label glued to the name.
      (f.words <= 6 && /^(?:[Ee]ditor|[Pp]enulis|[Rr]eporter|[Rr]edaktur|[Pp]enyunting)(?=\p{Lu}\p{Ll})/u.test(t)) ||
      // "Rep: Arif Satrio Nugroho/ Red: Ilham Tirta"
      (f.words <= 14 && /^rep\s*:\s*\p{Lu}[^/]{2,60}\/\s*red\s*:\s*\p{Lu}/iu.test(t)) ||
      // "Rio Eristiawan, Jurnalis · Senin 15 Mei 2017 12:30 WIB": a name, a separator, then the date.
      (f.words <= 16 &&
        /^\p{Lu}[\p{L}.'’ ]{2,50}(?:,\s*(?:jurnalis|wartawan|reporter|kontributor|editor|penulis))?\s*[•·|]\s*.{0,40}\b(?:19|20)\d\d\b/iu.test(
          t,
        )),
  },
  {
    id: RULE.copyright,
    description: 'a copyright or rights notice',
    test: (t, f) =>
      f.words <= 30 &&
      (/©|all rights reserved|dilarang keras mengambil konten/i.test(t) || (/^(?:copyright|hak cipta)\b/i.test(t) && !isStrongProse(f))),
  },
  {
    id: RULE.syndication,
    description: 'a syndication note (Artikel ini telah tayang di ..., Versi cetak artikel ini ...)',
    test: re(
      /^(?:artikel ini (?:telah )?(?:tayang|ditayangkan|terbit|dimuat)|versi cetak artikel ini|tulisan ini (?:telah )?(?:tayang|terbit))/i,
    ),
  },
  {
    id: RULE.pagination,
    description: 'page navigation (Halaman 1 2 Selanjutnya, halaman 2 dari 3)',
    test: (t) =>
      /^(?:halaman|page|hal\.?)\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?$/i.test(t) ||
      /^(?:halaman\s+)?(?:\d+\s+){1,12}(?:selanjutnya|berikutnya|next|lanjut)\s*[»›>]*$/i.test(t) ||
      (/halaman (?:selanjutnya|berikutnya)\s*[.»›>]*$/i.test(t) && t.length < 160),
  },
  {
    id: RULE.creditLine,
    description: 'editor initials or codes closing the article on a line of their own: "(ama/ama)", "(R021/H015)", "(*)"',
    footer: true,
    test: (t) =>
      (/^\(?[a-z]{2,6}(?:\/[a-z]{2,6}){1,3}\)?$/i.test(t) && /\//.test(t)) ||
      // A short code alone in brackets: "(rah)", "[che]", "(R021/H015)", "(T.KR - ADW/H013)".
      (/^[([][A-Za-z0-9 ./-]{2,24}[)\]]$/.test(t) && (/[\d/]/.test(t) || /^[([][a-z]{2,6}[)\]]$/.test(t)) && !/^[([]\d+[)\]]$/.test(t)) ||
      /^\(\*+\)$/.test(t) ||
      /^\(\*\/[\p{L}\d.-]{2,40}\)$/u.test(t) ||
      // A reporter credit closing the page: "(Tribun-Bali.com/I Made Ardhiangga)"
      /^\([\p{L}\d-]+\.(?:com|id|co\.id|net|tv)\/\s?\p{Lu}[\p{L} .']{2,40}\)$/u.test(t),
  },
  {
    id: RULE.wireCredit,
    description: 'a news agency named alone on a line (Reuters, AFP, Antara), kept as a credit',
    test: (t) =>
      /^(?:reuters|afp|ap|antara|antaranews|xinhua|bernama|tass|ria novosti|bbc|cnn|aljazeera|al jazeera|anadolu|dpa|kyodo|yonhap|efe)$/i.test(
        t,
      ),
  },
  {
    id: RULE.readerPrompt,
    description: 'the outlet speaking to its reader: click here, follow us, subscribe, log in, cookie notices',
    test: (t, f) =>
      f.words <= 70 &&
      !/["“”]/.test(t) &&
      (/\bklik\s+(?:di\s?sini|disini|untuk|link|tautan|banner)\b/i.test(t) ||
        // A paywall asks the reader to subscribe to go on reading.
        (/\b(?:ber)?langganan\b/i.test(t) && /\b(?:anda|kamu|sobat)\b/i.test(t) && /\b(?:membaca|baca|artikel)\b/i.test(t)) ||
        (/\b(?:kebijakan privasi|cookies?|kuki)\b/i.test(t) && /\b(?:anda|kamu)\b/i.test(t)) ||
        // The outlet naming itself while inviting the reader: "DailySocial.id adalah portal ... Kamu bisa menjadi member".
        (/\.(?:com|id|net)\b/i.test(t) &&
          /\b(?:anda|kamu)\b/i.test(t) &&
          /\b[\p{L}\d-]+\.(?:com|id|co\.id|net)\b/iu.test(t) &&
          /\b(?:member|unduh|mengunduh|download|daftar|mendaftar|berlangganan|ikuti|follow)\b/i.test(t)) ||
        /^(?:belum punya akun|lupa (?:kata sandi|password)|login|masuk ke akun)\b.{0,60}$/i.test(t) ||
        /\b(?:preferred source|add to home ?screen)\b/i.test(t)),
  },
  {
    id: RULE.paywall,
    description: 'a subscription or paywall line (Akses penuh ..., Langganan ..., Dukung jurnalisme ...)',
    test: (t, f) =>
      f.words <= 10 && !f.terminal && /^(?:akses|langganan|berlangganan|dukung|gabung|nikmati|baca tanpa iklan|fitur)\b/i.test(t),
  },
  {
    id: RULE.urlOnly,
    description: 'a bare URL, site name (Bola.net, also with its tagline after "|") or e-mail address',
    test: re(
      /^(?:https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[A-Za-z0-9-]+\.(?:com|net|id|co\.id|co|tv)(?:\s+\|\s+[^.!?]{3,60})?|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|net|org|tv|co\.id)\/\S*)$/i,
    ),
  },
  {
    id: RULE.appPromo,
    description: "the outlet's own site or app promoted: 'Akses m.tribunnews.com ...', 'Unduh aplikasi ... di Play Store'",
    test: (t, f) =>
      f.words <= 50 &&
      !/^["“]/.test(t) &&
      // A mobile site named ("m.okezone.com"), or an invitation to an app or a phone browser to read news.
      (/(?:^|[\s(:/])m\.[a-z0-9-]+\.(?:com|id|co\.id|co|net|tv)\b/i.test(t) ||
        (/^(?:\S+\s+){0,3}(?:unduh|download|akses|buka|kunjungi|install|instal|pasang|dapatkan|baca|nikmati|ikuti|gunakan)\b/i.test(t) &&
          /\b(?:aplikasi|app|apps|versi mobile|browser|ponsel anda|play ?store|app ?store|google play)\b/i.test(t) &&
          /\b(?:berita|artikel|membaca|baca|news|informasi terkini|update)\b/i.test(t)) ||
        /^artikel ini bersumber dari\s+[\p{L}\d.-]+\.(?:com|id|co\.id|net)\b/iu.test(t)),
  },
  {
    id: RULE.opinionNote,
    description: "a note on an opinion or partner piece: the views are the author's, not the newsroom's",
    test: (t, f) =>
      f.words <= 60 &&
      (/\b(?:pendapat|opini|pandangan) pribadi(?: dari)? penulis\b/i.test(t) ||
        /\btidak (?:mewakili|mencerminkan) (?:pandangan|sikap|pendapat|kebijakan) redaksi\b/i.test(t) ||
        /\b(?:artikel|tulisan|konten)\b.{0,80}\bsepenuhnya (?:menjadi )?tanggung jawab (?:pengguna|penulis)\b/i.test(t) ||
        (/^[^"“]*\b(?:isi|tulisan|artikel|konten|karya tulis)\b.{0,60}\btanggung ?jawab (?:dari )?(?:penulis|redaksi)\b/i.test(t) &&
          !/["“”]/.test(t)) ||
        /^(?:artikel|konten|tulisan) ini (?:merupakan|adalah) (?:hasil )?kerja ?sama\b/i.test(t) ||
        /^\*+\)?\s*tulisan ini\b/i.test(t)),
  },
  {
    id: RULE.caption,
    description:
      'a photo caption: a line closing on a picture credit "(ANTARA FOTO/...)", a short line opening with "Ilustrasi", a bare name under the title, the title repeated',
    test: (t, f) =>
      hasPictureCreditTail(t, f.words) ||
      // "Ilustrasi pembuatan SIM.": what an illustration shows, in a phrase (not "Ilustrasi itu ...").
      (f.words <= 10 &&
        /^(?:foto |gambar )?ilustrasi\s+\p{Ll}/iu.test(t) &&
        !/^\S+\s+(?:\S+\s+)?(?:ini|itu|tersebut)\b/i.test(t) &&
        !/[?!:]$/.test(t)),
  },
  {
    id: RULE.photoCredit,
    description: 'a photo caption credit (Foto: ..., Sumber gambar, Getty Images, (Dok. ...))',
    test: (t, f) =>
      f.words <= 25 &&
      (/^(?:foto|ilustrasi|sumber (?:foto|gambar)|gambar|dok\.?|dokumentasi)\s*[:.]\s*\S/i.test(t) ||
        /^(?:getty images|shutterstock|istimewa|ist\.?|sumber gambar,?)$/i.test(t) ||
        (t.includes('/') && /\s[\p{L}\d-]+\.(?:com|id|co\.id|net|tv)\/\p{Lu}[\p{L}.' ]{2,40}$/u.test(t)) ||
        (/\((?:foto|dok|doc|istimewa|ist)\b[^)]*\)\s*$/i.test(t) && !/[.!?]["”]?\s*\([^)]*\)\s*$/.test(t))),
  },
];

/** All rule ids with descriptions, including the structural rules applied by the classifier. */
export const STRUCTURAL_RULES: readonly { id: StructuralRuleId; description: string }[] = [
  { id: RULE.prose, description: 'kept: a line of article prose' },
  { id: RULE.shortLine, description: 'kept: a short line the rules could not decide, kept by default' },
  { id: RULE.title, description: 'kept as the document title: the last headline-like line before the lead' },
  { id: RULE.headerZone, description: 'a short line (1-4 words) above the title and lead: site name, section, widget' },
  { id: RULE.trailer, description: 'a short line (1-5 words) after the last sentence of the article: tags, labels' },
  { id: RULE.repeatedInFile, description: 'a short non-sentence line repeated three or more times within the file (site furniture)' },
  { id: RULE.teaserList, description: 'a short title line in the list under a "Baca juga:" heading' },
  {
    id: RULE.headlineList,
    description:
      'a headline of another article without a "Baca juga" marker: title-case, no sentence end, in a run of such lines or wedged between paragraphs',
  },
  {
    id: RULE.authorBio,
    description: 'an author bio: "Oleh NAME, Dosen ...", "Penulis adalah ...", or a name and post closing an opinion piece',
  },
  {
    id: RULE.readerComment,
    description: 'a reader comment after the article (chat spelling, "!!!", starred words) or its handle and time',
  },
  { id: RULE.betweenFurniture, description: 'a short non-sentence line between two removed lines (teaser list, menu)' },
  {
    id: RULE.afterFooter,
    description: 'a line after the start of the page footer (Berita Lainnya, comment form, editor initials) that is not a long sentence',
  },
  { id: RULE.safetyNet, description: 'kept: the rules would have removed most of the file, so prose lines are kept' },
  { id: RULE.noClean, description: 'kept: cleaning was turned off (--no-clean)' },
  { id: RULE.dateline, description: 'stripped, not removed: a dateline opening the lead ("JAKARTA, KOMPAS.com -"), kept as meta.dateline' },
  {
    id: RULE.trailingCredit,
    description: 'stripped, not removed: editor initials closing a paragraph ("(Ade/cnn)"), kept as meta.credits',
  },
];
