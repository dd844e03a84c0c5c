/**
 * Record types shared by the pipeline stages. No logic lives here.
 *
 * Every record is plain, readonly and JSON-serialisable, and keeps the evidence
 * that produced it: a paragraph knows its file and source line, a removed line
 * knows the rule that removed it, a mention knows its offsets.
 */

export type DocId = string & { readonly __brand: 'DocId' };
export type ParagraphId = string & { readonly __brand: 'ParagraphId' };

/** How a line was judged by the cleaner. */
export type LineKind = 'content' | 'title' | 'boilerplate' | 'blank';

/** One source line with the cleaner's verdict and the rule that decided it. */
export interface ClassifiedLine {
  /** 1-based line number in the source file. */
  readonly line: number;
  /** The normalised line text, trimmed. */
  readonly text: string;
  /** For content and title lines: the text kept, after stripping a dateline or credit. */
  readonly content?: string;
  readonly kind: LineKind;
  /** Stable rule id (`clean/...`) that decided the kind. */
  readonly rule: string;
  /** What was stripped from the start of the line (a dateline), if anything. */
  readonly strippedLead?: string;
  /** What was stripped from the end of the line (a credit), if anything. */
  readonly strippedTrail?: string;
}

export interface Paragraph {
  readonly id: ParagraphId;
  /** 0-based position of the paragraph in its document. */
  readonly index: number;
  /** 1-based source line where the paragraph starts. */
  readonly line: number;
  readonly text: string;
}

export interface RemovedLine {
  readonly line: number;
  readonly text: string;
  readonly rule: string;
}

/** Metadata recovered while cleaning; only fields that were found are present. */
export interface DocumentMeta {
  dateline?: string;
  credits?: string[];
  sourceUrl?: string;
  outlet?: string;
  /** Set when the safety net overrode the rules for this file. */
  safetyNet?: boolean;
  /** The paragraph layout detected: one paragraph per line, or blank-line blocks joined. */
  layout?: 'lines' | 'blocks';
  encoding?: string;
  /** Publication date: ISO 8601 date, or date-time with offset when the time is known. */
  date?: string;
  /** Where the date came from: a table's date column, a date header line, the dateline, the file path, the body, or the file's mtime. */
  dateSource?: 'column' | 'header' | 'dateline' | 'path' | 'text' | 'mtime';
  /** Set when the date was inferred from the body's day-dates. */
  dateInferred?: boolean;
  /** Why the article has no date (set instead of `date`). */
  dateMissing?: string;
  /** The dates the title and paragraphs mention (usually of events), in order (computed by the export). */
  datesMentioned?: MentionedDate[];
}

/** A date written in the text: as written, as ISO ("2024-05-14", "2022-02" for a month, "--05-14" with no year). */
export interface MentionedDate {
  readonly text: string;
  readonly date: string;
  /** Paragraph index, null for the title. */
  readonly paragraph: number | null;
  /** Offset in the paragraph (or title) text. */
  readonly start: number;
}

export interface NewsDocument {
  readonly id: DocId;
  /** Path relative to the corpus root it was found under. */
  readonly file: string;
  readonly title: string | null;
  /** 1-based source line of the title, when there is one. */
  readonly titleLine: number | null;
  readonly meta: DocumentMeta;
  readonly paragraphs: readonly Paragraph[];
  readonly removed: readonly RemovedLine[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found on one file (or on the run), never thrown. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Stable id, `stage/kebab-name`. */
  readonly ruleId: string;
  readonly message: string;
  readonly path?: string;
}

/** A token of paragraph text: `text.slice(start, end) === surface`. */
export interface Token {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
}
