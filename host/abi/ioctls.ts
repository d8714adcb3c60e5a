// WSAIoctl's control codes (and ioctlsocket's three) as a table of descriptors {code, the
// input and output each needs, run}: one description gives the buffer checks and the call,
// as options.ts does for socket options.
//
// Every command here finishes when it is issued, so an overlapped WSAIoctl completes at once
// (host/abi/ws2_32.ts gives that completion to the socket's one completion path).
import {
  FIONBIO, FIONREAD, SIO_ADDRESS_LIST_QUERY, SIO_GET_EXTENSION_FUNCTION_POINTER,
  SIO_KEEPALIVE_VALS, SIO_UDP_CONNRESET, SIO_UDP_NETRESET, SIOCATMARK,
} from './constants.js';
import { GUID, SOCKET_ADDRESS, SOCKET_ADDRESS_LIST, TCP_KEEPALIVE } from './layouts.js';
import type { GuestMemory } from './memory.js';
import { sockAddrSize, writeSockAddrRaw } from './sockaddr.js';
import { fail, type CoreError } from '../core/errors.js';
import { SOCK_DGRAM, SOCK_STREAM, type Socket } from '../core/socket.js';
import type { SockAddr } from '../core/transport.js';
import type { Winsock } from '../core/winsock.js';

/** A command's buffers, each already checked to lie in memory for the length the command needs. */
export interface IoctlCall {
  mem: GuestMemory;
  ws: Winsock;
  sock: Socket;
  inPtr: number;
  inLen: number;
  outPtr: number;
  outLen: number;
}

/** What a command gives back: the bytes it wrote to the output buffer, or why it failed. */
export type IoctlResult = number | IoctlFailure;
/** A failure; `needed`, for an output buffer too small, is the size *lpcbBytesReturned reports. */
export interface IoctlFailure { error: CoreError; needed?: number }

interface IoctlCommand {
  code: number;
  label: string;
  /** Bytes of input it reads: fewer (or a bad pointer) is WSAEFAULT, "cbInBuffer ... too small". */
  inLen: number;
  /** Bytes of output it writes at least: fewer is WSAEFAULT. A command with a variable output checks its own. */
  outLen: number;
  /** The socket types it applies to; another is `wrongType`. */
  types?: readonly number[];
  /** The failure for a socket of another type (default WSAEINVAL: "the command is not applicable to the type of socket specified"). */
  wrongType?: CoreError;
  run(c: IoctlCall): IoctlResult;
}

const u32In = (c: IoctlCall) => c.mem.u32(c.inPtr);

/** FIONBIO, as ioctlsocket: "a nonzero value ... enables the nonblocking mode". */
function setNonBlocking(c: IoctlCall): IoctlResult {
  // While WSAEventSelect or WSAAsyncSelect has events selected the socket must stay non-blocking.
  const on = u32In(c) !== 0;
  if (!on && c.sock.selected) return { error: fail('EINVAL', 'WSAEventSelect or WSAAsyncSelect is active') };
  c.sock.nonBlocking = on;
  return 0;
}

/**
 * The local addresses of the socket's family "to which the application can bind": the host's
 * interfaces, less loopback (Windows leaves the loopback pseudo-interface out of the list).
 */
function localAddresses(c: IoctlCall): SockAddr[] {
  const out: SockAddr[] = [];
  for (const i of c.ws.net.interfaces()) {
    if (i.loopback) continue;
    for (const a of i.addresses) {
      if (a.family === c.sock.family) out.push({ family: a.family, address: a.address, port: 0, scopeId: a.scopeId });
    }
  }
  return out;
}

/**
 * SIO_ADDRESS_LIST_QUERY: a SOCKET_ADDRESS_LIST, its SOCKET_ADDRESS array, then the sockaddrs
 * the array points to, all in the output buffer. "If the output buffer is not large enough to
 * contain the address list, SOCKET_ERROR is returned ... WSAEFAULT. The required size, in bytes,
 * for the output buffer will be returned in the lpcbBytesReturned parameter in this case."
 */
function addressList(c: IoctlCall): IoctlResult {
  const list = localAddresses(c);
  const arrayEnd = SOCKET_ADDRESS_LIST.address + list.length * SOCKET_ADDRESS.size;
  const needed = arrayEnd + list.reduce((n, a) => n + sockAddrSize(a), 0);
  if (c.outLen < needed || !c.mem.ok(c.outPtr, needed)) return { error: fail('EFAULT', `the list needs ${needed} bytes`), needed };
  const p = c.outPtr >>> 0;
  c.mem.setI32(p + SOCKET_ADDRESS_LIST.iAddressCount, list.length);
  let at = p + arrayEnd;
  list.forEach((a, i) => {
    const e = p + SOCKET_ADDRESS_LIST.address + i * SOCKET_ADDRESS.size;
    writeSockAddrRaw(c.mem, at, sockAddrSize(a), a);
    c.mem.setU32(e + SOCKET_ADDRESS.lpSockaddr, at);
    c.mem.setI32(e + SOCKET_ADDRESS.iSockaddrLength, sockAddrSize(a));
    at += sockAddrSize(a);
  });
  return needed;
}

