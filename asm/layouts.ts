// The Win32 (i686) structures as @unmanaged AssemblyScript classes, at the offsets the C
// headers pin (wasm/include, checked against host/abi/layouts.ts by test/integration/assemblyscript.test.ts).
// `changetype<WSABUF>(ptr)` views guest memory at ptr; `offsetof<WSABUF>()` is its size.
// Allocate them with heap.alloc(offsetof<T>()) (or `new`, which for @unmanaged classes
// calls heap.alloc too) and release with heap.free.

/** WSABUF: 8 bytes. */
@unmanaged export class WSABUF {
  len: u32;      // @0
  buf: usize;    // @4
}

/** WSAOVERLAPPED (OVERLAPPED): 20 bytes. */
@unmanaged export class WSAOVERLAPPED {
  Internal: u32;      // @0  (ULONG_PTR) the NTSTATUS / WSA code of the completion
  InternalHigh: u32;  // @4  (ULONG_PTR) bytes transferred
  Offset: u32;        // @8
  OffsetHigh: u32;    // @12
  hEvent: u32;        // @16 (HANDLE)
}

/** SOCKADDR: 16 bytes. */
@unmanaged export class SOCKADDR {
  sa_family: u16;                 // @0
  private _d0: u16; private _d1: u32; private _d2: u64; // sa_data[14] @2
}

/** SOCKADDR_IN: 16 bytes. sin_port and sin_addr are in network byte order (see htons, inet_addr). */
@unmanaged export class SOCKADDR_IN {
  sin_family: u16;  // @0
  sin_port: u16;    // @2 big-endian
  sin_addr: u32;    // @4 big-endian (in_addr.S_un.S_addr)
  sin_zero: u64;    // @8 char[8]
}

/** SOCKADDR_IN6: 28 bytes. */
@unmanaged export class SOCKADDR_IN6 {
  sin6_family: u16;    // @0
  sin6_port: u16;      // @2
  sin6_flowinfo: u32;  // @4
  sin6_addr: u64;      // @8  (16 bytes: sin6_addr and _sin6_addr_hi)
  private _sin6_addr_hi: u64;
  sin6_scope_id: u32;  // @24
}

/** TIMEVAL: 8 bytes (two longs). */
@unmanaged export class TIMEVAL {
  tv_sec: i32;   // @0
  tv_usec: i32;  // @4
}

/** LINGER: 4 bytes. */
@unmanaged export class LINGER {
  l_onoff: u16;   // @0
  l_linger: u16;  // @2
}

/** fd_set: u_int fd_count, then SOCKET fd_array[FD_SETSIZE = 64]; 260 bytes. */
export const FD_SETSIZE: u32 = 64;
@unmanaged export class FD_SET {
  fd_count: u32;  // @0
  fd_array: u32;  // @4, the first of FD_SETSIZE entries of 4 bytes
  @inline static get SIZE(): usize { return 4 + 4 * FD_SETSIZE; }
}

/** WSAPOLLFD: 8 bytes. */
@unmanaged export class WSAPOLLFD {
  fd: u32;        // @0
  events: i16;    // @4
  revents: i16;   // @6
}

/** WSANETWORKEVENTS: lNetworkEvents, then iErrorCode[FD_MAX_EVENTS = 10]; 44 bytes. */
@unmanaged export class WSANETWORKEVENTS {
  lNetworkEvents: i32;  // @0
  iErrorCode: i32;      // @4, the first of 10
  private _e0: i32; private _e1: i32; private _e2: i32; private _e3: i32; private _e4: i32;
  private _e5: i32; private _e6: i32; private _e7: i32; private _e8: i32;
}

/** ADDRINFOA: 32 bytes, Windows field order (ai_canonname before ai_addr). */
@unmanaged export class ADDRINFOA {
  ai_flags: i32;        // @0
  ai_family: i32;       // @4
  ai_socktype: i32;     // @8
  ai_protocol: i32;     // @12
  ai_addrlen: usize;    // @16 (size_t)
  ai_canonname: usize;  // @20
  ai_addr: usize;       // @24
  ai_next: usize;       // @28
}

/** hostent: 16 bytes. */
@unmanaged export class HOSTENT {
  h_name: usize;       // @0
  h_aliases: usize;    // @4
  h_addrtype: i16;     // @8
  h_length: i16;       // @10
  h_addr_list: usize;  // @12
}

/**
 * WSADATA: 400 bytes. szDescription is char[WSADESCRIPTION_LEN + 1 = 257] at 4 and
 * szSystemStatus char[WSASYS_STATUS_LEN + 1 = 129] at 261; AssemblyScript has no inline
 * arrays, so each is its first byte as a field plus private padding (read them with
 * description()/systemStatus()).
 */
@unmanaged export class WSADATA {
  wVersion: u16;        // @0
  wHighVersion: u16;    // @2
  szDescription: u8;    // @4 .. 260
  private _dA: u8; private _dB: u16;
  private _d0: u64; private _d1: u64; private _d2: u64; private _d3: u64; private _d4: u64; private _d5: u64; private _d6: u64; private _d7: u64; private _d8: u64; private _d9: u64; private _d10: u64; private _d11: u64; private _d12: u64; private _d13: u64; private _d14: u64; private _d15: u64; private _d16: u64; private _d17: u64; private _d18: u64; private _d19: u64; private _d20: u64; private _d21: u64; private _d22: u64; private _d23: u64; private _d24: u64; private _d25: u64; private _d26: u64; private _d27: u64; private _d28: u64; private _d29: u64; private _d30: u64;
  private _dC: u32; private _dD: u8;
  szSystemStatus: u8;   // @261 .. 389
  private _sA: u16;
  private _s0: u64; private _s1: u64; private _s2: u64; private _s3: u64; private _s4: u64; private _s5: u64; private _s6: u64; private _s7: u64; private _s8: u64; private _s9: u64; private _s10: u64; private _s11: u64; private _s12: u64; private _s13: u64; private _s14: u64;
  private _sB: u32; private _sC: u16;
  iMaxSockets: u16;     // @390
  iMaxUdpDg: u16;       // @392
  private _pad: u16;
  lpVendorInfo: usize;  // @396

  description(): string { return cString(changetype<usize>(this) + offsetof<WSADATA>("szDescription"), 257); }
  systemStatus(): string { return cString(changetype<usize>(this) + offsetof<WSADATA>("szSystemStatus"), 129); }
}

/** wasm/runtime/apc.c's struct __wsw_apc (host/abi/layouts.ts APC_RECORD): 20 bytes. */
@unmanaged export class APC_RECORD {
  routine: u32;       // @0 table index of the LPWSAOVERLAPPED_COMPLETION_ROUTINE
  error: u32;         // @4
  transferred: u32;   // @8
  overlapped: usize;  // @12
  flags: u32;         // @16
}

/** A NUL-terminated string of at most max bytes at p, decoded as UTF-8. */
export function cString(p: usize, max: usize): string {
  let n: usize = 0;
  while (n < max && load<u8>(p + n) != 0) n++;
  return String.UTF8.decodeUnsafe(p, n);
}
