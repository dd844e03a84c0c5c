/**
 * Near-duplicate clusters on the terminal: each cluster's canonical article first, then its
 * copies with their similarity.
 */
import { escapeTerminal } from './escape.js';
import type { Style } from './style.js';

interface Shown {
  readonly clusters: readonly {
    readonly canonical: string;
    readonly members: readonly {
      file: string;
      title: string | null;
      date: string | null;
      outlet: string | null;
      similarity: number;
      containment: number;
    }[];
  }[];
  readonly documents: number;
  readonly duplicates: number;
  /** Clusters in all (more than shown with --top). */
  readonly clusterCount: number;
}

export function renderDupes(r: Shown, style: Style): string {
  const out: string[] = [];
  for (const c of r.clusters) {
    for (const m of c.members) {
      const canonical = m.file === c.canonical;
      const about = [m.date?.slice(0, 10), m.outlet, m.title].filter(Boolean).join('  ');
      const mark = canonical ? style.bold('kept  ') : style.dim(`${m.similarity.toFixed(2).padStart(4)}  `);
      out.push(`${mark}${style.file(escapeTerminal(m.file))}${about ? style.dim(`  ${escapeTerminal(about)}`) : ''}`);
    }
    out.push('');
  }
  out.push(
    style.dim(
      `${r.duplicates} near-duplicate${r.duplicates === 1 ? '' : 's'} in ${r.clusterCount} cluster${r.clusterCount === 1 ? '' : 's'}${r.clusters.length < r.clusterCount ? ` (${r.clusters.length} shown)` : ''}; ${r.documents} documents (similarity: Jaccard of word 5-shingles with the kept article)`,
    ),
  );
  return out.join('\n') + '\n';
}
