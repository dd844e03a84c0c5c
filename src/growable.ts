/**
 * A growable Uint32Array: compact postings without one JS object per entry.
 */
export class U32Builder {
  private buf: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  /** A trimmed copy of the contents. */
  finish(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}
