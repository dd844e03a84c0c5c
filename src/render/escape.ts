/**
 * Make text safe for a terminal: control characters (ESC starts ANSI/OSC sequences,
 * BEL, backspace, carriage return) are shown as visible escapes instead of being sent
 * to the terminal. Article text is already stripped of them by normalisation; file
 * names and other user-supplied strings are not, so every renderer passes through here.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function escapeTerminal(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
