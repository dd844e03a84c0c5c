/**
 * Sentence boundaries in Indonesian news text: a full stop, question or exclamation mark
 * (with any closing quote or bracket) followed by space and a capital or an opening quote.
 * Abbreviations (dll., Jl., No., Dr., H., initials like "B.J.") and numbers ("1.500")
 * do not end sentences (field notes: 18 of 22 test cases with such a list).
 */
import { SENTENCE_ABBREVIATIONS } from '../lang/id/sentence-abbreviations.js';

const BOUNDARY = /([.!?…]["”’)\]]*)\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** Split text into sentences; offsets are kept by slicing, so joining with ' ' restores spacing roughly. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[1].length;
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "Dr." "No." "B.J." and single initials do not end a sentence.
    if (
      m[1].startsWith('.') &&
      (SENTENCE_ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^(?:\p{L}\.)+\p{L}?$/u.test(lastWord) || /^\p{L}$/u.test(lastWord))
    )
      continue;
    out.push(text.slice(start, end));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.trim() !== '');
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—', ' ', '\t']);
const ENDERS = new Set(['.', '!', '?', '…', ':']);

/** True when the token starting at `start` opens a sentence (so its capital says nothing). */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.has(text[i])) i--;
  return i < 0 || ENDERS.has(text[i]);
}
