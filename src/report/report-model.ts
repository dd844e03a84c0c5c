/**
 * The corpus report's data model (`warta report --json` prints it; the HTML page renders it):
 * plain numbers and strings gathered from the engine's own answers (stats, entities and their
 * co-mentions, trends, keywords, near-duplicates), so the page shows what the commands say.
 */
import { readWordList, keywords } from '../analysis/keywords.js';
import { wordFrequencies } from '../analysis/word-list.js';
import type { DayRange } from '../dates/date-range.js';
import type { Period } from '../dates/day-number.js';
import type { Folded } from '../dupes/folded.js';
import type { DupeCluster } from '../dupes/near-duplicates.js';
import type { EntityTable } from '../entities/resolve.js';
import type { NewsDocument } from '../model.js';
import type { FileReport } from '../pipeline/load.js';
import { entitiesByGroup } from '../query/entity-groups.js';
import { corpusStats } from '../query/stats.js';
import { entityTrend, queryTrend } from '../query/trend.js';
import { association } from '../analysis/association.js';
import { keptDocuments } from '../search-index/kept-documents.js';
import { type CorpusIndex, fileOfDocument } from '../search-index/corpus-index.js';

export interface Series {
  readonly label: string;
  readonly counts: readonly number[];
}

export interface ReportModel {
  readonly title: string;
  readonly corpus: string;
  readonly warta: string;
  readonly filters: {
    readonly query: string | null;
    readonly since: string | null;
    readonly until: string | null;
    readonly dedupe: boolean;
  };
  readonly overview: {
    readonly files: number;
    readonly skippedFiles: number;
    readonly articles: number;
    readonly paragraphs: number;
    readonly words: number;
    readonly firstDate: string | null;
    readonly lastDate: string | null;
    readonly undated: number;
    readonly outlets: readonly { readonly name: string; readonly articles: number }[];
    readonly perMonth: { readonly periods: readonly string[]; readonly series: readonly Series[] };
  };
  readonly cleaning: {
    readonly removedLines: number;
    readonly rules: readonly { readonly rule: string; readonly lines: number; readonly examples: readonly string[] }[];
  };
  readonly entities: {
    readonly top: readonly { readonly name: string; readonly type: string; readonly mentions: number }[];
    readonly overTime: { readonly by: Period; readonly periods: readonly string[]; readonly series: readonly Series[] };
    readonly network: {
      readonly nodes: readonly { readonly name: string; readonly type: string; readonly mentions: number }[];
      readonly edges: readonly {
        readonly source: string;
        readonly target: string;
        readonly paragraphs: number;
        readonly logDice: number;
      }[];
    };
  };
  readonly terms: {
    readonly of: 'query' | 'keywords';
    readonly by: Period;
    readonly periods: readonly string[];
    readonly series: readonly Series[];
  };
  readonly outlets: {
    readonly outlets: readonly string[];
    readonly entities: readonly string[];
    readonly counts: readonly (readonly number[])[];
  };
  readonly duplicates: {
    readonly articles: number;
    readonly stories: number;
    readonly copies: number;
    readonly clusters: readonly { readonly canonical: string; readonly copies: number; readonly files: readonly string[] }[];
  };
}

export interface ReportInput {
  readonly corpus: string;
  readonly warta: string;
  readonly files: readonly FileReport[];
  readonly documents: readonly NewsDocument[];
  readonly index: CorpusIndex;
  readonly entities: EntityTable;
  readonly duplicates: readonly DupeCluster[];
  /** The copies --dedupe leaves out (null without --dedupe). */
  readonly folded: Folded | null;
  readonly referenceList: string;
  readonly query: string | null;
  readonly dates: DayRange | null;
  readonly since: string | null;
  readonly until: string | null;
}

/** How many of each the report shows. */
const TOP = { entities: 12, overTime: 6, network: 24, edges: 60, keywords: 5, outlets: 8, outletEntities: 10, clusters: 10, examples: 3 };

/** The period of time charts: days for a month or less, weeks up to half a year, else months. */
function periodFor(first: string | null, last: string | null): Period {
  if (!first || !last) return 'month';
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return days <= 31 ? 'day' : days <= 183 ? 'week' : 'month';
}

