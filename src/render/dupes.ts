/**
 * Near-duplicate clusters on the terminal: each cluster's canonical article first, then its
 * copies with their similarity; for repeated paragraphs, the paragraph's text first and
 * the paragraph number of each member.
 */
import { escapeTerminal } from './escape.js';
import type { Style } from './style.js';

interface Shown {
  readonly clusters: readonly {
    readonly canonical: string;
    /** Repeated paragraphs: the kept paragraph's number and text. */
    readonly paragraph?: number;
    readonly text?: string;
    readonly members: readonly {
      file: string;
      paragraph?: number;
      title: string | null;
      date: string | null;
      outlet: string | null;
      similarity: number;
      containment: number;
    }[];
  }[];
  /** Articles compared (absent for paragraphs). */
  readonly documents?: number;
  readonly level?: 'paragraph';
  readonly duplicates: number;
  /** Clusters in all (more than shown with --top). */
  readonly clusterCount: number;
}

export function renderDupes(r: Shown, style: Style): string {
  const out: string[] = [];
  for (const c of r.clusters) {
    if (c.text !== undefined) out.push(style.bold(escapeTerminal(excerpt(c.text))));
    for (const m of c.members) {
      const canonical = m.file === c.canonical && m.paragraph === c.paragraph;
      const about = [m.date?.slice(0, 10), m.outlet, m.title].filter(Boolean).join('  ');
      const mark = canonical ? style.bold('kept  ') : style.dim(`${m.similarity.toFixed(2).padStart(4)}  `);
      const where = m.paragraph === undefined ? m.file : `${m.file} ¶${m.paragraph}`;
      out.push(`${mark}${style.file(escapeTerminal(where))}${about ? style.dim(`  ${escapeTerminal(about)}`) : ''}`);
    }
    out.push('');
  }
  const what = r.level === 'paragraph' ? 'repeated paragraph' : 'near-duplicate';
  const shown = r.clusters.length < r.clusterCount ? ` (${r.clusters.length} shown)` : '';
  const scope = r.level === 'paragraph' ? 'paragraphs of 8 words or more' : `${r.documents} documents`;
  out.push(
    style.dim(
      `${r.duplicates} ${what}${r.duplicates === 1 ? '' : 's'} in ${r.clusterCount} cluster${r.clusterCount === 1 ? '' : 's'}${shown}; ${scope} (similarity: Jaccard of word 5-shingles with the kept ${r.level === 'paragraph' ? 'paragraph' : 'article'})`,
    ),
  );
  return out.join('\n') + '\n';
}

/** The first words of a paragraph, on one line. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157).replace(/\s\S*$/, '')} ...` : flat;
}
