/**
 * Parenthetical aliases: "Korea Utara (Korut)" is one mention, the long form with Korut
 * as its alias, whether the tagger marked it as one span or as two.
 */
import type { EntityType } from './gazetteer.js';
import type { RawMention } from './mention.js';

/** More "(" than ")" in s: a mention cut before its closing bracket. */
export const unclosedParen = (s: string) => (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);

/** "Korea Utara (Korut)" as one mention: the long form, with Korut as its parenthetical alias. */
export function splitParenAlias(m: RawMention): RawMention {
  const p = /^(.*\S)\s+\(([^()]{1,20})\)$/u.exec(m.surface);
  if (!p) return m;
  const aliasStart = m.start + m.surface.lastIndexOf('(') + 1;
  return {
    ...m,
    surface: m.surface,
    start: m.start,
    end: m.end,
    longForm: p[1],
    parenAlias: { surface: p[2], start: aliasStart, end: aliasStart + p[2].length },
  };
}

/** "Korea Utara (Korut)": record Korut as the parenthetical alias of the mention before it. */
export function attachParenAliases(text: string, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    const between = next ? text.slice(m.end, next.start) : '';
    if (next && /^\s*\($/.test(between) && text[next.end] === ')' && !next.surface.includes(' ') && !m.parenAlias) {
      // One mention spanning "Korea Utara (Korut)", as annotators mark it.
      out.push({
        ...m,
        surface: text.slice(m.start, next.end + 1),
        end: next.end + 1,
        longForm: m.surface,
        parenAlias: { surface: next.surface, start: next.start, end: next.end },
        parenSeparate: true,
      });
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The spans a mention covers as an annotator marks them: "Joko Widodo (Jokowi)", where the
 * tagger saw two mentions, is two spans; "Komisi Pemilihan Umum (KPU)" is one. For
 * evaluation against annotated data; counting treats both as one mention.
 */
export function annotatedSpans(m: RawMention): { start: number; end: number; type: EntityType }[] {
  if (!m.parenSeparate || !m.parenAlias || m.longForm === undefined) return [{ start: m.start, end: m.end, type: m.type }];
  return [
    { start: m.start, end: m.start + m.longForm.length, type: m.type },
    { start: m.parenAlias.start, end: m.parenAlias.end, type: m.type },
  ];
}
