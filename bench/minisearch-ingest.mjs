#!/usr/bin/env node
// MiniSearch's side of the scale benchmark: read the paragraphs of a warta JSONL export
// (not timed), then time `addAll` over them. Prints {paragraphs, addAllSeconds} as JSON;
// the caller measures peak RSS of this process. Usage: node minisearch-ingest.mjs FILE.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import MiniSearch from 'minisearch';

const paragraphs = [];
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) {
  if (!line) continue;
  const d = JSON.parse(line);
  for (const p of d.paragraphs) paragraphs.push({ id: `${d.id}/${p.index}/${paragraphs.length}`, text: p.text });
}
const ms = new MiniSearch({ fields: ['text'], idField: 'id' });
const t = performance.now();
ms.addAll(paragraphs);
const addAllSeconds = (performance.now() - t) / 1000;
process.stdout.write(JSON.stringify({ paragraphs: paragraphs.length, addAllSeconds }) + '\n');
