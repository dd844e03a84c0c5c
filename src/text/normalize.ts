/**
 * Text normalisation applied to every file and every query, so that both sides
 * compare the same characters.
 *
 * - Mojibake repaired first (UTF-8 read as Windows-1252: "GÃ©nÃ©rale" -> "Générale"; mojibake.ts),
 *   before the C1 controls and no-break spaces it holds are removed or replaced below.
 * - Unicode NFC (decomposed accents compose: "Anto\u0301nio" -> "António").
 * - Line ends: CRLF and lone CR become LF.
 * - No-break and other fixed-width spaces become an ordinary space.
 * - Zero-width characters, the BOM and bidirectional controls are removed.
 * - Other C0/C1 control characters (except tab and LF) are removed: they are never
 *   prose and can attack a terminal (ANSI/OSC escapes start with ESC).
 *
 * Idempotent: `normalizeText(normalizeText(s)) === normalizeText(s)`.
 */

import { repairMojibake } from './mojibake.js';

// U+00A0 NBSP, U+2007 figure space, U+202F narrow NBSP, U+2000-U+200A typographic spaces, U+3000.
const SPACES = /[\u00A0\u2000-\u200A\u2007\u202F\u205F\u3000]/g;
// Zero-width and format characters: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen,
// LRM/RLM, bidi embeddings/overrides/isolates.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/g;
// C0 controls except \t and \n, DEL, C1 controls.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Lone surrogates cannot be encoded; replace with U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Normalise a whole text (file contents or a query). */
export function normalizeText(text: string): string {
  return normalizeCounted(text).text;
}

/**
 * Normalise, and count the mojibake runs repaired (a file's diagnostic). Removing a control or an
 * invisible character can bring a mojibake lead next to its continuation, so normalising goes on
 * until no run is left to repair (a few passes at most): the result is a fixed point.
 */
export function normalizeCounted(text: string): { text: string; repaired: number } {
  let repaired = 0;
  for (let pass = 0; pass < 4; pass++) {
    const r = normalizeOnce(text);
    text = r.text;
    repaired += r.repaired;
    if (repairMojibake(text).repaired === 0) break;
  }
  return { text, repaired };
}

function normalizeOnce(text: string): { text: string; repaired: number } {
  const fixed = repairMojibake(text);
  let s = fixed.text.replace(/\r\n?/g, '\n');
  s = s.replace(LONE_SURROGATE, '\uFFFD');
  s = s.normalize('NFC');
  s = s.replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, '');
  return { text: s, repaired: fixed.repaired };
}