const COMMANDS: readonly IoctlCommand[] = [
  { code: FIONBIO, label: 'FIONBIO', inLen: 4, outLen: 0, run: setNonBlocking },
  { code: FIONREAD, label: 'FIONREAD', inLen: 0, outLen: 4, run: (c) => { c.mem.setU32(c.outPtr, c.ws.pending(c.sock)); return 4; } },
  // TRUE: no out-of-band data is ever waiting (out-of-band data is not supported).
  { code: SIOCATMARK, label: 'SIOCATMARK', inLen: 0, outLen: 4, run: (c) => { c.mem.setU32(c.outPtr, 1); return 4; } },
  {
    // {onoff, keepalivetime ms, keepaliveinterval ms}: SO_KEEPALIVE follows onoff, and the
    // times are TCP_KEEPIDLE and TCP_KEEPINTVL's (whole seconds, rounded up): the idle time is
    // applied, the interval kept (Node's setKeepAlive takes the delay alone).
    code: SIO_KEEPALIVE_VALS, label: 'SIO_KEEPALIVE_VALS', inLen: TCP_KEEPALIVE.size, outLen: 0,
    // "an attempt to use ... the TCP SIO_KEEPALIVE_VALS IOCTL on a datagram socket": WSAENOPROTOOPT.
    types: [SOCK_STREAM], wrongType: fail('ENOPROTOOPT', 'SIO_KEEPALIVE_VALS on a datagram socket'),
    run: (c) => {
      const p = c.inPtr >>> 0;
      const o = c.sock.options;
      o.keepAlive = c.mem.u32(p + TCP_KEEPALIVE.onoff) !== 0;
      o.keepIdle = Math.ceil(c.mem.u32(p + TCP_KEEPALIVE.keepalivetime) / 1000);
      o.keepInterval = Math.ceil(c.mem.u32(p + TCP_KEEPALIVE.keepaliveinterval) / 1000);
      c.sock.applyOptions();
      return 0;
    },
  },
  { code: SIO_ADDRESS_LIST_QUERY, label: 'SIO_ADDRESS_LIST_QUERY', inLen: 0, outLen: 0, run: addressList },
  // Kept as set: Node's dgram reports no ICMP port or net unreachable on an unconnected socket,
  // so there is nothing to report or suppress.
  {
    code: SIO_UDP_CONNRESET, label: 'SIO_UDP_CONNRESET', inLen: 4, outLen: 0, types: [SOCK_DGRAM],
    run: (c) => { c.sock.options.udpConnReset = u32In(c) !== 0; return 0; },
  },
  {
    code: SIO_UDP_NETRESET, label: 'SIO_UDP_NETRESET', inLen: 4, outLen: 0, types: [SOCK_DGRAM],
    run: (c) => { c.sock.options.udpNetReset = u32In(c) !== 0; return 0; },
  },
  {
    // AcceptEx, ConnectEx and the other extensions are not provided: no GUID names a function.
    code: SIO_GET_EXTENSION_FUNCTION_POINTER, label: 'SIO_GET_EXTENSION_FUNCTION_POINTER', inLen: GUID.size, outLen: 4,
    run: (c) => ({ error: fail('EINVAL', `no extension function ${guidText(c.mem, c.inPtr)}`) }),
  },
];

const BY_CODE = new Map(COMMANDS.map((d) => [d.code >>> 0, d]));

function guidText(mem: GuestMemory, p: number): string {
  const b = [...mem.bytes().subarray(p >>> 0, (p >>> 0) + GUID.size)];
  const h = (xs: number[]) => xs.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `{${h(b.slice(0, 4).reverse())}-${h(b.slice(4, 6).reverse())}-${h(b.slice(6, 8).reverse())}-${h(b.slice(8, 10))}-${h(b.slice(10))}}`;
}

/** The name of a control code, for the trace. */
export function ioctlName(code: number): string | undefined { return BY_CODE.get(code >>> 0)?.label; }

/**
 * Check a command's buffers and run it: the output bytes written, or the failure. `inPtr`/`outPtr`
 * may be 0 for a command that does not use them.
 */
export function runIoctl(
  mem: GuestMemory, ws: Winsock, sock: Socket, code: number, inPtr: number, inLen: number, outPtr: number, outLen: number,
): IoctlResult {
  const d = BY_CODE.get(code >>> 0);
  // "The dwIoControlCode parameter is not a valid command" (WSAEINVAL).
  if (!d) return { error: fail('EINVAL', `ioctl 0x${(code >>> 0).toString(16)} is not supported`) };
  inLen >>>= 0;
  outLen >>>= 0;
  if (d.inLen && (inLen < d.inLen || !mem.ok(inPtr, d.inLen))) return { error: fail('EFAULT', `${d.label} reads ${d.inLen} bytes`) };
  if (d.outLen && (outLen < d.outLen || !mem.ok(outPtr, d.outLen))) return { error: fail('EFAULT', `${d.label} writes ${d.outLen} bytes`) };
  if (d.types && !d.types.includes(sock.type)) return { error: d.wrongType ?? fail('EINVAL', `${d.label} does not apply to this socket type`) };
  return d.run({ mem, ws, sock, inPtr, inLen, outPtr, outLen });
}
