/**
 * Hand a corpus to Elasticsearch or OpenSearch: bulk NDJSON (one action line and one
 * paragraph document per pair) and an index template that analyses text with the
 * built-in `indonesian` analyzer (Indonesian stopwords and stemmer).
 *   curl -XPUT  localhost:9200/_index_template/warta -H 'Content-Type: application/json' --data-binary @mapping.json
 *   curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @bulk.ndjson
 */
import type { NewsDocument } from '../model.js';

export interface EsOptions {
  /** Index name in the action lines and the template's pattern (default: `warta`). */
  index?: string;
}

/** Bulk NDJSON for every paragraph, one piece per paragraph (action line and document line); `entitiesOf(docIndex, paragraphIndex)` names its entities. */
export function* esBulk(
  documents: readonly NewsDocument[],
  entitiesOf: (doc: number, para: number) => readonly string[],
  options: EsOptions = {},
): Generator<string> {
  const index = options.index ?? 'warta';
  for (let di = 0; di < documents.length; di++) {
    const d = documents[di];
    for (const p of d.paragraphs) {
      yield JSON.stringify({ index: { _index: index, _id: p.id } }) +
        '\n' +
        JSON.stringify({
          document: d.id,
          file: d.file,
          title: d.title,
          outlet: d.meta.outlet ?? null,
          dateline: d.meta.dateline ?? null,
          date: d.meta.date ?? null,
          paragraph: p.index,
          line: p.line,
          text: p.text,
          entities: entitiesOf(di, p.index),
        }) +
        '\n';
    }
  }
}

/** An index template for the bulk documents. */
export function esMapping(options: EsOptions = {}): object {
  const index = options.index ?? 'warta';
  const text = { type: 'text', analyzer: 'indonesian', fields: { exact: { type: 'text', analyzer: 'standard' } } };
  return {
    index_patterns: [`${index}*`],
    template: {
      settings: { number_of_shards: 1, analysis: { analyzer: { default: { type: 'indonesian' } } } },
      mappings: {
        properties: {
          document: { type: 'keyword' },
          file: { type: 'keyword' },
          title: text,
          outlet: { type: 'keyword' },
          dateline: { type: 'keyword' },
          // ISO dates, with time and offset when known.
          date: { type: 'date', format: 'strict_date_optional_time||yyyy-MM-dd' },
          paragraph: { type: 'integer' },
          line: { type: 'integer' },
          text,
          entities: { type: 'keyword' },
        },
      },
    },
  };
}
