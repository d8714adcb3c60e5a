// setsockopt/getsockopt as a table of option descriptors {level, name, codec, get, set}.
import { IPPROTO_IPV6, IPPROTO_TCP, IPV6_V6ONLY, MAX_UDP_PAYLOAD, SO, SOL_SOCKET, TCP_NODELAY } from './constants.js';
import { LINGER } from './layouts.js';
import type { GuestMemory } from './memory.js';
import { fail, isFailure, type CoreError } from '../core/errors.js';
import { wsaCode } from './errors.js';
import { SOCK_DGRAM, StreamSocket, type Socket } from '../core/socket.js';

/** How an option's value is laid out in optval. */
type Codec = 'bool' | 'int' | 'linger';

interface OptionDescriptor {
  level: number;
  name: number;
  label: string;
  codec: Codec;
  get?(s: Socket): number | { on: boolean; seconds: number } | CoreError;
  set?(s: Socket, v: number | { on: boolean; seconds: number }): CoreError | undefined;
}

const n = (v: number | { on: boolean; seconds: number }) => v as number;

const OPTIONS: OptionDescriptor[] = [
  { level: SOL_SOCKET, name: SO.SO_REUSEADDR, label: 'SO_REUSEADDR', codec: 'bool',
    get: (s) => +s.options.reuseAddress,
    set: (s, v) => { if (n(v) && s.options.exclusive) return fail('EINVAL'); s.options.reuseAddress = !!n(v); return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_EXCLUSIVEADDRUSE, label: 'SO_EXCLUSIVEADDRUSE', codec: 'bool',
    get: (s) => +s.options.exclusive,
    set: (s, v) => { if (n(v) && s.options.reuseAddress) return fail('EINVAL'); s.options.exclusive = !!n(v); return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_KEEPALIVE, label: 'SO_KEEPALIVE', codec: 'bool',
    get: (s) => +s.options.keepAlive,
    set: (s, v) => { s.options.keepAlive = !!n(v); s.applyOptions(); return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_BROADCAST, label: 'SO_BROADCAST', codec: 'bool',
    get: (s) => +s.options.broadcast,
    set: (s, v) => { s.options.broadcast = !!n(v); s.applyOptions(); return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_LINGER, label: 'SO_LINGER', codec: 'linger',
    get: (s) => s.options.linger,
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.linger = { ...(v as { on: boolean; seconds: number }) };
      return undefined;
    } },
  { level: SOL_SOCKET, name: SO.SO_DONTLINGER, label: 'SO_DONTLINGER', codec: 'bool',
    get: (s) => +!s.options.linger.on,
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.linger = { on: !n(v), seconds: s.options.linger.seconds };
      return undefined;
    } },
  { level: SOL_SOCKET, name: SO.SO_SNDBUF, label: 'SO_SNDBUF', codec: 'int',
    get: (s) => s.options.sndbuf,
    set: (s, v) => { if (n(v) < 0) return fail('EINVAL'); s.options.sndbuf = n(v); s.ready.notify(); return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_RCVBUF, label: 'SO_RCVBUF', codec: 'int',
    get: (s) => s.options.rcvbuf,
    set: (s, v) => { if (n(v) < 0) return fail('EINVAL'); s.options.rcvbuf = n(v); return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_SNDTIMEO, label: 'SO_SNDTIMEO', codec: 'int',
    get: (s) => s.options.sndtimeo,
    set: (s, v) => { s.options.sndtimeo = n(v) >>> 0; return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_RCVTIMEO, label: 'SO_RCVTIMEO', codec: 'int',
    get: (s) => s.options.rcvtimeo,
    set: (s, v) => { s.options.rcvtimeo = n(v) >>> 0; return undefined; } },
  { level: SOL_SOCKET, name: SO.SO_ERROR, label: 'SO_ERROR', codec: 'int',
    get: (s) => {
      const e = s.pendingError;
      s.pendingError = undefined;
      if (s instanceof StreamSocket) s.takeConnectFailure();
      return e ? wsaCode(e) : 0;
    } },
  { level: SOL_SOCKET, name: SO.SO_TYPE, label: 'SO_TYPE', codec: 'int', get: (s) => s.type },
  { level: SOL_SOCKET, name: SO.SO_ACCEPTCONN, label: 'SO_ACCEPTCONN', codec: 'bool', get: (s) => +s.listening },
  { level: SOL_SOCKET, name: SO.SO_MAX_MSG_SIZE, label: 'SO_MAX_MSG_SIZE', codec: 'int',
    // Stream sockets have no message size; Windows reports the protocol's dwMessageSize (0) there.
    get: (s) => (s.type === SOCK_DGRAM ? MAX_UDP_PAYLOAD : 0) },
  { level: IPPROTO_TCP, name: TCP_NODELAY, label: 'TCP_NODELAY', codec: 'bool',
    get: (s) => (s.type === SOCK_DGRAM ? fail('ENOPROTOOPT') : +s.options.noDelay),
    set: (s, v) => {
      if (s.type === SOCK_DGRAM) return fail('ENOPROTOOPT');
      s.options.noDelay = !!n(v);
      s.applyOptions();
      return undefined;
    } },
  { level: IPPROTO_IPV6, name: IPV6_V6ONLY, label: 'IPV6_V6ONLY', codec: 'bool',
    get: (s) => (s.family === 6 ? +s.options.v6Only : fail('EINVAL')),
    set: (s, v) => {
      if (s.family !== 6) return fail('EINVAL');
      if (!isFailure(s.localAddress())) return fail('EINVAL'); // only before bind
      s.options.v6Only = !!n(v);
      return undefined;
    } },
];

const byKey = new Map(OPTIONS.map((o) => [`${o.level}:${o.name}`, o]));
const KNOWN_LEVELS = new Set([SOL_SOCKET, IPPROTO_TCP, IPPROTO_IPV6, 0 /* IPPROTO_IP */, 17 /* IPPROTO_UDP */]);

export function optionName(level: number, name: number): string {
  return byKey.get(`${level}:${name}`)?.label ?? `level ${level} option ${name}`;
}

function find(level: number, name: number): OptionDescriptor | CoreError {
  const d = byKey.get(`${level}:${name}`);
  if (d) return d;
  return KNOWN_LEVELS.has(level) ? fail('ENOPROTOOPT', 'option not supported') : fail('EINVAL', 'unknown level');
}

export function setOption(mem: GuestMemory, s: Socket, level: number, name: number, optval: number, optlen: number): CoreError | undefined {
  const d = find(level, name);
  if (isFailure(d)) return d;
  if (!d.set) return fail('ENOPROTOOPT', 'read-only option');
  if (d.codec === 'linger') {
    if (optlen < LINGER.size || !mem.ok(optval, LINGER.size)) return fail('EFAULT');
    return d.set(s, { on: mem.u16(optval + LINGER.onoff) !== 0, seconds: mem.u16(optval + LINGER.linger) });
  }
  // A BOOL may be passed as a single byte; an int needs all four.
  const need = d.codec === 'bool' ? 1 : 4;
  if (optlen < need || !mem.ok(optval, need)) return fail('EFAULT');
  const v = optlen >= 4 ? mem.i32(optval) : mem.u8(optval);
  return d.set(s, v);
}

export function getOption(mem: GuestMemory, s: Socket, level: number, name: number, optval: number, optlenPtr: number): CoreError | undefined {
  const d = find(level, name);
  if (isFailure(d)) return d;
  if (!d.get) return fail('ENOPROTOOPT');
  if (!mem.ok(optlenPtr, 4)) return fail('EFAULT');
  const cap = mem.i32(optlenPtr);
  const size = d.codec === 'linger' ? LINGER.size : 4;
  if (cap < size || !mem.ok(optval, size)) return fail('EFAULT');
  const v = d.get(s);
  if (isFailure(v)) return v;
  if (d.codec === 'linger') {
    const l = v as { on: boolean; seconds: number };
    mem.setU16(optval + LINGER.onoff, +l.on);
    mem.setU16(optval + LINGER.linger, l.seconds);
  } else {
    mem.setI32(optval, v as number);
  }
  mem.setI32(optlenPtr, size);
  return undefined;
}
