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
 * 3b. layout signals in plain text: captions by their place under the title or between
 *    paragraphs (captions.ts), reader comments and author bios after the last paragraph
 *    (comments.ts, bios.ts), headlines of other articles (headlines.ts);
 * 4. a safety net: if the rules would remove most of a file, prose lines are kept.
 * Datelines and trailing credits are stripped from content lines, not removed.
 *
 * Invariant: every input line gets exactly one kind and one rule.
 */
import { withDefaults } from '../../options.js';
import type { ClassifiedLine } from '../../model.js';
import { isStrongProse, lineFeatures } from './features.js';
import { isUndecided, type Work } from './work.js';
import { markAuthorBios, markBylineBios } from './bios.js';
import { markPlacedCaptions, markWedgedCaptions } from './captions.js';
import { markReaderComments } from './comments.js';
import { markHeadlines, markWedgedHeadline } from './headlines.js';
import { LINE_RULES, type LineRule } from './rules.js';
import { stripCredit, stripDateline } from './strip.js';
import { detectLayout, type Layout } from '../layout.js';
import { RULE } from './rule-ids.js';

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
  /** Paragraph layout of the file (see layout.ts), for the segmenter. */
  readonly layout: Layout;
}

const SOFT_RULES: ReadonlySet<string> = new Set([
  RULE.repeatedInFile,
  RULE.betweenFurniture,
  RULE.afterFooter,
  RULE.teaserList,
  RULE.headlineList,
]);

/** Classify the lines of one file (already normalised, split on LF). */
export function classifyLines(rawLines: readonly string[], options: ClassifyOptions = {}): ClassifiedFile {
  const opts = withDefaults(DEFAULT_CLASSIFY, options);
  const disabled = new Set(opts.disabledRules ?? []);
  const rules = [...LINE_RULES.filter((r) => !disabled.has(r.id)), ...(opts.extraRules ?? [])];

  const work: Work[] = rawLines.map((raw) => {
    const text = raw.trim();
    if (!text) return { text, kind: 'blank', rule: RULE.blank, f: null, footer: false, teasers: false };
    if (opts.noClean) return { text, kind: 'content', rule: RULE.noClean, f: null, footer: false, teasers: false };
    // A trailing credit "(Ade/cnn)" or "(*)" must not hide the sentence end before it.
    // Nor a dateline the lead loses in the cleaned text: features are those of what is kept.
    const core = stripDateline(text)?.text ?? text;
    const f = lineFeatures(stripCredit(core)?.text ?? core);
    for (const rule of rules) {
      if (rule.test(text, f)) return { text, kind: 'boilerplate', rule: rule.id, f, footer: !!rule.footer, teasers: !!rule.teasers };
    }
    const rule = isStrongProse(f) ? RULE.prose : RULE.shortLine;
    return { text, kind: 'content', rule, f, footer: false, teasers: false };
  });

  // Layout depends only on blank lines and line text, which the passes below never change.
  const layout = detectLayout(work);
  if (!opts.noClean) {
    if (!disabled.has(RULE.repeatedInFile)) markRepeated(work);
    if (!disabled.has(RULE.teaserList)) markTeaserLists(work);
  }
  if (!opts.noClean && !disabled.has(RULE.authorBio)) markBylineBios(work);
  markTitle(work, layout);
  if (!opts.noClean) {
    if (!disabled.has(RULE.caption)) markPlacedCaptions(work);
    if (!disabled.has(RULE.headerZone)) markHeaderZone(work, layout);
    if (!disabled.has(RULE.afterFooter)) markFooter(work);
    // These look at what is left after the footer cut: cleaning the output again sees the same.
    if (!disabled.has(RULE.authorBio)) markAuthorBios(work);
    if (!disabled.has(RULE.readerComment)) markReaderComments(work);
    if (!disabled.has(RULE.headlineList)) markHeadlines(work);
    if (!disabled.has(RULE.betweenFurniture)) markBetween(work);
    if (!disabled.has(RULE.trailer)) markTrailer(work);
    if (!disabled.has(RULE.caption)) markWedgedCaptions(work);
    if (!disabled.has(RULE.headlineList)) markWedgedHeadline(work);
  }
  const safetyNet = opts.noClean ? false : applySafetyNet(work, opts.safetyShare);
  stripLeadAndCredits(work);

  const lines = work.map((w, i): ClassifiedLine => {
    const rec: ClassifiedLine = { line: i + 1, text: w.text, kind: w.kind, rule: w.rule };
    if (w.kind === 'content' || w.kind === 'title') Object.assign(rec, { content: w.content ?? w.text });
    if (w.strippedLead !== undefined) Object.assign(rec, { strippedLead: w.strippedLead });
    if (w.strippedTrail !== undefined) Object.assign(rec, { strippedTrail: w.strippedTrail });
    return rec;
  });
  return { lines, safetyNet, layout };
}

function markRepeated(work: Work[]): void {
  const counts = new Map<string, number>();
  for (const w of work) if (w.kind !== 'blank') counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  for (const w of work) {
    if (isUndecided(w) && (counts.get(w.text) ?? 0) >= 3 && (w.f?.words ?? 0) <= 4) {
      w.kind = 'boilerplate';
      w.rule = RULE.repeatedInFile;
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
      w.rule = RULE.teaserList;
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
      if (w.rule === RULE.prose) seenProse = true;
      else if (seenProse && w.footer) inFooter = true;
      continue;
    }
    // In the footer only a long sentence is trusted as article text.
    if (isUndecided(w) || (w.rule === RULE.prose && (w.f?.words ?? 0) < FOOTER_PROSE_WORDS)) {
      w.kind = 'boilerplate';
      w.rule = RULE.afterFooter;
    }
  }
}

