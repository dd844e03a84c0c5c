/**
 * User cleaning rules (`--rules FILE`): one rule per line, tab-separated:
 *
 *   KIND <TAB> PATTERN [<TAB> ID [<TAB> DESCRIPTION]]
 *
 * KIND is `exact` (the whole line), `prefix`, `suffix`, `contains` (case-insensitive) or
 * `regex` (a JavaScript regular expression, tested on the trimmed line, flag i).
 * ID defaults to `user/<line number>`. Blank lines and lines starting with # are ignored.
 */
import { RulesFileError } from '../../errors.js';
import type { LineRule } from './rules.js';

const KINDS = ['exact', 'prefix', 'suffix', 'contains', 'regex'] as const;

/** Parse a rules file's text; throws RulesFileError naming the file and line. */
export function parseUserRules(text: string, file: string): LineRule[] {
  const rules: LineRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kind, pattern, id, description] = raw.split('\t').map((s) => s.trim());
    if (!(KINDS as readonly string[]).includes(kind))
      throw new RulesFileError(`unknown rule kind "${kind}" (use ${KINDS.join(', ')}, then a tab and the pattern)`, file, i + 1);
    if (!pattern) throw new RulesFileError('rule has no pattern after the tab', file, i + 1);
    const p = pattern.toLowerCase();
    let test: (t: string) => boolean;
    switch (kind) {
      case 'exact':
        test = (t) => t.toLowerCase() === p;
        break;
      case 'prefix':
        test = (t) => t.toLowerCase().startsWith(p);
        break;
      case 'suffix':
        test = (t) => t.toLowerCase().endsWith(p);
        break;
      case 'contains':
        test = (t) => t.toLowerCase().includes(p);
        break;
      default: {
        let re: RegExp;
        try {
          re = new RegExp(pattern, 'iu');
        } catch (err) {
          throw new RulesFileError(`invalid regular expression: ${(err as Error).message}`, file, i + 1);
        }
        test = (t) => re.test(t);
      }
    }
    rules.push({ id: id || `user/${i + 1}`, description: description || `${kind} ${pattern} (from ${file})`, test });
  });
  return rules;
}
