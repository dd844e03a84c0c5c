/**
 * Read a file too large for one JavaScript string (V8 caps a string near 512 M
 * characters) as normalised lines, decoding it in chunks. Same decisions as
 * decode.ts: BOM sniffing, a binary check on the first chunk, strict UTF-8 with a
 * Windows-1252 fallback (the file is then read again), CRLF and lone CR as line ends.
 */
import { createReadStream } from 'node:fs';
import type { Diagnostic } from '../model.js';
import { normalizeText } from '../text/normalize.js';
import iconv from 'iconv-lite';
import { sniffBinary } from './decode.js';

export type LinesResult =
  | { readonly ok: true; readonly lines: string[]; readonly encoding: string; readonly diagnostic?: Diagnostic }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/** A streaming decoder: TextDecoder for Unicode, iconv-lite for legacy encodings. */
function streamDecoder(label: string, fatal: boolean): { decode(chunk?: Buffer, opts?: { stream: boolean }): string } {
  if (/^utf-?(8|16(le|be)?)$/i.test(label)) return new TextDecoder(label, { fatal });
  const d = iconv.getDecoder(label);
  return { decode: (chunk?: Buffer) => (chunk ? d.write(chunk) : (d.end() ?? '')) };
}

async function decodeLines(file: string, label: string, fatal: boolean): Promise<string[]> {
  const decoder = streamDecoder(label, fatal);
  const lines: string[] = [];
  let carry = '';
  const take = (text: string, final: boolean) => {
    carry += text;
    const parts = carry.split(/\r\n|\n|\r(?!$)/);
    carry = parts.pop() ?? '';
    if (final) {
      if (carry !== '' || parts.length === 0) parts.push(carry.replace(/\r$/, ''));
      carry = '';
    }
    for (const p of parts) lines.push(normalizeText(p));
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
    take(decoder.decode(chunk as Buffer, { stream: true }), false);
  take(decoder.decode(), true);
  return lines;
}

export async function readLargeFileLines(file: string, display: string, first: Uint8Array, encoding?: string): Promise<LinesResult> {
  if (encoding) return { ok: true, lines: await decodeLines(file, encoding, false), encoding };
  const binary = sniffBinary(first);
  if (binary)
    return {
      ok: false,
      diagnostic: { severity: 'warning', ruleId: 'decode/binary', message: `binary file (${binary}), skipped`, path: display },
    };
  const label = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { ok: true, lines: await decodeLines(file, label, label === 'utf-8'), encoding: label };
  } catch {
    return {
      ok: true,
      lines: await decodeLines(file, 'windows-1252', false),
      encoding: 'windows-1252',
      diagnostic: {
        severity: 'warning',
        ruleId: 'decode/fallback-cp1252',
        message: 'not valid UTF-8; decoded as Windows-1252 (use --encoding to choose)',
        path: display,
      },
    };
  }
}
