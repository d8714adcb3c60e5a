// SOCKADDR_IN / SOCKADDR_IN6 codec between guest memory and core's SockAddr.
import { AF_INET, AF_INET6 } from './constants.js';
import { SOCKADDR_IN, SOCKADDR_IN6 } from './layouts.js';
import type { GuestMemory } from './memory.js';
import { fail, type CoreError } from '../core/errors.js';
import type { SockAddr } from '../core/transport.js';

export function ipv4ToBytes(s: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const b = m.slice(1).map(Number);
  return b.every((x) => x <= 255) ? b : undefined;
}

export function ipv6ToBytes(s: string): number[] | undefined {
  s = s.replace(/%.*$/, '');
  let tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = ipv4ToBytes(v4[1]);
    if (!b) return undefined;
    tail = b;
    s = s.slice(0, -v4[1].length) + '0:0';
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (h: string) => (h === '' ? [] : h.split(':'));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const out: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    const v = parseInt(g, 16);
    out.push(v >> 8, v & 255);
  }
  if (tail.length) out.splice(12, 4, ...tail);
  return out;
}

export function bytesToIpv6(b: ArrayLike<number>): string {
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((b[i] << 8) | b[i + 1]);
  // Longest run of zero groups (length >= 2) becomes "::" (RFC 5952).
  let bestAt = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestAt = i; bestLen = j - i; }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
  if (bestAt < 0) return hex(g);
  return hex(g.slice(0, bestAt)) + '::' + hex(g.slice(bestAt + bestLen));
}

/** Read a socket address; `len` is the caller's namelen. */
export function readSockAddr(mem: GuestMemory, ptr: number, len: number): SockAddr | CoreError {
  if (len < 2 || !mem.ok(ptr, len)) return fail('EFAULT');
  const family = mem.u16(ptr);
  if (family === AF_INET) {
    if (len < SOCKADDR_IN.size) return fail('EFAULT');
    const m = mem.bytes();
    const a = (ptr >>> 0) + SOCKADDR_IN.addr;
    return {
      family: 4,
      address: `${m[a]}.${m[a + 1]}.${m[a + 2]}.${m[a + 3]}`,
      port: (m[(ptr >>> 0) + 2] << 8) | m[(ptr >>> 0) + 3],
    };
  }
  if (family === AF_INET6) {
    if (len < SOCKADDR_IN6.size) return fail('EFAULT');
    const m = mem.bytes();
    const p = ptr >>> 0;
    const scopeId = mem.u32(p + SOCKADDR_IN6.scopeId);
    return {
      family: 6,
      address: bytesToIpv6(m.subarray(p + SOCKADDR_IN6.addr, p + SOCKADDR_IN6.addr + 16)),
      port: (m[p + 2] << 8) | m[p + 3],
      flowinfo: mem.u32(p + SOCKADDR_IN6.flowinfo),
      scopeId,
    };
  }
  return fail('EAFNOSUPPORT');
}

export function sockAddrSize(a: SockAddr): number {
  return a.family === 4 ? SOCKADDR_IN.size : SOCKADDR_IN6.size;
}

/** Write a socket address into a buffer of `cap` bytes; false if it does not fit. */
export function writeSockAddrRaw(mem: GuestMemory, ptr: number, cap: number, a: SockAddr): boolean {
  const size = sockAddrSize(a);
  if (cap < size || !mem.ok(ptr, size)) return false;
  const p = ptr >>> 0;
  mem.fill(p, size);
  const m = mem.bytes();
  m[p + 2] = (a.port >> 8) & 255;
  m[p + 3] = a.port & 255;
  if (a.family === 4) {
    mem.setU16(p, AF_INET);
    m.set(ipv4ToBytes(a.address) ?? [0, 0, 0, 0], p + SOCKADDR_IN.addr);
  } else {
    mem.setU16(p, AF_INET6);
    mem.setU32(p + SOCKADDR_IN6.flowinfo, a.flowinfo ?? 0);
    const b = ipv6ToBytes(a.address) ?? (ipv4ToBytes(a.address) ? ipv6ToBytes('::ffff:' + a.address) : undefined);
    m.set(b ?? new Array(16).fill(0), p + SOCKADDR_IN6.addr);
    mem.setU32(p + SOCKADDR_IN6.scopeId, a.scopeId ?? 0);
  }
  return true;
}

/** Write an address to (ptr, *lenPtr) as getsockname/accept/recvfrom do: EFAULT if it does not fit. */
export function writeSockAddr(mem: GuestMemory, ptr: number, lenPtr: number, a: SockAddr): CoreError | undefined {
  if (!mem.ok(lenPtr, 4)) return fail('EFAULT');
  const cap = mem.i32(lenPtr);
  if (!writeSockAddrRaw(mem, ptr, cap, a)) return fail('EFAULT');
  mem.setI32(lenPtr, sockAddrSize(a));
  return undefined;
}

export function formatSockAddr(a: SockAddr): string {
  return a.family === 4 ? `${a.address}:${a.port}` : `[${a.address}]:${a.port}`;
}
