/**
 * Headlines of other articles left in the text without a "Baca juga" marker: a run of
 * headline-shaped lines between or after paragraphs, or one such line wedged between two,
 * bracketed or not. Signals, combined rather than matched as phrases:
 * - shape: 4-15 words, every content word capitalised, no sentence end, not a list item,
 *   a score line or a label ending in a colon;
 * - a run of two or more such lines (a list: a subheading never comes in a run);
 * - length (6+ words: subheadings are short); a comma inside ("Telkom Blokir Netflix, Ini
 *   Alasannya"), brackets around the line or a label in capitals ("PREVIEW: ...");
 * - words shared with the page's title (related articles share its topic);
 * - place: after the lead, after the article's last paragraph, or as the only 6+ word line
 *   between two of its paragraphs (subheadings are short or come several to an article).
 * A line needs two points; a run is two points by itself.
 */
import { STOPWORDS } from '../../lang/id/stopwords.js';
import { foldWord } from '../../text/fold.js';
import { isCapitalised, tokenize } from '../../text/tokenize.js';
import { RULE } from './rule-ids.js';
import { stripDateline } from './strip.js';
import { isBetweenParagraphs, isParagraph, isUndecided, keptNeighbour, remove, type Work } from './work.js';

/** The content words of a headline-shaped line (folded), or null when the line is not one. */
export function headlineWords(text: string): string[] | null {
  const bare = text.replace(/^\((.*)\)$/, '$1').trim();
  if (/[.;:]["”’)]?$/.test(bare) || /;/.test(bare) || /^\d+[.)]\s/.test(bare) || stripDateline(bare)) return null;
  // Not a headline: a result ("Koeln 1-0 Eintracht", "Cavaliers 100 - Charlotte Hornets 93"),
  // scorers with minutes, a ranking ("Simona Halep (RUM) 6.425"), a list of names (three commas),
  // a label and its value ("Pelatih: Hanafi", "Level 3: Super Series"; a label in capitals such
  // as "PREVIEW:" is a headline's), a heading with a bracketed part or a date.
  if (/\d\s*[-–]\s*\p{Lu}|\p{L}\s+\d+\s*[-–]\s*\d/u.test(bare) || /\d\s*['’]|\d[.,]\d/.test(bare)) return null;
  if ((bare.match(/,/g) ?? []).length >= 3 || /[()[\]]/.test(bare)) return null;
  if (/:/.test(bare) && !/^\p{Lu}[\p{Lu}\d ]{2,}:\s/u.test(bare)) return null;
  const tokens = tokenize(bare);
  if (tokens.length < 4 || tokens.length > 15 || !isCapitalised(tokens[0].surface)) return null;
  const content: string[] = [];
  for (const t of tokens) {
    const folded = foldWord(t.surface);
    if (STOPWORDS.has(folded) && !isCapitalised(t.surface)) continue;
    // Names with digits ("i3", "5G") are neither capitalised nor lower-case words.
    if (!isCapitalised(t.surface) && !/\d/.test(t.surface)) return null;
    content.push(folded);
  }
  return content.length >= 3 ? content : null;
}

// Verbs that headlines use bare ("Polisi Buru Sopir", "Telkom Blokir Netflix").
const HEADLINE_VERBS = new Set(
  'ungkap buru tangkap tekuk bantah sebut raih cetak tunda siap jadi bakal akan resmi gagal kalah menang tewas hilang kabur beri beli jual buka tutup pilih batal ancam klaim rilis blokir terima kirim bawa pamer bongkar tolak minta akui puji kritik tegas janji larang pecat lapor gugat cabut tahan periksa tetapkan absen mundur pensiun gabung hengkang incar pastikan tanggapi respons rayakan sambut usir serang bunuh curi rampok kenali bungkam cari jalani tuntut tembak kecam dukung desak sita gerebek ringkus segel tinjau'.split(
    ' ',
  ),
);
// Words that look prefixed but are nouns or names.
const NOT_VERBS = new Set([
  'menteri',
  'medan',
  'merah',
  'berita',
  'terminal',
  'dinas',
  'direktur',
  'desember',
  'depok',
  'derby',
  'dengan',
  'demi',
  'dari',
  'dewan',
  'digital',
  'dinasti',
  'diploma',
  'direksi',
  'divisi',
  'terbaik',
  'terbaru',
  'terkini',
  'tertinggi',
  'terbesar',
  'meter',
  'metro',
  'media',
  'medali',
  'member',
  'mental',
  'menit',
  'menara',
  'masjid',
  'bersama',
  'terhadap',
  'tersebut',
  'berbagai',
  'beberapa',
  'bersih',
  'berat',
  'bertha',
  'berlin',
  'bernabeu',
]);

/** A word that reads as a verb: a bare headline verb, or me-/di-/ber-/ter- or -kan forms. */
export function isVerbLike(folded: string): boolean {
  if (HEADLINE_VERBS.has(folded)) return true;
  if (folded.length < 5 || NOT_VERBS.has(folded)) return false;
  return (
    /^(?:me[mnr]?|meng|meny|ber|ter|per)[a-z]{3,}/.test(folded) || /^di[a-z]{4,}/.test(folded) || /^[a-z]{4,}(?:kan|kah)$/.test(folded)
  );
}

/** Points of every headline-shaped line after the lead (see the module comment); -1 for other lines. */
function headlinePoints(work: readonly Work[]): number[] {
  const points = work.map(() => -1);
  const title = work.findIndex((w) => w.kind === 'title');
  const lead = work.findIndex((w, i) => i > title && w.rule === RULE.prose);
  if (lead < 0) return points;
  // Topic words of the title: 4+ letters, or an acronym ("DPR", "KPK").
  const titleWords = new Set(
    (title >= 0 ? tokenize(work[title].text) : [])
      .filter((t) => (t.surface.length >= 4 && !STOPWORDS.has(foldWord(t.surface))) || /^\p{Lu}{2,}$/u.test(t.surface))
      .map((t) => foldWord(t.surface)),
  );
  const lastParagraph = work.findLastIndex(isParagraph);
  const shapes = work.map((w, i) => (i > lead && isUndecided(w) ? headlineWords(w.text) : null));
  // A headline says what happened: a line or the run it stands in needs a verb ("Jadwal Lengkap
  // Liga 1" beside "Persija Resmi Rekrut Striker"); lists of names or works have none.
  const hasVerb = shapes.map((words) => !!words?.some(isVerbLike));
  for (let i = lead + 1; i < work.length; i++) {
    const words = shapes[i];
    if (!words) continue;
    // Neighbours in the cleaned text, so that cleaning it again finds the same runs. A neighbour
    // with a verb is headline-shaped, so it also makes a run.
    const p = keptNeighbour(work, i, -1);
    const n = keptNeighbour(work, i, 1);
    if (!hasVerb[i] && !hasVerb[p] && !hasVerb[n]) continue;
    const inRun = !!shapes[p] || !!shapes[n];
    const text = work[i].text;
    let score = inRun ? 2 : 0;
    if (tokenize(text).length >= 6) score++;
    // A comma inside, brackets around it, or a label in capitals ("PREVIEW: ...", "VIDEO: ...").
    if (/\S,\s\S/.test(text) || /^\(.*\)$/.test(text) || /^\p{Lu}{3,}:\s/u.test(text)) score++;
    if (words.some((w) => titleWords.has(w))) score++;
    if (i > lastParagraph) score++;
    points[i] = score;
  }
  return points;
}

/** Remove headline-shaped lines that the signals above point to (two points). */
export function markHeadlines(work: Work[]): void {
  // Decide every line before removing any: a removal must not break the run its neighbour is in.
  const points = headlinePoints(work);
  points.forEach((score, i) => {
    if (score >= 2) remove(work[i], RULE.headlineList);
  });
}

/**
 * The one long headline-shaped line (one point) left between two paragraphs once every other
 * pass has run: another article's headline. Subheadings are short (no length point) or come
 * several to a feature ("Tembus London Lewat ..."). Run last, after the captions, so the count
 * sees the cleaned text and cleaning it again removes nothing more.
 */
export function markWedgedHeadline(work: Work[]): void {
  const wedged = work.flatMap((_, i) => (isWedgedShortLine(work, i) ? [i] : []));
  if (wedged.length !== 1) return;
  const only = wedged[0];
  if (headlinePoints(work)[only] === 1 && tokenize(work[only].text).length >= 6) remove(work[only], RULE.headlineList);
}

/** A line of 2-15 words without a sentence end, with a paragraph on each side in the cleaned text. */
function isWedgedShortLine(work: readonly Work[], i: number): boolean {
  if (!isUndecided(work[i]) || /[.!?]["”’)]?$/.test(work[i].text)) return false;
  const words = tokenize(work[i].text).length;
  return words >= 2 && words <= 15 && isBetweenParagraphs(work, i);
}
