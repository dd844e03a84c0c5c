/**
 * Photo captions in plain text. A caption is told by its tail and its place, not its words:
 * - a photo credit closing the line: "(ANTARA FOTO/Aditya Pradana)", "(Bola.com/Aditya Wany)",
 *   "(Foto: Twitter/@ManUtd)", "SERAMBINEWS.COM/BUDI FATRIA", "(c) AFP" (a line rule);
 * - under the title, a bare name line ("Presiden Ukraina Zelensky", "Wakapolres Temanggung
 *   Kompol Dax Imanuelle"): an office followed by capitalised names, no sentence; between two
 *   paragraphs the same line is a caption of a photo inside the article;
 * - above a dateline lead, a sentence that closes on a date in brackets ("..., Senin (3/12/2017).");
 * - the title repeated under the photo.
 * Editor initials closing a paragraph ("(Ade/cnn)", "(AP/evn)") are credits of the text, not of a
 * photo: they are stripped by strip.ts and never make a caption.
 */
import { PERSON_TITLES } from '../../lang/id/titles.js';
import { foldWord } from '../../text/fold.js';
import { isCapitalised, tokenize } from '../../text/tokenize.js';
import { RULE } from './rule-ids.js';
import { stripDateline } from './strip.js';
import { isBetweenParagraphs, isParagraph, isUndecided, keptNeighbour, remove, type Work } from './work.js';

// Words that open a photo credit in brackets, and picture sources named alone.
const CREDIT_HEAD =
  /^(?:foto|photo|dok|doc|dokumentasi|ilustrasi|ist|istimewa|sumber(?: foto| gambar)?|kredit|credit|gambar|grafis|tangkapan layar|screenshot|capture|instagram|twitter|tiktok|facebook|youtube|getty(?: images)?|shutterstock|istock\w*|unsplash|pexels|freepik|pixabay|ap photo|epa|antara foto)\b/i;
const DOMAIN = /[\p{L}\d-]\.(?:com|id|net|org|tv|co)\b/iu;
const CAPS_WORD = /\b\p{Lu}{4,}\b/u;
const WIRE_AGENCIES = new Set([
  'antara',
  'reuters',
  'afp',
  'ap',
  'xinhua',
  'bernama',
  'kyodo',
  'yonhap',
  'tass',
  'dpa',
  'efe',
  'anadolu',
  'bloomberg',
]);
const NAME = /\p{Lu}[\p{Ll}'’]+\s+\p{Lu}[\p{Ll}'’]+/u;

/** The bracketed text a line closes with, if any: "(REUTERS/Albert Gea)" gives "REUTERS/Albert Gea". */
function closingBracket(text: string): { inner: string; before: string } | null {
  const m = /\s*[([]([^()[\]]{2,90})[)\]]\s*$/.exec(text);
  return m ? { inner: m[1].trim(), before: text.slice(0, m.index).trim() } : null;
}

/** Whether bracketed text credits a picture rather than the text's editors ("(Ade/cnn)"). */
export function isPictureCredit(inner: string): boolean {
  if (CREDIT_HEAD.test(inner)) return true;
  if (!inner.includes('/')) return false;
  const sides = inner.split('/').map((s) => s.trim());
  // Editor initials on one side ("Awita Ekasari Larasati/rsa") make it a credit of the text.
  if (sides.some((s) => /^\p{Ll}{2,5}$/u.test(s))) return false;
  if (sides.some((s) => s.startsWith('@') || DOMAIN.test(s) || NAME.test(s))) return true;
  // "ANTARA/Agus", "TRIBUNJABAR.ID/ISTIMEWA": an outlet in capitals and a name. Agencies alone
  // ("Antara/Reuters") credit the text.
  const named = sides.filter((s) => /\p{Lu}\p{L}{2,}/u.test(s) && !WIRE_AGENCIES.has(s.toLowerCase()));
  return sides.some((s) => CAPS_WORD.test(s)) && named.length >= 1 && sides.length >= 2 && sides.every((s) => /\p{Lu}/u.test(s));
}

