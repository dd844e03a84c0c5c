/**
 * Classify each line of a file as content, title, boilerplate or blank, and keep the
 * rule that decided it.
 *
 * Order of evidence (see docs/field-notes and the rule table in rules.ts):
 * 1. phrase and shape rules (a teaser prefix, a follow counter, a comment form);
 * 2. prose features (terminal punctuation, length, stopwords): a sentence is content;
 * 3. lines neither decides ("short lines") are kept unless the file repeats them, they
 *    sit between two removed lines (jusText-style neighbour smoothing), or they follow
 *    the start of the page footer (boilerpipe's end-of-article cut);
 * 4. a safety net: if the rules would remove most of a file, prose lines are kept.
 * Datelines and trailing credits are stripped from content lines, not removed.
 *
 * Invariant: every input line gets exactly one kind and one rule.
 */
import { withDefaults } from '../../options.js';
import type { ClassifiedLine, LineKind } from '../../model.js';
import { isStrongProse, lineFeatures, type LineFeatures } from './features.js';
import { LINE_RULES, type LineRule } from './rules.js';
import { stripCredit, stripDateline } from './strip.js';

export interface ClassifyOptions {
  /** Skip boilerplate removal: every non-blank line is content (default: `false`). */
  noClean?: boolean;
  /** Rule ids to turn off. */
  disabledRules?: readonly string[];
  /** Extra rules (user patterns) tried after the built-in ones. */
  extraRules?: readonly LineRule[];
  /** Share of non-blank characters whose removal triggers the safety net (default: `0.75`). */
  safetyShare?: number;
}

export const DEFAULT_CLASSIFY = { noClean: false, safetyShare: 0.75 } as const;

export interface ClassifiedFile {
  readonly lines: readonly ClassifiedLine[];
  readonly safetyNet: boolean;
}

interface Work {
  text: string;
  kind: LineKind;
  rule: string;
  f: LineFeatures | null;
  /** Decided by a phrase rule (hard) rather than by position or neighbours (soft). */
  hard: boolean;
  footer: boolean;
  teasers: boolean;
  content?: string;
  strippedLead?: string;
  strippedTrail?: string;
}

const SOFT_RULES = new Set(['clean/repeated-in-file', 'clean/between-furniture', 'clean/after-footer', 'clean/teaser-list']);

/** Classify the lines of one file (already normalised, split on LF). */
export function classifyLines(rawLines: readonly string[], options: ClassifyOptions = {}): ClassifiedFile {
  const opts = withDefaults(DEFAULT_CLASSIFY, options);
  const disabled = new Set(opts.disabledRules ?? []);
  const rules = [...LINE_RULES.filter((r) => !disabled.has(r.id)), ...(opts.extraRules ?? [])];

  const work: Work[] = rawLines.map((raw) => {
    const text = raw.trim();
    if (!text) return { text, kind: 'blank', rule: 'clean/blank', f: null, hard: false, footer: false, teasers: false };
    if (opts.noClean) return { text, kind: 'content', rule: 'clean/no-clean', f: null, hard: false, footer: false, teasers: false };
    const f = lineFeatures(text);
    for (const rule of rules) {
      if (rule.test(text, f)) return { text, kind: 'boilerplate', rule: rule.id, f, hard: true, footer: !!rule.footer, teasers: !!rule.teasers };
    }
    const rule = isStrongProse(f) ? 'clean/prose' : 'clean/short-line';
    return { text, kind: 'content', rule, f, hard: false, footer: false, teasers: false };
  });

  if (!opts.noClean) {
    if (!disabled.has('clean/repeated-in-file')) markRepeated(work);
    if (!disabled.has('clean/teaser-list')) markTeaserLists(work);
    if (!disabled.has('clean/after-footer')) markFooter(work);
    if (!disabled.has('clean/between-furniture')) markBetween(work);
  }
  const safetyNet = opts.noClean ? false : applySafetyNet(work, opts.safetyShare);
  markTitle(work);
  stripLeadAndCredits(work);

  const lines = work.map((w, i): ClassifiedLine => {
    const rec: ClassifiedLine = { line: i + 1, text: w.text, kind: w.kind, rule: w.rule };
    if (w.kind === 'content' || w.kind === 'title') Object.assign(rec, { content: w.content ?? w.text });
    if (w.strippedLead !== undefined) Object.assign(rec, { strippedLead: w.strippedLead });
    if (w.strippedTrail !== undefined) Object.assign(rec, { strippedTrail: w.strippedTrail });
    return rec;
  });
  return { lines, safetyNet };
}

