/**
 * Entity counts beyond the flat list: mentions of each entity per file or per outlet
 * (`entities --by`), and the entities mentioned in the same paragraphs as one entity
 * with a pointwise mutual information score (`entities --with`).
 */
import { association } from '../analysis/association.js';
import { firstDayOf, NO_DATE, type Period, PERIODS, periodOf, periodsBetween } from '../dates/day-number.js';
import { UnknownEntityError } from '../errors.js';
import type { CorpusIndex } from '../search-index/corpus-index.js';
import { entityKey } from '../entities/gazetteer.js';
import type { Entity, EntityTable } from '../entities/resolve.js';
import { listEntities, type EntityQueryOptions } from './entities.js';

export type EntityGroupBy = 'file' | 'outlet' | Period;

export interface EntityGroupRow {
  readonly name: string;
  readonly type: string;
  readonly mentions: number;
  /** Mentions per group (only groups with at least one). */
  readonly counts: Readonly<Record<string, number>>;
}

export interface EntityGroups {
  readonly by: EntityGroupBy;
  /** Groups, most mentions first. */
  readonly groups: readonly string[];
  readonly entities: readonly EntityGroupRow[];
}

/** Mentions of each listed entity per file or outlet. */
export function entitiesByGroup(table: EntityTable, index: CorpusIndex, by: EntityGroupBy, options: EntityQueryOptions = {}): EntityGroups {
  const { entities } = listEntities(table, options);
  const wanted = new Set(entities.map((e) => e.name));
  const docById = new Map(index.documents.map((d, i) => [d.id as string, i]));
  const period = (PERIODS as readonly string[]).includes(by) ? (by as Period) : null;
  const groupOf = (docId: string) => {
    const i = docById.get(docId);
    const d = i === undefined ? undefined : index.documents[i];
    if (period) return i !== undefined && index.docDay[i] ? periodOf(index.docDay[i], period) : NO_DATE;
    return by === 'file' ? (d?.file ?? docId) : (d?.meta.outlet ?? '(unknown)');
  };
  const counts = new Map<string, Map<string, number>>();
  const groupTotals = new Map<string, number>();
  for (const o of table.occurrences) {
    if (!wanted.has(o.entity)) continue;
    const g = groupOf(o.document);
    const row = counts.get(o.entity) ?? counts.set(o.entity, new Map()).get(o.entity)!;
    row.set(g, (row.get(g) ?? 0) + 1);
    groupTotals.set(g, (groupTotals.get(g) ?? 0) + 1);
  }
  const groups = period
    ? chronological([...groupTotals.keys()], period)
    : [...groupTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g]) => g);
  return {
    by,
    groups,
    entities: entities.map((e) => ({
      name: e.name,
      type: e.type,
      mentions: e.mentions,
      counts: Object.fromEntries(counts.get(e.name) ?? []),
    })),
  };
}

export interface CoMention {
  readonly name: string;
  readonly type: string;
  /** Paragraphs mentioning both. */
  readonly paragraphs: number;
  /** Paragraphs mentioning this entity at all. */
  readonly entityParagraphs: number;
  /** log2 of P(both) / (P(target) P(this)) over paragraphs: > 0 when they appear together more than chance. */
  readonly pmi: number;
  /** logDice (Rychly 2008) and log-likelihood (Dunning 1993) over paragraphs, as `collocates` gives them for words. */
  readonly logDice: number;
  readonly ll: number;
}

export interface CoMentions {
  readonly entity: Entity;
  /** Paragraphs mentioning the target entity, and paragraphs in the corpus. */
  readonly paragraphs: number;
  readonly corpusParagraphs: number;
  readonly with: readonly CoMention[];
}

/** Period labels in order from the first to the last, empty ones included, then "(no date)". */
function chronological(labels: readonly string[], period: Period): string[] {
  const dated = labels.filter((l) => l !== NO_DATE).sort();
  const out = dated.length ? periodsBetween(firstDayOf(dated[0], period), firstDayOf(dated[dated.length - 1], period), period) : [];
  return labels.includes(NO_DATE) ? [...out, NO_DATE] : out;
}

/** logDice and log-likelihood rounded to 3 places. */
function roundedAssociation(both: number, mine: number, theirs: number, N: number): { logDice: number; ll: number } {
  const a = association(both, mine, theirs, N);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { logDice: r(a.logDice), ll: r(a.ll) };
}

/** The entity a name (or any alias) stands for; throws UnknownEntityError with close names. */
export function findEntity(table: EntityTable, name: string): Entity {
  const canonical = table.nameOfKey.get(entityKey(name)) ?? table.entities.find((e) => e.name === name)?.name;
  const target = canonical ? table.entities.find((e) => e.name === canonical) : undefined;
  if (!target) {
    const close = table.entities
      .filter((e) => entityKey(e.name).includes(entityKey(name)))
      .slice(0, 3)
      .map((e) => e.name);
    throw new UnknownEntityError(name, close);
  }
  return target;
}

/** Entities mentioned in the same paragraphs as `name` (any alias), most shared paragraphs first. */
export function coMentions(table: EntityTable, index: CorpusIndex, name: string, options: EntityQueryOptions = {}): CoMentions {
  const target = findEntity(table, name);
  const mine = new Set(table.unitsByEntity.get(target.name) ?? []);
  const N = index.paragraphs.unitCount;
  const type = options.type?.toUpperCase();
  const rows: CoMention[] = [];
  for (const e of table.entities) {
    if (e.name === target.name || (type && e.type !== type)) continue;
    const units = table.unitsByEntity.get(e.name) ?? new Uint32Array(0);
    let both = 0;
    for (const u of units) if (mine.has(u)) both++;
    if (both === 0) continue;
    rows.push({
      name: e.name,
      type: e.type,
      paragraphs: both,
      entityParagraphs: units.length,
      pmi: Math.round(Math.log2((both * N) / (mine.size * units.length)) * 1000) / 1000,
      ...roundedAssociation(both, mine.size, units.length, N),
    });
  }
  rows.sort((a, b) => b.paragraphs - a.paragraphs || b.pmi - a.pmi || a.name.localeCompare(b.name));
  return {
    entity: target,
    paragraphs: mine.size,
    corpusParagraphs: N,
    with: options.top !== undefined ? rows.slice(0, options.top) : rows,
  };
}

/** The names of the entities mentioned in each paragraph, looked up by (document number, paragraph index). */
export function entitiesByParagraph(table: EntityTable, index: CorpusIndex): (doc: number, para: number) => readonly string[] {
  const byPara = new Map<string, Set<string>>();
  for (const o of table.occurrences) {
    const k = `${o.document}\u0000${o.paragraph}`;
    if (!byPara.has(k)) byPara.set(k, new Set());
    byPara.get(k)!.add(o.entity);
  }
  return (di, pi) => [...(byPara.get(`${index.documents[di].id}\u0000${pi}`) ?? [])];
}
