/**
 * A progress bar on stderr while a load takes more than a second, and only when stderr
 * is a terminal (never in pipes, logs or CI). cli-progress draws it.
 */
import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  readonly onProgress: (done: number, total: number) => void;
  stop(): void;
}

/** Show a bar after `delayMs` if the work is still going. */
export function progressBar(io: Io, label: string, delayMs = 1000): Progress {
  if (!io.stderrIsTTY || io.env.CI || io.env.TERM === 'dumb') return { onProgress: () => {}, stop: () => {} };
  const started = Date.now();
  let bar: SingleBar | null = null;
  return {
    onProgress(done, total) {
      if (!bar) {
        if (done >= total || Date.now() - started < delayMs) return;
        // Required on first use: most runs never draw a bar.
        const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% | {value}/{total} files | {eta_formatted} left`,
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: true,
            barsize: 30,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