/** A caption closing on a picture credit: "(ANTARA FOTO/...)", "SERAMBINEWS.COM/BUDI FATRIA", "(c) AFP". */
export function hasPictureCreditTail(text: string, words: number): boolean {
  if (words > 60) return false;
  const b = closingBracket(text);
  if (b?.before && isPictureCredit(b.inner)) {
    // A paragraph of two sentences or with quoted speech that closes on its sources is text;
    // a caption is one sentence, unless its credit says it is a picture.
    return CREDIT_HEAD.test(b.inner) || !(/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(b.before) || /["“”]/.test(b.before));
  }
  // A credit in capitals without brackets ("SERAMBINEWS.COM/BUDI FATRIA"), or a copyright sign before an agency.
  if (/\s\p{Lu}[\p{Lu}\d.-]{2,}(?:\s\p{Lu}[\p{Lu}\d.-]*)*\/\s?\p{Lu}[\p{Lu}.'-]+(?:\s\p{Lu}[\p{Lu}.'-]*)+$/u.test(text)) return true;
  if (/[.!?]?\s\((?:c|C)\)\s?[\p{L}\s./]{2,40}$|\s©\s?[\p{L}\s./]{2,40}$/u.test(text)) return true;
  // A last sentence that is an outlet and a photographer, slash-separated, maybe with the
  // editor's initials: "... Sumatera Barat. ANTARA FOTO/Iggoy el Fitra/ama.", "... (5/4/2017).
  // - Bisnis/Dedi Gunawan", "... Jumat (19/1). IDN Times/Margith Juita Damanik",
  // "... ANTARA FOTO/REUTERS/Scott Heppell/pras."
  if (
    /[.!?)]\s+(?:[-–—]\s+)?\p{Lu}[\p{L}.]{1,}(?:\s\p{Lu}[\p{L}.]+)?(?:\/\s?\p{Lu}[\p{L}.' -]{1,40}){1,3}(?:\/\p{Ll}{2,5})?\.?$/u.test(text)
  )
    return true;
  // "... Senin (25/12/2017). DOK. IBL", "Gyoza. Foto: iStock"
  if (/[.!?)]\s+(?:DOK|Dok|FOTO|Foto)[.:]?\s+\p{L}[\p{L}\d. ]{1,30}$/u.test(text) && words <= 40) return true;
  // "Ilustrasi kantor OLX. Dok. OLX", "... Foto: Edi Wahyono"
  return /[.,]\s+(?:Dok\.?|Foto|Sumber foto)\s*[:.]?\s*\p{Lu}[\p{L}\s./@-]{1,40}$/u.test(text);
}

// Roles written before a name under a photo besides offices: "Pelatih Persija ...", "Desainer ...".
const CAPTION_ROLES = new Set([
  'pelatih',
  'pemain',
  'kiper',
  'bek',
  'penyerang',
  'gelandang',
  'striker',
  'winger',
  'kapten',
  'desainer',
  'penyanyi',
  'aktor',
  'aktris',
  'artis',
  'atlet',
  'pebulu',
  'pebalap',
  'petinju',
  'terdakwa',
  'tersangka',
  'saksi',
  'korban',
  'politikus',
  'politisi',
  'pengamat',
  'ekonom',
  'pengacara',
  'kuasa',
]);

/** "Presiden Ukraina Zelensky": an office or role and capitalised names, 3-9 words, no sentence or list. */
export function isNameCaption(text: string): boolean {
  if (/[.!?:;,]["”’)]?$/.test(text) || /\d/.test(text)) return false;
  // A list of names ("Putri Blake Lively dan Ryan Reynolds, James Reynolds") or a label and its
  // value ("Pelatih: Wanderley Junior") is text.
  if (/[,:]/.test(text)) return false;
  const tokens = tokenize(text);
  if (tokens.length < 3 || tokens.length > 9) return false;
  const first = foldWord(tokens[0].surface);
  // "Wakapolres", "Wakapolda": the deputy of a titled office.
  const office = first.startsWith('wa') && PERSON_TITLES.has(first.slice(2)) ? first.slice(2) : first;
  if (!PERSON_TITLES.has(office) && !CAPTION_ROLES.has(office)) return false;
  // Every word capitalised but for name particles ("bin", "van"): a name, not a clause.
  return tokens.every((t) => isCapitalised(t.surface) || /^(?:bin|binti|van|von|der|de)$/.test(t.surface));
}

const AGENCY_TAIL = /\((?:antara|reuters|afp|ap|xinhua|bernama|kyodo|yonhap|epa|anadolu|getty images|shutterstock|istimewa|ist)\)$/i;
// "..., Senin (3/12/2017)." or "... Jakarta, Rabu (10/7)"
const DATE_TAIL = /,\s*\p{L}+\s*\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)\.?$/u;

/**
 * Captions found by place: the title repeated, a bare name line under the title or between
 * paragraphs, and a date-closing sentence between the title and a dateline lead.
 */
export function markPlacedCaptions(work: Work[]): void {
  const title = work.findIndex((w) => w.kind === 'title');
  const titleKey = title >= 0 ? captionKey(work[title].text) : null;
  const datelineLead = work.findIndex((w, i) => i > title && w.kind === 'content' && stripDateline(w.text) !== null);
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (w.kind !== 'content' || i === title) continue;
    if (titleKey && (isUndecided(w) || w.rule === RULE.prose) && captionKey(w.text) === titleKey) {
      remove(w, RULE.caption);
      continue;
    }
    if (isUndecided(w) && isNameCaption(w.text) && underTitle(work, i, title)) {
      remove(w, RULE.caption);
      continue;
    }
    // Only in the header: no paragraph between the title and the line (cleaning the output again,
    // where the lead's dateline is gone, finds the same).
    if (
      title >= 0 &&
      i > title &&
      i < datelineLead &&
      DATE_TAIL.test(w.text) &&
      !/["“”]/.test(w.text) &&
      !work.slice(title + 1, i).some(isParagraph)
    ) {
      remove(w, RULE.caption);
      continue;
    }
    // Under the title and above the first paragraph, a line closing on an agency is a caption:
    // "Nokia uji kemampuan 5G bersama U.S. Cellular. (Reuters)".
    if (isUndecided(w) && underTitle(work, i, title) && AGENCY_TAIL.test(w.text) && tokenize(w.text).length >= 3) remove(w, RULE.caption);
  }
}

/**
 * A bare name line between two paragraphs: the caption of a photo inside the article. Run after
 * every other pass, so that the paragraphs around it are the ones the cleaned text will have.
 */
export function markWedgedCaptions(work: Work[]): void {
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (isUndecided(w) && isNameCaption(w.text) && isBetweenParagraphs(work, i)) remove(w, RULE.caption);
  }
}

const captionKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Above the first paragraph (the page header, title included), or right under the title in the cleaned text. */
function underTitle(work: Work[], i: number, title: number): boolean {
  if (title >= 0 && keptNeighbour(work, i, -1) === title) return true;
  for (let j = 0; j < i; j++) if (isParagraph(work[j])) return false;
  // The page header only if an article follows it.
  return work.some((w, j) => j > i && isParagraph(w));
}
