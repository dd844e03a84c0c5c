/**
 * The helpers end-to-end tests use. `warta` runs the built command line in this process
 * (main(argv, io) from dist/bundle, with captured output, environment and standard
 * input): the same code path as the binary, without ~100 ms of process start per call.
 * `wartaProcess` spawns the real binary, for what only a process shows (a closed pipe,
 * signals, the launcher's --version fast path, a .env file in the working directory).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/warta.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
}

interface CliModule {
  main(argv: readonly string[], io: unknown): Promise<number>;
}
let cli: Promise<CliModule> | null = null;

/** Run the command line in this process, from the repository root, and capture everything. */
export async function warta(args: string[], opts: RunOptions = {}): Promise<Run> {
  cli ??= import(pathToFileURL(path.join(ROOT, 'dist/bundle/main.js')).href) as Promise<CliModule>;
  const { main } = await cli;
  let stdout = '';
  let stderr = '';
  const io = {
    out: (s: string) => void (stdout += s),
    err: (s: string) => void (stderr += s),
    env: { ...opts.env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: ROOT,
    readStdin: async () => opts.input ?? '',
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Spawn the built binary and capture everything. */
export function wartaProcess(args: string[], opts: RunOptions & { cwd?: string } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env,
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
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
