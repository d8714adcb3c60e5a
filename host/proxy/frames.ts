// The binary framing between the WebSocket transport and winsock-proxy (docs/PROXY.md).
// One WebSocket message is one frame: a type byte, then fields in network byte order.
// Shared by both ends, so it uses only what a browser has (Uint8Array, DataView, TextEncoder).

/** Frame types. Client to proxy below 0x80, proxy to client from 0x80. */
export const Frame = {
  CONNECT: 0x01,
  DATA: 0x02,
  END: 0x03,
  RESET: 0x04,
  PAUSE: 0x05,
  RESUME: 0x06,
  OPTION: 0x07,
  UDP_OPEN: 0x10,
  UDP_SEND: 0x11,
  LOOKUP: 0x20,
  REVERSE: 0x21,

  CONNECTED: 0x81,
  PEER_DATA: 0x82,
  PEER_END: 0x83,
  ERROR: 0x8f,
  UDP_BOUND: 0x90,
  UDP_MESSAGE: 0x91,
  LOOKUP_RESULT: 0xa0,
  REVERSE_RESULT: 0xa1,
} as const;

/** OPTION frame option numbers. */
export const Option = { NO_DELAY: 1, KEEP_ALIVE: 2 } as const;

/** Largest DATA payload a client puts in one frame (well under the proxy's default frame limit). */
export const MAX_CHUNK = 64 * 1024;

export interface FrameAddr { family: 4 | 6; address: string; port: number }

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Whether `s` fits a `str` field: at most 255 bytes of UTF-8 (not 255 characters). */
export function fitsStr(s: string): boolean { return enc.encode(s).length <= 255; }

/** Builds one frame from a type byte and fields. */
export class FrameWriter {
  private parts: Uint8Array[] = [];
  private size = 1;
  constructor(private readonly type: number) {}
  u8(v: number): this { return this.push(Uint8Array.of(v & 0xff)); }
  u16(v: number): this { return this.push(Uint8Array.of((v >>> 8) & 0xff, v & 0xff)); }
  /** A string of at most 255 bytes, length first. */
  str(s: string): this {
    const b = enc.encode(s);
    if (b.length > 255) throw new RangeError('string too long for a frame field');
    return this.u8(b.length).push(b);
  }
  /** family (u8 4|6), port (u16), address (str). */
  addr(a: FrameAddr): this { return this.u8(a.family).u16(a.port).str(a.address); }
  /** Raw bytes to the end of the frame. */
  bytes(b: Uint8Array): this { return this.push(b); }
  done(): Uint8Array {
    const out = new Uint8Array(this.size);
    out[0] = this.type;
    let at = 1;
    for (const p of this.parts) { out.set(p, at); at += p.length; }
    return out;
  }
  private push(b: Uint8Array): this { this.parts.push(b); this.size += b.length; return this; }
}

export function frame(type: number): FrameWriter { return new FrameWriter(type); }

/** A frame that holds only a type and a payload (DATA, PEER_DATA): one copy. */
export function dataFrame(type: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = type;
  out.set(payload, 1);
  return out;
}

/** Thrown by FrameReader on a truncated or malformed frame. */
export class FrameError extends Error { readonly code = 'EPROTO'; }

/** Reads the fields of one frame, in order. */
export class FrameReader {
  private at = 1;
  constructor(readonly buf: Uint8Array) {
    if (buf.length < 1) throw new FrameError('empty frame');
  }
  get type(): number { return this.buf[0]; }
  u8(): number { this.need(1); return this.buf[this.at++]; }
  u16(): number { this.need(2); const v = (this.buf[this.at] << 8) | this.buf[this.at + 1]; this.at += 2; return v; }
  str(): string {
    const n = this.u8();
    this.need(n);
    const s = dec.decode(this.buf.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
  addr(): FrameAddr {
    const family = this.u8();
    if (family !== 4 && family !== 6) throw new FrameError('bad address family');
    const port = this.u16();
    return { family, port, address: this.str() };
  }
  /** The rest of the frame (a view, not a copy). */
  rest(): Uint8Array { const r = this.buf.subarray(this.at); this.at = this.buf.length; return r; }
  private need(n: number): void { if (this.at + n > this.buf.length) throw new FrameError('truncated frame'); }
}
