// Received stream bytes waiting for recv, kept as the chunks the transport gave.

/** Guest buffers to fill or drain: parallel arrays of linear-memory addresses and lengths. */
export interface IoVec {
  ptrs: number[];
  lens: number[];
  total: number;
}

export class RecvQueue {
  private chunks: Uint8Array[] = [];
  private head = 0; // offset into chunks[0]
  bytes = 0;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.bytes += chunk.length;
  }

  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.bytes = 0;
  }

  /** Copy up to `max` bytes into the guest buffers of `iov` in `mem`; consume them unless `peek`. */
  copyTo(mem: Uint8Array, iov: IoVec, max: number, peek: boolean): number {
    let want = Math.min(max, iov.total, this.bytes);
    const n = want;
    let ci = 0;
    let coff = this.head;
    let vi = 0;
    let voff = 0;
    while (want > 0) {
      const chunk = this.chunks[ci];
      const vlen = iov.lens[vi];
      if (voff === vlen) { vi++; voff = 0; continue; }
      const k = Math.min(chunk.length - coff, vlen - voff, want);
      mem.set(k === chunk.length && coff === 0 ? chunk : chunk.subarray(coff, coff + k), iov.ptrs[vi] + voff);
      coff += k; voff += k; want -= k;
      if (coff === chunk.length) { ci++; coff = 0; }
    }
    if (!peek) {
      this.chunks.splice(0, ci);
      this.head = coff;
      this.bytes -= n;
    }
    return n;
  }
}
