/**
 * `warta report [PATH...] -o report.html`: one self-contained HTML page about the corpus
 * (render/report-html.ts), or with --json its data model (report/report-model.ts).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath, wartaVersion } from '../../paths.js';
import { renderJson } from '../../render/format.js';
import type { Session } from '../session.js';
import { checkOutputPath, writeFileAtomic } from '../output-file.js';
import { UsageError } from '../usage-error.js';
import { DEFAULT_REFERENCE } from './words.js';

export interface ReportFlags {
  output?: string;
  force?: boolean;
  json?: boolean;
  query?: string;
  since?: string;
  until?: string;
  dedupe?: boolean;
}

/** uPlot's browser build and style, from the installed package. */
function uplotAssets(): { uplotScript: string; uplotStyle: string } {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('uplot/package.json'));
  return {
    uplotScript: readFileSync(path.join(dir, 'dist/uPlot.iife.min.js'), 'utf8'),
    uplotStyle: readFileSync(path.join(dir, 'dist/uPlot.min.css'), 'utf8'),
  };
}

export async function runReport(session: Session, paths: string[], flags: ReportFlags): Promise<number> {
  if (!flags.output && !flags.json)
    throw new UsageError('give the page a file: warta report [PATH] -o report.html (or --json for its data)');
  const toStdout = !flags.output || flags.output === '-';
  if (!toStdout) checkOutputPath(flags.output!, !!flags.force);
  // A query that does not parse is the user's to fix: say so before any work.
  if (flags.query) (await import('../../query/search.js')).compileQuery(flags.query);
  const dates = session.dates;
  const corpus = await session.open(paths, { exclude: toStdout ? [] : [path.resolve(flags.output!)] });
  const index = await corpus.index();
  const documents = await corpus.documents();
  const skipDocs = await session.skipDocs(corpus);
  const folded = flags.dedupe ? await session.folded(corpus) : null;
  const { reportModel } = await import('../../report/report-model.js');
  const model = reportModel({
    corpus: corpus.roots.join(', '),
    warta: wartaVersion(),
    files: corpus.files,
    documents,
    index,
    entities: await corpus.entities({ dates, skipDocs }),
    duplicates: await session.duplicates(corpus),
    folded,
    referenceList: packagePath(DEFAULT_REFERENCE),
    query: flags.query ?? null,
    dates,
    since: flags.since ?? null,
    until: flags.until ?? null,
  });
  let out: string;
  if (flags.json) out = renderJson(model);
  else {
    const { renderReportHtml } = await import('../../render/report-html.js');
    out = renderReportHtml(model, uplotAssets());
  }
  if (toStdout) session.io.out(out);
  else {
    writeFileAtomic(flags.output!, out);
    session.io.err(
      `warta: wrote the ${flags.json ? 'report data' : 'report'} to ${flags.output} (${(Buffer.byteLength(out) / 1024).toFixed(0)} KB)\n`,
    );
  }
  return session.exitCode();
}
