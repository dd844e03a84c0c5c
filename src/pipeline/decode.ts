/**
 * Decode a file's bytes into text.
 *
 * Byte-order marks decide first (UTF-8, UTF-16LE, UTF-16BE). Without one, a NUL byte in
 * the first 8 KiB marks a binary file (PDF, JPEG, ...), which is skipped. Otherwise the
 * bytes must be valid UTF-8; if they are not, they are decoded as Windows-1252 (the
 * encoding of old Windows tools, with smart quotes at 0x91-0x94) and a warning says so.
 * Never throws on any input.
 *
 * Legacy encodings go through iconv-lite: Node's own TextDecoder treats "windows-1252"
 * as Latin-1 and turns the smart quotes 0x93/0x94 into C1 control characters.
 */
import iconv from 'iconv-lite';
import type { Diagnostic } from '../model.js';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly diagnostic?: Diagnostic }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

export interface DecodeOptions {
  /** Force an encoding label (WHATWG names: utf-8, utf-16le, windows-1252, ...). */
  encoding?: string;
}

const SNIFF_BYTES = 8192;

// File signatures of formats that are never plain text, whether or not a NUL shows early.
const MAGIC: readonly [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

/** The binary format a file starts with, or null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && head.includes(0) ? 'NUL bytes' : null;
}

const UNICODE = new Set(['utf-8', 'utf8', 'utf-16le', 'utf-16be', 'utf-16']);

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  if (UNICODE.has(label.toLowerCase())) return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  if (!iconv.encodingExists(label)) throw new RangeError(`unknown encoding ${label}`);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
}

/** True when warta can decode this encoding name. */
export function isKnownEncoding(label: string): boolean {
  return UNICODE.has(label.toLowerCase()) || iconv.encodingExists(label);
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
  const binary = sniffBinary(bytes);
  if (binary) {
    return {
      ok: false,
      diagnostic: { severity: 'warning', ruleId: 'decode/binary', message: `binary file (${binary}), skipped`, path },
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
