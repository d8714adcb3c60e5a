// What is pure guest code in the C runtime (wasm/runtime/inet.c, fdset.c), plus the
// allocator a program exports for the host.

/**
 * The host allocates in guest memory for getaddrinfo and gethostbyname results through
 * the guest's `malloc`/`free` exports; the Asyncify driver (host/guests/asyncify.ts)
 * allocates its unwind buffer the same way. A program re-exports these from its entry file:
 *   export { malloc, free } from "winsock-wasm/asm";  (or a relative path to asm/index)
 */
export function malloc(size: usize): usize { return heap.alloc(size); }
export function free(ptr: usize): void { if (ptr != 0) heap.free(ptr); }

// @ts-ignore: decorator
@inline export function htons(x: u16): u16 { return bswap<u16>(x); }
// @ts-ignore: decorator
@inline export function ntohs(x: u16): u16 { return bswap<u16>(x); }
// @ts-ignore: decorator
@inline export function htonl(x: u32): u32 { return bswap<u32>(x); }
// @ts-ignore: decorator
@inline export function ntohl(x: u32): u32 { return bswap<u32>(x); }

/** inet_addr: dotted quad to an in_addr in network byte order, INADDR_NONE (0xFFFFFFFF) if malformed. */
export function inet_addr(s: string): u32 {
  const parts = s.split(".");
  if (parts.length != 4) return 0xFFFFFFFF;
  let addr: u32 = 0;
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    if (p.length == 0 || p.length > 3) return 0xFFFFFFFF;
    let v: u32 = 0;
    for (let j = 0; j < p.length; j++) {
      const c = p.charCodeAt(j);
      if (c < 48 || c > 57) return 0xFFFFFFFF;
      v = v * 10 + <u32>(c - 48);
    }
    if (v > 255) return 0xFFFFFFFF;
    addr |= v << (8 * i); // memory order a.b.c.d is network order
  }
  return addr;
}

/** inet_ntoa: an in_addr in network byte order as a dotted quad. */
export function inet_ntoa(addr: u32): string {
  return (addr & 0xFF).toString() + "." + ((addr >> 8) & 0xFF).toString() + "." +
    ((addr >> 16) & 0xFF).toString() + "." + (addr >> 24).toString();
}

// Windows fd_set: u_int fd_count; SOCKET fd_array[64].
export function FD_ZERO(set: usize): void { store<u32>(set, 0); }
export function FD_SET(s: u32, set: usize): void {
  const n = load<u32>(set);
  for (let i: u32 = 0; i < n; i++) if (load<u32>(set + 4 + 4 * i) == s) return;
  if (n < 64) { store<u32>(set + 4 + 4 * n, s); store<u32>(set, n + 1); }
}
export function FD_CLR(s: u32, set: usize): void {
  const n = load<u32>(set);
  for (let i: u32 = 0; i < n; i++) {
    if (load<u32>(set + 4 + 4 * i) == s) {
      for (let j = i; j + 1 < n; j++) store<u32>(set + 4 + 4 * j, load<u32>(set + 8 + 4 * j));
      store<u32>(set, n - 1);
      return;
    }
  }
}
export function FD_ISSET(s: u32, set: usize): bool {
  const n = load<u32>(set);
  for (let i: u32 = 0; i < n; i++) if (load<u32>(set + 4 + 4 * i) == s) return true;
  return false;
}

/** MAKEWORD(lo, hi). */
// @ts-ignore: decorator
@inline export function MAKEWORD(lo: u8, hi: u8): u16 { return <u16>lo | (<u16>hi << 8); }