export function reportModel(input: ReportInput): ReportModel {
  const { index, entities, documents } = input;
  const skipDocs = input.folded?.skip ?? null;
  const keep = keptDocuments(index, input.dates, skipDocs);
  const stats = corpusStats({ files: input.files, documents }, index, entities, { top: TOP.entities, dates: input.dates, skipDocs });
  const by = periodFor(stats.dates.first, stats.dates.last);
  const kept = (d: number) => !keep || keep(d);

  const outletCounts = new Map<string, number>();
  documents.forEach((d, i) => {
    if (!kept(i)) return;
    const o = d.meta.outlet ?? '(unknown)';
    outletCounts.set(o, (outletCounts.get(o) ?? 0) + 1);
  });
  const outlets = [...outletCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, articles]) => ({ name, articles }));

  // Cleaning: lines removed per rule, with the first few distinct examples of each.
  const examples = new Map<string, string[]>();
  documents.forEach((d, i) => {
    if (!kept(i)) return;
    for (const r of d.removed) {
      const list = examples.get(r.rule) ?? examples.set(r.rule, []).get(r.rule)!;
      const text = r.text.trim();
      if (text && list.length < TOP.examples && !list.includes(text)) list.push(text);
    }
  });
  const rules = Object.entries(stats.removedByRule)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, lines]) => ({ rule, lines, examples: examples.get(rule) ?? [] }));

  // Entities over time and their co-mention network (paragraphs shared, logDice).
  const top = entities.entities.slice(0, TOP.entities).map((e) => ({ name: e.name, type: e.type, mentions: e.mentions }));
  const timed = top.slice(0, TOP.overTime).map((e) => e.name);
  const entityTime = timed.length ? entityTrend(entities, index, timed, by, input.dates, skipDocs) : { periods: [], series: [] };
  const network = coMentionNetwork(entities, index, kept);

  // Terms over time: the query, else the corpus's top keywords against the shipped word list.
  let termWords: string[];
  let of: 'query' | 'keywords';
  if (input.query) {
    termWords = [input.query];
    of = 'query';
  } else {
    const k = keywords(wordFrequencies(index, false, keep ?? undefined), readWordList(input.referenceList), { hideStopwords: true });
    termWords = k.positive.slice(0, TOP.keywords).map((r) => r.word);
    of = 'keywords';
  }
  const termTime = termWords.length ? queryTrend(index, termWords, by, { lenient: of === 'keywords', dates: input.dates, skipDocs }) : null;

  // Outlets x entities.
  const grouped = entitiesByGroup(entities, index, 'outlet', { top: TOP.outletEntities });
  const outletNames = grouped.groups.slice(0, TOP.outlets);
  const matrix = outletNames.map((o) => grouped.entities.map((e) => e.counts[o] ?? 0));

  const copies = input.duplicates.reduce((n, c) => n + c.members.length - 1, 0);
  return {
    title: `warta report: ${input.corpus}`,
    corpus: input.corpus,
    warta: input.warta,
    filters: { query: input.query, since: input.since, until: input.until, dedupe: !!input.folded },
    overview: {
      files: stats.files,
      skippedFiles: stats.skippedFiles,
      articles: stats.documents,
      paragraphs: stats.paragraphs,
      words: stats.tokens,
      firstDate: stats.dates.first,
      lastDate: stats.dates.last,
      undated: stats.dates.undated,
      outlets,
      perMonth: {
        periods: stats.dates.perMonth.map((m) => m.month),
        series: [{ label: 'articles', counts: stats.dates.perMonth.map((m) => m.articles) }],
      },
    },
    cleaning: { removedLines: stats.removedLines, rules },
    entities: {
      top,
      overTime: { by, periods: entityTime.periods, series: entityTime.series.map((s) => ({ label: s.label, counts: s.counts })) },
      network,
    },
    terms: termTime
      ? { of, by, periods: termTime.periods, series: termTime.series.map((s) => ({ label: s.label, counts: s.counts })) }
      : { of, by, periods: [], series: [] },
    outlets: { outlets: outletNames, entities: grouped.entities.map((e) => e.name), counts: matrix },
    duplicates: {
      articles: documents.length,
      stories: documents.length - copies,
      copies,
      clusters: input.duplicates.slice(0, TOP.clusters).map((c) => ({
        canonical: fileOfDocument(index, c.canonical),
        copies: c.members.length - 1,
        files: c.members.map((m) => fileOfDocument(index, m.document)),
      })),
    },
  };
}

/** The most mentioned entities and the pairs of them mentioned in the same paragraphs, strongest (logDice) first. */
function coMentionNetwork(table: EntityTable, index: CorpusIndex, kept: (doc: number) => boolean): ReportModel['entities']['network'] {
  const nodes = table.entities.slice(0, TOP.network).map((e) => ({ name: e.name, type: e.type, mentions: e.mentions }));
  // The paragraphs (units) of each shown entity, from the kept table: no mention is resolved again.
  const byUnit = new Map<number, string[]>();
  for (const n of nodes)
    for (const u of table.unitsByEntity.get(n.name) ?? []) {
      if (!kept(index.docOf[u])) continue;
      const list = byUnit.get(u);
      if (list) list.push(n.name);
      else byUnit.set(u, [n.name]);
    }
  let paragraphs = 0;
  for (let u = 0; u < index.docOf.length; u++) if (kept(index.docOf[u])) paragraphs++;
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const names of byUnit.values()) {
    const here = [...new Set(names)].sort();
    for (const a of here) single.set(a, (single.get(a) ?? 0) + 1);
    for (let i = 0; i < here.length; i++)
      for (let j = i + 1; j < here.length; j++) {
        const key = `${here[i]}\u0000${here[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  const edges = [...pairs]
    .map(([key, both]) => {
      const [source, target] = key.split('\u0000');
      const a = association(both, single.get(source) ?? both, single.get(target) ?? both, paragraphs);
      return { source, target, paragraphs: both, logDice: Math.round(a.logDice * 100) / 100 };
    })
    .filter((e) => e.paragraphs >= 2 || nodes.length < 10)
    .sort((a, b) => b.logDice - a.logDice || b.paragraphs - a.paragraphs || a.source.localeCompare(b.source))
    .slice(0, TOP.edges);
  return { nodes, edges };
}