const isUndecided = (w: Work) => w.kind === 'content' && w.rule === 'clean/short-line';

function markRepeated(work: Work[]): void {
  const counts = new Map<string, number>();
  for (const w of work) if (w.kind !== 'blank') counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  for (const w of work) {
    if (isUndecided(w) && (counts.get(w.text) ?? 0) >= 3 && (w.f?.words ?? 0) <= 4) {
      w.kind = 'boilerplate';
      w.rule = 'clean/repeated-in-file';
    }
  }
}

/** Up to five short title lines (no sentence end) under a "Baca juga:" heading are teasers. */
function markTeaserLists(work: Work[]): void {
  for (let i = 0; i < work.length; i++) {
    if (!work[i].teasers) continue;
    let taken = 0;
    for (let j = i + 1; j < work.length && taken < 5; j++) {
      const w = work[j];
      if (w.kind === 'blank') continue;
      if (!isUndecided(w) || w.f?.terminal) break;
      w.kind = 'boilerplate';
      w.rule = 'clean/teaser-list';
      taken++;
    }
  }
}

/** boilerpipe's end-of-article cut: after a footer marker that follows real content. */
function markFooter(work: Work[]): void {
  let seenProse = false;
  let inFooter = false;
  for (const w of work) {
    if (w.kind === 'blank') continue;
    if (!inFooter) {
      if (w.rule === 'clean/prose') seenProse = true;
      else if (seenProse && w.footer) inFooter = true;
      continue;
    }
    if (isUndecided(w)) {
      w.kind = 'boilerplate';
      w.rule = 'clean/after-footer';
    }
  }
}

/** jusText-style smoothing: an undecided line between two removed lines is furniture. */
function markBetween(work: Work[]): void {
  const nonBlank = work.filter((w) => w.kind !== 'blank');
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let i = 1; i < nonBlank.length - 1; i++) {
      const w = nonBlank[i];
      if (!isUndecided(w)) continue;
      if (nonBlank[i - 1].kind === 'boilerplate' && nonBlank[i + 1].kind === 'boilerplate') {
        w.kind = 'boilerplate';
        w.rule = 'clean/between-furniture';
        changed = true;
      }
    }
    if (!changed) break;
  }
}

/** trafilatura's safety net: distrust a cleaning that removes most of a file. */
function applySafetyNet(work: Work[], share: number): boolean {
  let total = 0;
  let removed = 0;
  let keptProse = 0;
  for (const w of work) {
    if (w.kind === 'blank') continue;
    total += w.text.length;
    if (w.kind === 'boilerplate') removed += w.text.length;
    else if (w.rule === 'clean/prose') keptProse++;
  }
  if (total === 0) return false;
  const tooMuch = removed / total > share;
  let restored = false;
  for (const w of work) {
    if (w.kind !== 'boilerplate' || !w.f || !isStrongProse(w.f)) continue;
    // Hard rules are trusted unless nothing at all would be left.
    if ((tooMuch && SOFT_RULES.has(w.rule)) || keptProse === 0) {
      w.kind = 'content';
      w.rule = 'clean/safety-net';
      restored = true;
    }
  }
  return restored;
}

/** The first content line is the title when it reads as a headline and content follows. */
function markTitle(work: Work[]): void {
  const contentIdx = work.flatMap((w, i) => (w.kind === 'content' ? [i] : []));
  if (contentIdx.length < 2) return;
  const w = work[contentIdx[0]];
  const f = w.f;
  if (!f || f.words === 0 || f.words > 20 || f.hasUrl) return;
  if (/[.:;,]["”’)]?$/.test(w.text) || /[.!?]\s+\p{Lu}/u.test(w.text)) return;
  if (stripDateline(w.text)) return;
  // A hard-wrapped first sentence continues on the next line in lower case: not a headline.
  const next = work[contentIdx[0] + 1];
  if (next && next.kind !== 'blank' && /^\p{Ll}/u.test(next.text)) return;
  w.kind = 'title';
  w.rule = 'clean/title';
}

function stripLeadAndCredits(work: Work[]): void {
  let lead = true;
  for (const w of work) {
    if (w.kind !== 'content') continue;
    if (lead) {
      lead = false;
      const d = stripDateline(w.text);
      if (d) {
        w.strippedLead = d.removed;
        w.content = d.text;
      }
    }
    const c = stripCredit(w.content ?? w.text);
    if (c) {
      w.strippedTrail = c.removed;
      w.content = c.text;
    }
  }
}
