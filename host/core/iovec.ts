// Guest buffer lists (IoVec) as the transports need them: one copied Buffer, views without a
// copy, or the rest of a list after its first bytes.
import type { IoVec } from './recv-queue.js';

/** Up to this many bytes, gather copies byte by byte. */
const SMALL_COPY = 256;

/** Fill iov-described guest bytes into one new Buffer (the guest may reuse its buffers at once). */
export function gather(mem: Uint8Array, iov: IoVec, n: number): Uint8Array {
  if (iov.ptrs.length === 1 && n <= SMALL_COPY) {
    // A small message: a byte loop costs less than making a view to copy from.
    const out = Buffer.allocUnsafe(n);
    const p = iov.ptrs[0];
    for (let i = 0; i < n; i++) out[i] = mem[p + i];
    return out;
  }
  if (iov.ptrs.length === 1) return Buffer.from(mem.subarray(iov.ptrs[0], iov.ptrs[0] + n));
  const out = Buffer.allocUnsafe(n);
  let off = 0;
  for (let i = 0; i < iov.ptrs.length && off < n; i++) {
    const k = Math.min(iov.lens[i], n - off);
    out.set(mem.subarray(iov.ptrs[i], iov.ptrs[i] + k), off);
    off += k;
  }
  return out;
}

/** The guest buffers of `iov` as views of guest memory (no copy). */
export function views(mem: Uint8Array, iov: IoVec): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < iov.ptrs.length; i++) {
    if (iov.lens[i] > 0) out.push(Buffer.from(mem.buffer, mem.byteOffset + iov.ptrs[i], iov.lens[i]));
  }
  return out;
}

/** The iov after its first `n` bytes. */
export function skip(iov: IoVec, n: number): IoVec {
  if (n === 0) return iov;
  const ptrs: number[] = [];
  const lens: number[] = [];
  for (let i = 0; i < iov.ptrs.length; i++) {
    const len = iov.lens[i];
    if (n >= len) { n -= len; continue; }
    ptrs.push(iov.ptrs[i] + n);
    lens.push(len - n);
    n = 0;
  }
  return { ptrs, lens, total: lens.reduce((a, b) => a + b, 0) };
}
