/**
 * Every built-in cleaning rule id, in one typed constant shared by the rule table
 * (rules.ts), the classifier (classify.ts), the segmenter and the command line's
 * --keep flag. Ids are stable (`clean/kebab-name`): users filter and turn rules off by them.
 */

/** Line rules: each tests one line on its own (rules.ts, in this order). */
export const LINE_RULE = {
  placeholder: 'clean/placeholder',
  scriptCode: 'clean/script-code',
  advertisement: 'clean/advertisement',
  dateHeader: 'clean/date-header',
  footerHeading: 'clean/footer-heading',
  teaserHeading: 'clean/teaser-heading',
  navigation: 'clean/navigation',
  separator: 'clean/separator',
  followCounter: 'clean/follow-counter',
  relatedTeaser: 'clean/related-teaser',
  videoPrompt: 'clean/video-prompt',
  sourceLine: 'clean/source-line',
  commentForm: 'clean/comment-form',
  socialPrompt: 'clean/social-prompt',
  byline: 'clean/byline',
  copyright: 'clean/copyright',
  syndication: 'clean/syndication',
  pagination: 'clean/pagination',
  creditLine: 'clean/credit-line',
  wireCredit: 'clean/wire-credit',
  readerPrompt: 'clean/reader-prompt',
  paywall: 'clean/paywall',
  urlOnly: 'clean/url-only',
  appPromo: 'clean/app-promo',
  opinionNote: 'clean/opinion-note',
  caption: 'clean/caption',
  photoCredit: 'clean/photo-credit',
} as const;

/** Decisions made from a line's neighbours or the whole file (classify.ts, segment.ts). */
export const STRUCTURAL_RULE = {
  prose: 'clean/prose',
  shortLine: 'clean/short-line',
  title: 'clean/title',
  headerZone: 'clean/header-zone',
  trailer: 'clean/trailer',
  repeatedInFile: 'clean/repeated-in-file',
  teaserList: 'clean/teaser-list',
  headlineList: 'clean/headline-list',
  authorBio: 'clean/author-bio',
  readerComment: 'clean/reader-comment',
  betweenFurniture: 'clean/between-furniture',
  afterFooter: 'clean/after-footer',
  safetyNet: 'clean/safety-net',
  noClean: 'clean/no-clean',
  dateline: 'clean/dateline',
  trailingCredit: 'clean/trailing-credit',
  /** A blank line (never a paragraph, never listed). */
  blank: 'clean/blank',
  /** A file with no article text left (a diagnostic, not a line decision). */
  empty: 'clean/empty',
} as const;

/** Every built-in rule id by name: `RULE.prose` is `clean/prose`. */
export const RULE = { ...LINE_RULE, ...STRUCTURAL_RULE } as const;

export type LineRuleId = (typeof LINE_RULE)[keyof typeof LINE_RULE];
export type StructuralRuleId = (typeof STRUCTURAL_RULE)[keyof typeof STRUCTURAL_RULE];
export type CleanRuleId = LineRuleId | StructuralRuleId;

/** Structural decisions that remove lines and that a user may turn off (--keep), besides every line rule. */
export const SOFT_STRUCTURAL_RULES: readonly StructuralRuleId[] = [
  RULE.repeatedInFile,
  RULE.teaserList,
  RULE.headlineList,
  RULE.authorBio,
  RULE.readerComment,
  RULE.betweenFurniture,
  RULE.afterFooter,
  RULE.headerZone,
  RULE.trailer,
];

/** Rule ids a user may turn off: every line rule and the soft structural ones. */
export const KEEPABLE_RULES: ReadonlySet<string> = new Set<CleanRuleId>([...Object.values(LINE_RULE), ...SOFT_STRUCTURAL_RULES]);
