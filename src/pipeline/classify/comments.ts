/**
 * Reader comments appended to an article, and their handles and time stamps. A comment is
 * told by informal writing outside quotes: chat spellings (yg, gak, bgt, wkwk), letters or
 * marks repeated ("setujuuu", "!!!"), starred swear words, emoji, "kata2" reduplication, a
 * lower-case start. Quoted speech in an article is informal too, so only lines after the
 * article's last formal paragraph count.
 */
import { tokenize } from '../../text/tokenize.js';
import { isClosingBio } from './bios.js';
import { RULE } from './rule-ids.js';
import { isParagraph, isUndecided, neighbour, remove, type Work } from './work.js';

const CHAT_WORDS = new Set(
  'yg gak ga gk ngga gmn gimana bgt aja udh udah sdh dgn krn tdk utk klo kalo sih dong deh lho loh btw emang ngapain gue gw lu lo elu pake doang bener jd jgn blm trs tp sy sm dr bs min kak gan sob bro mantul mantap anjir anjay wkwk wkwkwk haha hehe wow wah kok tuh nih jgn knp kpn org2 tau ampun rempong bosen ah'.split(
    ' ',
  ),
);

/** How informal a line reads: strong marks count two, chat words (written in lower case) and weak marks one each. */
export function informality(text: string): number {
  let score = 0;
  // A letter typed three times ("setujuuu"): also a typo in edited text, so a weak mark.
  if (/(\p{Ll})\1\1/u.test(text.replace(/\b(?:www|xxx|iii)\b/gi, ''))) score++;
  if (/[!?]{2,}/.test(text)) score += 2;
  if (/(?:^|[^.])\.\.(?!\.)/.test(text)) score++;
  if (/\p{L}\*+\p{L}/u.test(text) || /\p{Extended_Pictographic}/u.test(text)) score += 2;
  if (/\b(?:wk){2,}|\b(?:ha){2,}|\b(?:he){2,}/i.test(text) || /\b\p{Ll}{3,}2(?:nya|an|in)?\b/u.test(text)) score += 2;
  for (const t of tokenize(text)) if (CHAT_WORDS.has(t.surface)) score++;
  if (/^\p{Ll}/u.test(text)) score++;
  return score;
}

/** A comment line: informal enough (more so for a full sentence), not quoted speech, not too long. */
export const isComment = (text: string, sentence = false) =>
  !/^["“']/.test(text) && tokenize(text).length <= 80 && informality(text) >= (sentence ? 3 : 2);

// "bang_raja 5 jam lalu", "hijabers_bdg · 1 jam yang lalu", "teukuarif"
const HANDLE = /^@?[\p{Ll}\d][\p{Ll}\d._]{2,30}(?:\s*[·•|-]?\s*\d+\s*(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu)?$/u;
const TIME_AGO = /^\d+\s*(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu$/i;

/** Remove comments after the article's last formal paragraph, with the handles above them. */
export function markReaderComments(work: Work[]): void {
  let end = -1;
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    // An author bio closing the piece is not its last paragraph either.
    if (isParagraph(w) && !isComment(w.text, true) && !isClosingBio(w.text)) {
      end = i;
      break;
    }
  }
  if (end < 0) return;
  for (let i = end + 1; i < work.length; i++) {
    const w = work[i];
    if (w.kind === 'content' && (isUndecided(w) || w.rule === RULE.prose) && isComment(w.text, w.rule === RULE.prose))
      remove(w, RULE.readerComment);
  }
  // Handles and time stamps next to a removed comment.
  for (let i = end + 1; i < work.length; i++) {
    const w = work[i];
    if (!isUndecided(w) || !(HANDLE.test(w.text) || TIME_AGO.test(w.text))) continue;
    const next = work[neighbour(work, i, 1)];
    const prev = work[neighbour(work, i, -1)];
    if (next?.rule === RULE.readerComment || prev?.rule === RULE.readerComment || next?.kind === 'boilerplate')
      remove(w, RULE.readerComment);
  }
}
