/**
 * Read CoNLL-style NER data (`token POS-tag NER-tag`, blank line between sentences) into
 * text with gold mention spans, and project gold tags onto warta's own tokens, so the
 * tagger is trained and measured on the tokens it sees at run time.
 */
import type { Token } from '../model.js';
import { tokenize } from '../text/tokenize.js';
import { TAGS } from './tagger.js';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface Example {
  readonly text: string;
  readonly tokens: Token[];
  /** Gold tag index (into TAGS) per token of `tokens`. */
  readonly tags: number[];
  readonly spans: GoldSpan[];
}

/** Parse CoNLL text into examples. The POS column is ignored: run time has no tagger for it. */
export function parseConll(data: string): Example[] {
  const out: Example[] = [];
  for (const block of data.split(/\n\s*\n/)) {
    const rows = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => l.split(/\s+/));
    if (rows.length === 0) continue;
    let text = '';
    const spans: GoldSpan[] = [];
    let open: { start: number; end: number; type: string } | null = null;
    for (const r of rows) {
      const word = r[0];
      const tag = r[r.length - 1];
      const start = text.length ? text.length + 1 : 0;
      text = text.length ? `${text} ${word}` : word;
      const end = start + word.length;
      const type = tag.length > 2 ? tag.slice(2) : '';
      if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== type))) {
        if (open) spans.push(open);
        open = { start, end, type };
      } else if (tag.startsWith('I-') && open) {
        open.end = end;
      } else {
        if (open) spans.push(open);
        open = null;
      }
    }
    if (open) spans.push(open);
    const tokens = tokenize(text);
    // B on the first of our tokens inside a gold span ("(Jokowi)" starts at the bracket), I after.
    let previous: GoldSpan | undefined;
    const tags = tokens.map((t) => {
      const s = spans.find((sp) => t.start >= sp.start && t.end <= sp.end);
      const idx = s ? TAGS.indexOf(`${s === previous ? 'I' : 'B'}-${s.type}` as (typeof TAGS)[number]) : -1;
      previous = s;
      return Math.max(idx, 0);
    });
    out.push({ text, tokens, tags, spans });
  }
  return out;
}

/** Mention spans (character offsets) from a tag sequence over tokens. */
export function spansOf(tokens: readonly Token[], tags: readonly number[]): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let open: { start: number; end: number; type: string } | null = null;
  tags.forEach((ti, i) => {
    const tag = TAGS[ti];
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== tag.slice(2)))) {
      if (open) spans.push(open);
      open = { start: tokens[i].start, end: tokens[i].end, type: tag.slice(2) };
    } else if (tag.startsWith('I-') && open) {
      open.end = tokens[i].end;
    } else {
      if (open) spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}
