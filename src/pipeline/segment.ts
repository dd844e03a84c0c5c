/**
 * Segment a classified file into one document: a title (when the cleaner found one),
 * paragraphs and the removed lines, with the metadata recovered while stripping.
 *
 * Paragraph layout is detected per file: news text saved from the web usually has one
 * paragraph per line ("lines"); hard-wrapped text has paragraphs as blank-line separated
 * blocks whose lines do not end sentences ("blocks"), and those lines are joined.
 */
import { detectLayout, type Layout } from './layout.js';
import { splitSentences } from '../text/sentences.js';
import type { ClassifiedLine, DocId, DocumentMeta, NewsDocument, Paragraph, ParagraphId, RemovedLine } from '../model.js';
import { RULE } from './classify/rule-ids.js';

const OUTLET_IN_DATELINE = /([\p{L}\d]+(?:\.[\p{L}]{2,6}){1,3}|CNN Indonesia|CNBC Indonesia|ANTARA|Antara|VIVA)/u;

/** Build the document record for one file. */
export function segmentDocument(
  id: DocId,
  file: string,
  lines: readonly ClassifiedLine[],
  baseMeta: DocumentMeta = {},
  /** The layout the classifier found (default: detected from the lines). */
  layout: Layout = detectLayout(lines),
): NewsDocument {
  const meta: DocumentMeta = { ...baseMeta, layout };
  const paragraphs: Paragraph[] = [];
  const removed: RemovedLine[] = [];
  let title: string | null = null;
  let titleLine: number | null = null;
  let open: { line: number; parts: string[] } | null = null;
  let lastRule = '';

  const close = () => {
    if (open) {
      // A whole article on one line is not a paragraph: cut it at sentence ends.
      for (const text of splitLongParagraph(open.parts.join(' '))) {
        const index = paragraphs.length;
        paragraphs.push({ id: `${id}:${index}` as ParagraphId, index, line: open.line, text });
      }
      open = null;
    }
  };

  for (const l of lines) {
    if (l.kind === 'blank') {
      close();
      continue;
    }
    if (l.kind === 'boilerplate') {
      close();
      removed.push({ line: l.line, text: l.text, rule: l.rule });
      if (l.rule === RULE.sourceLine) recordSource(meta, l.text);
      if (l.rule === RULE.creditLine || l.rule === RULE.wireCredit || l.rule === RULE.byline) (meta.credits ??= []).push(l.text);
      continue;
    }
    if (l.strippedLead) {
      meta.dateline = l.strippedLead;
      const outlet = OUTLET_IN_DATELINE.exec(l.strippedLead);
      if (outlet && !meta.outlet) meta.outlet = outlet[1];
    }
    if (l.strippedTrail) (meta.credits ??= []).push(l.strippedTrail);
    const text = l.content ?? l.text;
    if (l.kind === 'title') {
      close();
      title = text;
      titleLine = l.line;
      continue;
    }
    // A line the safety net kept stands alone, as it would when the export is cleaned again.
    const alone = l.rule === RULE.safetyNet || (open !== null && lastRule === RULE.safetyNet);
    lastRule = l.rule;
    if (layout === 'blocks' && open && !alone) {
      open.parts.push(text);
    } else {
      close();
      open = { line: l.line, parts: [text] };
    }
    if (layout === 'lines') close();
  }
  close();
  return { id, file, title, titleLine, meta, paragraphs, removed };
}

/** Paragraphs longer than this many words are cut into pieces of sentences. */
export const LONG_PARAGRAPH_WORDS = 150;
const PIECE_WORDS = 80;

/** Cut an over-long paragraph at sentence ends into pieces of about PIECE_WORDS words. */
export function splitLongParagraph(text: string): string[] {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  // A word takes at least two characters with its space: short texts need no count.
  if (text.length < 2 * LONG_PARAGRAPH_WORDS || words(text) <= LONG_PARAGRAPH_WORDS) return [text];
  const pieces: string[] = [];
  let cur: string[] = [];
  let n = 0;
  for (const s of splitSentences(text)) {
    cur.push(s);
    n += words(s);
    if (n >= PIECE_WORDS) {
      pieces.push(cur.join(' '));
      cur = [];
      n = 0;
    }
  }
  if (cur.length) {
    // A short tail joins the piece before it.
    if (n < PIECE_WORDS / 4 && pieces.length) pieces[pieces.length - 1] += ' ' + cur.join(' ');
    else pieces.push(cur.join(' '));
  }
  return pieces;
}

/** Record a source URL and, unless an outlet is known, its host as the outlet ("www." dropped); a value that is no URL stays in sourceUrl only. */
export function recordSourceUrl(meta: DocumentMeta, url: string): void {
  meta.sourceUrl = url;
  try {
    meta.outlet ??= new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // not a parseable URL: keep it as given in sourceUrl only
  }
}

function recordSource(meta: DocumentMeta, text: string): void {
  const value = text.replace(/^sumber\s*:\s*/i, '').trim();
  if (/^https?:\/\//i.test(value)) {
    recordSourceUrl(meta, value);
  } else {
    (meta.credits ??= []).push(value);
  }
}
