/**
 * Render diagnostics for stderr: one line each, "warta: path: message [rule]".
 */
import type { Diagnostic } from '../model.js';
import type { Style } from './style.js';
import { escapeTerminal } from './escape.js';

export function renderDiagnostic(d: Diagnostic, style: Style): string {
  const label = d.severity === 'error' ? style.error('error') : d.severity === 'warning' ? style.warn('warning') : style.dim('note');
  return `warta: ${label}: ${d.path ? `${escapeTerminal(d.path)}: ` : ''}${escapeTerminal(d.message)} [${d.ruleId}]\n`;
}
