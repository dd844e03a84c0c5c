/**
 * Decode a file's bytes into text.
 *
 * Byte-order marks decide first (UTF-8, UTF-16LE, UTF-16BE). Without one, a NUL byte in
 * the first 8 KiB marks a binary file (PDF, JPEG, ...), which is skipped. Otherwise the
 * bytes must be valid UTF-8; if they are not, they are decoded as Windows-1252 (the
 * encoding of old Windows tools, with smart quotes at 0x91-0x94) and a warning says so.
 * Never throws on any input.
 */
import type { Diagnostic } from '../model.js';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly diagnostic?: Diagnostic }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

export interface DecodeOptions {
  /** Force an encoding label (WHATWG names: utf-8, utf-16le, windows-1252, ...). */
  encoding?: string;
}

const SNIFF_BYTES = 8192;

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Decode bytes read from `path` (the path is only used in diagnostics). */
export function decodeBytes(bytes: Uint8Array, path: string, options: DecodeOptions = {}): DecodeResult {
  if (options.encoding) {
    try {
      return { ok: true, text: decodeWith(options.encoding, bytes, false), encoding: options.encoding.toLowerCase() };
    } catch {
      return {
        ok: false,
        diagnostic: { severity: 'error', ruleId: 'decode/unknown-encoding', message: `unknown encoding ${options.encoding}`, path },
      };
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: decodeWith('utf-8', bytes, false), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: decodeWith('utf-16le', bytes, false), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: decodeWith('utf-16be', bytes, false), encoding: 'utf-16be' };
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) {
    return {
      ok: false,
      diagnostic: { severity: 'warning', ruleId: 'decode/binary', message: 'binary file (NUL bytes), skipped', path },
    };
  }
  try {
    return { ok: true, text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    return {
      ok: true,
      text: decodeWith('windows-1252', bytes, false),
      encoding: 'windows-1252',
      diagnostic: {
        severity: 'warning',
        ruleId: 'decode/fallback-cp1252',
        message: 'not valid UTF-8; decoded as Windows-1252 (use --encoding to choose)',
        path,
      },
    };
  }
}
