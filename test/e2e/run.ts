/**
 * The one helper e2e tests use: spawn the built binary and capture everything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/warta.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function warta(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run a shell pipeline (for `| head -1`). */
export function shell(cmd: string, cwd = ROOT): Run {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', cmd], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary corpus folder with the given files. */
export function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'warta-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