/** Words a sentence needs to be kept after the start of the page footer. */
const FOOTER_PROSE_WORDS = 15;

const firstProse = (work: Work[]) => work.findIndex((w) => w.rule === RULE.prose);

/** In hard-wrapped text, a line whose sentence runs on into the next line: already article text. */
const wrapsOn = (work: Work[], layout: Layout, i: number) =>
  layout === 'blocks' &&
  work[i].kind === 'content' &&
  work[i + 1]?.kind === 'content' &&
  !work[i].f?.terminal &&
  /^\p{Ll}/u.test(work[i + 1].text);

/** Where the article text starts: the first sentence, or the first hard-wrapped line. */
function leadStart(work: Work[], layout: Layout): number {
  const prose = firstProse(work);
  for (let i = 0; i < (prose < 0 ? work.length : prose); i++) {
    if (!wrapsOn(work, layout, i)) continue;
    // A wrapped block of a few words ("Berita" / "kumparanNEWS") is a header, not the lead:
    // joined in the output, it is one short line the next cleaning would see as a header.
    let j = i;
    let words = work[i].f?.words ?? 0;
    while (wrapsOn(work, layout, j)) words += work[++j].f?.words ?? 0;
    if (words > 4 || work[j].f?.terminal) return i;
    i = j;
  }
  return prose;
}

/** Above the title and lead, short lines are the page header: site name, section, widgets. */
function markHeaderZone(work: Work[], layout: Layout): void {
  const end = leadStart(work, layout);
  for (let i = 0; i < end; i++) {
    const w = work[i];
    if (isUndecided(w) && (w.f?.words ?? 0) <= 4 && !w.f?.terminal) {
      w.kind = 'boilerplate';
      w.rule = RULE.headerZone;
    }
  }
}

/** After the last sentence, short all-capital label lines are widgets (not a list the text announced). */
function markTrailer(work: Work[]): void {
  // The article ends at its last sentence or longer kept line (a line-up, a results table).
  let last = -1;
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    if (w.kind === 'content' && (w.rule === RULE.prose || (w.f?.words ?? 0) > 5)) {
      last = i;
      break;
    }
  }
  if (last < 0 || /:\s*$/.test(work[last].text)) return;
  for (let i = last + 1; i < work.length; i++) {
    const w = work[i];
    // Only capitalised labels ("CNBC INDONESIA RESEARCH"): short lists at the end of an
    // article (line-ups, prices, rankings) are content.
    if (!isUndecided(w) || w.f?.terminal || (w.f?.words ?? 0) > 5 || /[\d:]/.test(w.text) || w.text !== w.text.toUpperCase()) continue;
    w.kind = 'boilerplate';
    w.rule = RULE.trailer;
  }
}

/** jusText-style smoothing: an undecided line between two removed lines is furniture. */
function markBetween(work: Work[]): void {
  const nonBlank = work.filter((w) => w.kind !== 'blank');
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let i = 1; i < nonBlank.length - 1; i++) {
      const w = nonBlank[i];
      // A complete sentence of eight or more words is no teaser or menu item.
      if (!isUndecided(w) || (w.f?.terminal && w.f.words >= 8)) continue;
      if (nonBlank[i - 1].kind === 'boilerplate' && nonBlank[i + 1].kind === 'boilerplate') {
        w.kind = 'boilerplate';
        w.rule = RULE.betweenFurniture;
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
    else if (w.rule === RULE.prose) keptProse++;
  }
  if (total === 0) return false;
  const tooMuch = removed / total > share;
  let restored = false;
  for (const w of work) {
    if (w.kind !== 'boilerplate' || !w.f || !isStrongProse(w.f)) continue;
    // Hard rules are trusted unless nothing at all would be left.
    if ((tooMuch && SOFT_RULES.has(w.rule)) || keptProse === 0) {
      w.kind = 'content';
      w.rule = RULE.safetyNet;
      restored = true;
    }
  }
  return restored;
}

/**
 * The title is the longest headline-like line above the lead (the first sentence of prose):
 * 3-20 words, not ending like a sentence, not a hard-wrapped first line. Site names,
 * section labels and bylines above the lead are shorter and left to the header zone.
 */
function markTitle(work: Work[], layout: Layout): void {
  const end = leadStart(work, layout);
  if (end < 0) return;
  let best: Work | null = null;
  // The first sentence itself may be an exclaiming or asking headline ("... Ukraina!").
  const lead = work[end];
  const last =
    lead.rule === RULE.prose && /[!?]["”’)]?$/.test(lead.text) && work.slice(end + 1).some((w) => w.rule === RULE.prose) ? end : end - 1;
  for (let i = 0; i <= last; i++) {
    const w = work[i];
    if (!w.f || !(isUndecided(w) || (i === end && i === last))) continue;
    if (w.f.words < 3 || w.f.words > 20 || w.f.hasUrl) continue;
    if (/[.:;,]["”’)]?$/.test(w.text) || /[.!?]\s+\p{Lu}/u.test(w.text) || stripDateline(w.text)) continue;
    if (wrapsOn(work, layout, i)) continue;
    // The first of equally long candidates, so that cleaning the export (title first) picks it again.
    if (!best || w.f.words > best.f!.words) best = w;
  }
  if (best) {
    best.kind = 'title';
    best.rule = RULE.title;
  }
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
