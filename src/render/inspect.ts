/**
 * Render `inspect` and `rules` for a terminal: kept lines plain, removed lines dimmed
 * with the rule id beside them, the title and stripped datelines/credits marked.
 */
import type { InspectedFile } from '../pipeline/inspect.js';
import type { Style } from './style.js';
import { escapeTerminal } from './escape.js';
import { RULE } from '../pipeline/classify/rule-ids.js';

export function renderInspect(files: readonly InspectedFile[], style: Style): string {
  const out: string[] = [];
  for (const f of files) {
    const removed = f.lines.filter((l) => l.kind === 'boilerplate').length;
    out.push(
      style.bold(escapeTerminal(f.file)) +
        style.dim(
          ` (${f.encoding}; ${removed} of ${f.lines.filter((l) => l.kind !== 'blank').length} lines removed${f.safetyNet ? '; safety net kept prose' : ''})`,
        ),
    );
    const w = String(f.lines.length).length;
    for (const l of f.lines) {
      const n = String(l.line).padStart(w);
      if (l.kind === 'blank') continue;
      if (l.kind === 'boilerplate') {
        out.push(style.dim(`${n} - ${escapeTerminal(l.text)}`) + '  ' + style.warn(`[${l.rule}]`));
      } else {
        const notes = [
          l.kind === 'title' ? 'title' : '',
          l.strippedLead ? `dateline "${l.strippedLead}"` : '',
          l.strippedTrail ? `credit "${l.strippedTrail}"` : '',
          l.rule === RULE.safetyNet ? 'kept by safety net' : '',
        ].filter(Boolean);
        out.push(
          `${n} ${l.kind === 'title' ? '#' : '+'} ${escapeTerminal(l.text)}` +
            (notes.length ? '  ' + style.score(`[${notes.join('; ')}]`) : ''),
        );
      }
    }
    out.push('');
  }
  return out.join('\n');
}

export function renderRules(rules: readonly { id: string; description: string }[], style: Style): string {
  const w = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${style.bold(r.id.padEnd(w))}  ${r.description}`).join('\n') + '\n';
}
