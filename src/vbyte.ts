/**
 * Variable-byte integers (7 bits a byte, low bits first, the high bit set on every byte
 * but the last): the compression of a snapshot's postings and mentions. Values up to
 * 2^53 round-trip.
 */

/** A growable byte buffer of variable-byte integers. */
export class VByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads variable-byte integers from a byte array, from `at`. */
export class VByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  next(): number {
    const bytes = this.bytes;
    let b = bytes[this.at++];
    if (b < 0x80) return b;
    let v = b & 0x7f;
    let scale = 0x80;
    do {
      b = bytes[this.at++];
      v += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80);
    return v;
  }
}
