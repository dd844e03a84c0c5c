/**
 * A mention as the detector finds it in one paragraph: its surface, offsets into the
 * paragraph text (`text.slice(start, end) === surface`), type, and how it was found.
 * Shared by the rule detector, the tagger's features and the tagger pass.
 */
import type { EntityType } from './gazetteer.js';

export interface RawMention {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Text inside parentheses right after the mention, when it looks like an alias. */
  readonly parenAlias?: { surface: string; start: number; end: number };
  /** When the mention includes its parenthetical alias: the long form alone. */
  readonly longForm?: string;
  /** The tagger marked the parenthetical alias as a mention of its own; counted as one. */
  readonly parenSeparate?: boolean;
  /** A rule mention: a name right after a title ("Wakil Menteri Luar Negeri Korea Utara Kim Jong-gyu"). */
  readonly afterTitle?: boolean;
  /** Found by the gazetteer (known place or abbreviation), not by capitalisation alone. */
  readonly fromGazetteer?: boolean;
}
