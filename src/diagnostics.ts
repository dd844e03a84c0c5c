/**
 * Diagnostics: problems found on files or on the run, collected rather than thrown.
 * A stage receives a `report` callback; the CLI renders the list once, to stderr,
 * and derives the exit code from it.
 */
import type { Diagnostic } from './model.js';

export type Report = (diagnostic: Diagnostic) => void;

/** Collects diagnostics in order; `hasErrors` decides exit code 2. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  readonly report: Report = (d) => {
    this.items.push(d);
  };
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
  /** Count of diagnostics per rule id. */
  countByRule(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const d of this.items) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
    return counts;
  }
}
