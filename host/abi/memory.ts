// Guest linear memory: fresh views (memory can grow) and bounds checks.
// A pointer from the guest is an i32; it is read as unsigned.

export interface GuestAllocator {
  malloc(size: number): number;
  free(ptr: number): void;
}

export class GuestMemory {
  private buf: ArrayBuffer | undefined;
  private u8v = new Uint8Array(0);
  private dv = new DataView(new ArrayBuffer(0));

  constructor(private readonly memory: () => WebAssembly.Memory) {}

  private refresh(): void {
    const b = this.memory().buffer as ArrayBuffer;
    if (b !== this.buf) {
      this.buf = b;
      this.u8v = new Uint8Array(b);
      this.dv = new DataView(b);
    }
  }
  // Growing a wasm memory detaches its old ArrayBuffer, so a view of length 0 is stale:
  // checking that is much cheaper than asking the memory for its buffer on every access.
  /** A byte view of all of memory, valid until the guest next runs or memory grows. */
  bytes(): Uint8Array { if (this.u8v.length === 0) this.refresh(); return this.u8v; }
  view(): DataView { if (this.u8v.length === 0) this.refresh(); return this.dv; }
  get size(): number { if (this.u8v.length === 0) this.refresh(); return this.u8v.length; }

  /** True when [ptr, ptr+len) is wholly inside memory and ptr is not NULL. */
  ok(ptr: number, len: number): boolean {
    ptr >>>= 0;
    // len is a byte count computed by the caller (possibly count * size): never wrap it to 32 bits.
    if (!(len >= 0)) return false;
    return ptr !== 0 && ptr + len <= this.size;
  }

  /** A DataView of exactly [p, p+len), for a codec that must not touch more than was checked. */
  window(p: number, len: number): DataView {
    const b = this.bytes();
    return new DataView(b.buffer, b.byteOffset + (p >>> 0), len);
  }

  u8(p: number): number { return this.view().getUint8(p >>> 0); }
  u16(p: number): number { return this.view().getUint16(p >>> 0, true); }
  i16(p: number): number { return this.view().getInt16(p >>> 0, true); }
  u32(p: number): number { return this.view().getUint32(p >>> 0, true); }
  i32(p: number): number { return this.view().getInt32(p >>> 0, true); }
  setU8(p: number, v: number): void { this.view().setUint8(p >>> 0, v); }
  setU16(p: number, v: number): void { this.view().setUint16(p >>> 0, v, true); }
  setI16(p: number, v: number): void { this.view().setInt16(p >>> 0, v, true); }
  setU32(p: number, v: number): void { this.view().setUint32(p >>> 0, v >>> 0, true); }
  setI32(p: number, v: number): void { this.view().setInt32(p >>> 0, v | 0, true); }
  setU64(p: number, v: bigint): void { this.view().setBigUint64(p >>> 0, v, true); }

  /** A NUL-terminated string, or undefined if it runs off the end of memory (or ptr is NULL). */
  cstr(p: number, max = 65536): string | undefined {
    p >>>= 0;
    if (p === 0) return undefined;
    const m = this.bytes();
    const end = Math.min(m.length, p + max);
    let i = p;
    while (i < end && m[i] !== 0) i++;
    if (i >= m.length) return undefined;
    return Buffer.from(m.buffer, m.byteOffset + p, i - p).toString('latin1');
  }

  /** Write `s` NUL-terminated into [p, p+cap); false if it does not fit. */
  writeCstr(p: number, cap: number, s: string): boolean {
    const b = Buffer.from(s, 'latin1');
    if (b.length + 1 > cap || !this.ok(p, b.length + 1)) return false;
    const m = this.bytes();
    m.set(b, p >>> 0);
    m[(p >>> 0) + b.length] = 0;
    return true;
  }

  fill(p: number, len: number, v = 0): void { this.bytes().fill(v, p >>> 0, (p >>> 0) + len); }
}
