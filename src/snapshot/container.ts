/**
 * The binary container of a snapshot's index: named typed arrays after a JSON header.
 *
 *   "WARTAIX1"  u32 header length  header JSON  padding to 8  arrays (8-byte aligned)
 *
 * Arrays are read whole (small ones) or by element range (postings a query needs):
 * `lazyArray` allocates the full array, which the OS backs with untouched zero pages,
 * and `fill` reads only the requested range into it.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const MAGIC = 'WARTAIX1';

export type ArrayKind = 'u32' | 'f64' | 'u8';
type Typed = Uint32Array | Float64Array | Uint8Array;

export interface ArrayEntry {
  readonly offset: number;
  readonly length: number;
  readonly kind: ArrayKind;
}

export interface ContainerHeader {
  /** Must equal the manifest's build id (guards against a half-written snapshot). */
  readonly build: string;
  readonly scalars: Record<string, number>;
  readonly arrays: Record<string, ArrayEntry>;
}

const kindOf = (a: Typed): ArrayKind => (a instanceof Float64Array ? 'f64' : a instanceof Uint8Array ? 'u8' : 'u32');
const width = (k: ArrayKind) => (k === 'f64' ? 8 : k === 'u8' ? 1 : 4);
const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Write arrays and scalars to an open file descriptor. */
export function writeContainer(fd: number, build: string, scalars: Record<string, number>, arrays: Record<string, Typed>): void {
  // The header's size depends on the offsets it lists; offsets are relative to the data start.
  const entries: Record<string, ArrayEntry> = {};
  let at = 0;
  for (const [name, a] of Object.entries(arrays)) {
    entries[name] = { offset: at, length: a.length, kind: kindOf(a) };
    at = align8(at + a.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ build, scalars, arrays: entries }), 'utf8');
  const dataStart = align8(MAGIC.length + 4 + header.length);
  const head = Buffer.alloc(dataStart);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, MAGIC.length);
  header.copy(head, MAGIC.length + 4);
  writeSync(fd, head);
  let written = 0;
  for (const [name, a] of Object.entries(arrays)) {
    const e = entries[name];
    if (written < e.offset) writeSync(fd, Buffer.alloc(e.offset - written));
    for (let b = 0; b < a.byteLength; b += 1 << 30)
      writeSync(fd, new Uint8Array(a.buffer, a.byteOffset + b, Math.min(1 << 30, a.byteLength - b)));
    written = e.offset + a.byteLength;
  }
}

/** An open container: its header, and reads of whole arrays or ranges. */
export class Container {
  private constructor(
    private readonly fd: number,
    private readonly dataStart: number,
    readonly header: ContainerHeader,
  ) {}

  static open(file: string): Container {
    const fd = openSync(file, 'r');
    try {
      const first = Buffer.alloc(MAGIC.length + 4);
      readSync(fd, first, 0, first.length, 0);
      if (first.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a warta index file');
      const len = first.readUInt32LE(MAGIC.length);
      const json = Buffer.alloc(len);
      readSync(fd, json, 0, len, first.length);
      return new Container(fd, align8(first.length + len), JSON.parse(json.toString('utf8')) as ContainerHeader);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  private entry(name: string): ArrayEntry {
    const e = this.header.arrays[name];
    if (!e) throw new Error(`index file lacks array ${name}`);
    return e;
  }

  /** Read a whole array. */
  read(name: string): Uint32Array {
    const a = this.lazy(name);
    a.fill(0, a.array.length);
    return a.array;
  }

  /** Read a whole array of numbers, 32-bit or 64-bit as it was written. */
  readNumbers(name: string): Uint32Array | Float64Array {
    return this.entry(name).kind === 'f64' ? this.readF64(name) : this.read(name);
  }

  readF64(name: string): Float64Array {
    const e = this.entry(name);
    const out = new Float64Array(e.length);
    this.readInto(out, e, 0, e.length);
    return out;
  }

  /** Bytes [from, to) of a byte array (a compressed stream). */
  readBytes(name: string, from = 0, to?: number): Uint8Array {
    const e = this.entry(name);
    const end = to ?? e.length;
    const out = new Uint8Array(end - from);
    this.readInto(out, e, 0, end - from, from);
    return out;
  }

  /** A full-size array whose ranges are read on demand. */
  lazy(name: string): LazyArray {
    const e = this.entry(name);
    const array = new Uint32Array(e.length);
    return { array, fill: (from, to) => this.readInto(array, e, from, to) };
  }

  /** Read elements [from, to) of entry e into out at the same index (or at index `fileFrom` of the file when given). */
  private readInto(out: Typed, e: ArrayEntry, from: number, to: number, fileFrom = from): void {
    const w = width(e.kind);
    const bytes = new Uint8Array(out.buffer, out.byteOffset + from * w, (to - from) * w);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(this.fd, bytes, done, Math.min(bytes.length - done, 1 << 30), this.dataStart + e.offset + fileFrom * w + done);
      if (n === 0) throw new Error('index file is truncated');
      done += n;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface LazyArray {
  readonly array: Uint32Array;
  /** Read elements [from, to) from the file into `array`. */
  fill(from: number, to: number): void;
}

/**
 * Open a part of a snapshot, check it belongs to snapshot `build` (a half-replaced snapshot
 * is never mixed), and read it; null when it is missing, of another build, or unreadable.
 */
export function readPart<T>(file: string, build: string, read: (c: Container) => T): T | null {
  let c: Container;
  try {
    c = Container.open(file);
  } catch {
    return null;
  }
  try {
    return c.header.build === build ? read(c) : null;
  } catch {
    return null;
  } finally {
    c.close();
  }
}
