/**
 * Temporary files and folders being written now (an export's output, a snapshot being
 * staged), so a
 * Ctrl-C can remove them: nothing half-written is left beside the user's files.
 */
import { rmSync } from 'node:fs';

const pending = new Set<string>();

export function addPending(file: string): void {
  pending.add(file);
}

export function removePending(file: string): void {
  pending.delete(file);
}

/** Remove every temporary file still in flight (called on SIGINT). */
export function removePendingFiles(): void {
  for (const f of pending) {
    try {
      rmSync(f, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
  pending.clear();
}
