/**
 * `warta inspect FILE...`: each file as the cleaner saw it; `warta rules`: the rule list.
 */
import { inspectFile, type InspectedFile } from '../../pipeline/inspect.js';
import { renderJson } from '../../render/format.js';
import { renderInspect, renderRules } from '../../render/inspect.js';
import { allRules, classifyOptions, type CleaningFlags } from '../cleaning-flags.js';
import type { Session } from '../session.js';
import { UsageError } from '../usage-error.js';
import { statSync } from 'node:fs';

export async function runInspect(session: Session, files: string[], flags: CleaningFlags & { json?: boolean }): Promise<number> {
  const opts = {
    ...classifyOptions(flags),
    noClean: session.flags.clean === false,
    encoding: session.flags.encoding,
    maxFileSize: session.flags.maxFilesize,
  };
  const out: InspectedFile[] = [];
  for (const f of files) {
    let isDir = false;
    try {
      isDir = statSync(f).isDirectory();
    } catch {
      throw new UsageError(`file not found: ${f}`);
    }
    if (isDir) throw new UsageError(`${f} is a folder: inspect takes files (e.g. ${f}/*.txt)`);
    const r = await inspectFile(f, session.diagnostics.report, opts);
    if (r) out.push(r);
  }
  session.flushDiagnostics();
  session.io.out(flags.json ? renderJson({ files: out }) : renderInspect(out, session.outStyle));
  return session.exitCode();
}

export async function runRules(session: Session, flags: CleaningFlags & { json?: boolean }): Promise<number> {
  const rules = [...allRules(), ...(classifyOptions(flags).extraRules ?? []).map(({ id, description }) => ({ id, description }))];
  session.io.out(flags.json ? renderJson({ rules }) : renderRules(rules, session.outStyle));
  return 0;
}
