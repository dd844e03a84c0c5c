/**
 * Datelines and credits are stripped from a paragraph, not deleted with it:
 * "JAKARTA, KOMPAS.com - Polisi ..." keeps "Polisi ..." and records the dateline;
 * "... di Kursk. (Ade/cnn)" keeps the sentence and records the credit.
 */
import { STOPWORDS } from '../../lang/id/stopwords.js';

export interface Stripped {
  readonly text: string;
  readonly removed: string;
}

// "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia -- ", "TRIBUNNEWS.COM, JAKARTA - ", "jpnn.com, JAKARTA - "
// (Words separated by single spaces: one way to split a line into words, so a line that is not a
// dateline fails at once instead of trying every split of its first words.)
const CITY_OUTLET =
  /^([\p{L}\d][\p{L}\d.'’]*(?:\s[\p{L}\d][\p{L}\d.'’]*){0,3}\s?,\s?[\p{L}\d][\p{L}\d.]*(?:\s[\p{L}\d][\p{L}\d.]*){0,2}\s?)\s*(?:--|[-–—])+\s*(?=\S)/u;
// "Jakarta (ANTARA) - ", "Jakarta (ANTARA/JACX) – "
const CITY_AGENCY = /^((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\s?\([\p{Lu}][\p{L}/ ]{1,20}\))\s*(?:--|[-–—])+\s*(?=\S)/u;
// "KNews.id- ", "Merdeka.com - ", "Suara.com - ", "KOMPAS.tv - "
const DOMAIN = /^([\p{L}\d]+(?:\.[\p{L}]{2,6}){1,3})\s*(?:--|[-–—])+\s*(?=\S)/u;
// "VIVA – ", "INFO NASIONAL - ", "JAKARTA - "
const CAPS_LABEL = /^(\p{Lu}[\p{Lu}\d.]{2,}(?:\s\p{Lu}[\p{Lu}\d.]+){0,3})\s*(?:--|[-–—])+\s+(?=\S)/u;

function looksLikeOutlet(s: string): boolean {
  return /[\p{L}]\.(?:com|id|co|net|tv|org|news)\b/iu.test(s) || /\b\p{Lu}{3,}\b/u.test(s);
}

/** Strip a dateline from the start of a lead paragraph. */
export function stripDateline(text: string): Stripped | null {
  let m = CITY_AGENCY.exec(text);
  if (!m) {
    m = CITY_OUTLET.exec(text);
    if (m && (!looksLikeOutlet(m[1]) || m[1].length > 50)) m = null;
  }
  if (!m) m = DOMAIN.exec(text);
  if (!m) m = CAPS_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (rest.split(/\s+/).length < 3) return null;
  return { text: rest, removed: m[1].trim() };
}

// "(Ade/cnn)", "(ugo/age)", "(suc/fds/up)", "(AP/evn)", "[idc]", "(bac)", and the end marker "(*)".
const TRAILING_CREDIT = /\s*[([](?:([\p{L}]{1,10}(?:\/[\p{L}]{1,10}){1,3})|\*|[a-z]{2,5})[)\]]\s*$/u;

/** Strip editor initials or an end marker from the end of a paragraph. */
export function stripCredit(text: string): Stripped | null {
  // Only lines ending in a bracket can end in a credit (and the pattern is slow to fail).
  const end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last !== 41 && last !== 93) return null;
  const m = TRAILING_CREDIT.exec(text);
  if (!m) return null;
  const inner = m[0].trim().slice(1, -1);
  if (!m[1] && inner !== '*' && (STOPWORDS.has(inner) || !/[.!?"”]\s*[([]/.test(text.slice(m.index - 2)))) return null;
  if (m[1]) {
    const parts = m[1].split('/');
    // "(dan/atau)" and "(pria/wanita)" are prose: credits are initials, not words.
    if (parts.every((p) => STOPWORDS.has(p.toLowerCase()) || p.length > 6)) return null;
  }
  const rest = text.slice(0, m.index).trimEnd();
  if (!rest) return null;
  return { text: rest, removed: m[0].trim() };
}
