/**
 * Mojibake repair: UTF-8 text that was decoded as Windows-1252 (or Latin-1) and saved again
 * ("volontÃ© GÃ©nÃ©rale", "30â€“50", "MatthÃ­as", a C1 control inside a word) is re-encoded and
 * decoded again, as ftfy's fix_encoding does, one run at a time: a run is a lead character and
 * the continuation characters its UTF-8 length asks for, each mapped back to its byte, and it
 * is replaced only when those bytes decode as UTF-8 to a character of a range that mojibake
 * plausibly hides. Leads are limited to those whose UTF-8 sequences are common in news and
 * whose misreadings are not words: Â-Å (U+00A0-U+017F: Latin-1 and Latin Extended-A letters and
 * signs; never a C1 control), â (U+2000-U+20FF: quotes, dashes, ellipsis, the euro sign) and ð (emoji). Correct text
 * holds such a lead followed by such continuation characters only by accident of mojibake, so
 * it is left as it is (a property test: random correct text is unchanged, and every Windows-1252
 * mojibake of it comes back). The one kind of correct text it would change: a capital Â-Å right
 * before a curly quote, a dash or one of ¡-¿ ("Ä”" reads as "Ĕ"), which Indonesian news does not hold.
 */

// The byte each Windows-1252 character stands for, for bytes 0x80-0x9F (0xA0-0xFF are Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE.set(CP1252_HIGH[i], 0x80 + i);
// Undefined Windows-1252 bytes often come through as their Latin-1 C1 control.
for (let b = 0x80; b <= 0x9f; b++) if (!BYTE.has(String.fromCharCode(b))) BYTE.set(String.fromCharCode(b), b);
for (let b = 0xa0; b <= 0xbf; b++) BYTE.set(String.fromCharCode(b), b);

const CONT = `[${[...BYTE.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
// Â-Å + 1, â + 2, ð + 3 continuation characters.
const RUN = new RegExp(`[\\u00C2-\\u00C5]${CONT}|\\u00E2${CONT}{2}|\\u00F0${CONT}{3}`, 'g');

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The character a run's bytes decode to, when it is one a mojibake plausibly hides; else null. */
function decodeRun(run: string): string | null {
  const bytes = Uint8Array.from(run, (c, i) => (i === 0 ? c.charCodeAt(0) : BYTE.get(c)!));
  let s: string;
  try {
    s = decoder.decode(bytes);
  } catch {
    return null;
  }
  const cp = s.codePointAt(0)!;
  const plausible = (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x2000 && cp <= 0x20ff) || (cp >= 0x1f000 && cp <= 0x1faff);
  return plausible && s.length === String.fromCodePoint(cp).length ? s : null;
}

/**
 * Repair mojibake runs, again while a pass repairs something (text misread twice comes back in
 * two passes; at most four), so that repairing is idempotent. `repaired` counts the runs replaced.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  for (let pass = 0; pass < 4 && /[\u00C2-\u00C5\u00E2\u00F0]/.test(text); pass++) {
    let now = 0;
    text = text.replace(RUN, (run) => {
      const fixed = decodeRun(run);
      if (fixed === null) return run;
      now++;
      return fixed;
    });
    if (!now) break;
    repaired += now;
  }
  return { text, repaired };
}
