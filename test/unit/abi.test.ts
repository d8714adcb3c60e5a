// The ABI edge over a real WebAssembly.Memory: struct codecs, bounds checks,
// the option table and the error table.
import { beforeEach, describe, expect, it } from 'vitest';
import { WSA } from '../../host/abi/constants.js';
import { wsaCode } from '../../host/abi/errors.js';
import { GuestMemory } from '../../host/abi/memory.js';
import { readSockAddr, writeSockAddr, bytesToIpv6, ipv6ToBytes } from '../../host/abi/sockaddr.js';
import { Ws2_32 } from '../../host/abi/ws2_32.js';
import { fail, isFailure } from '../../host/core/errors.js';
import { Winsock } from '../../host/core/winsock.js';
import { FakeNetwork } from '../fake-network.js';

let memory: WebAssembly.Memory;
let mem: GuestMemory;
let api: Ws2_32;
let net: FakeNetwork;
let heap = 0x1000;
const alloc = (n: number) => { const p = heap; heap += (n + 7) & ~7; return p; };

beforeEach(() => {
  memory = new WebAssembly.Memory({ initial: 1, maximum: 4 });
  mem = new GuestMemory(() => memory);
  net = new FakeNetwork();
  api = new Ws2_32(mem, new Winsock(net), () => ({ malloc: alloc, free: () => {} }));
  heap = 0x1000;
  expect(api.WSAStartup(0x0202, alloc(400))).toBe(0);
});

async function connectedSocket(): Promise<number> {
  const s = api.socket(2, 1, 6);
  const sa = alloc(16);
  mem.setU16(sa, 2);
  mem.bytes().set([0, 80, 127, 0, 0, 1], sa + 2);
  expect(await api.connect(s, sa, 16)).toBe(0);
  return s;
}

describe('sockaddr codec', () => {
  it('reads and writes SOCKADDR_IN with the port in network order', () => {
    const p = alloc(16);
    mem.setU16(p, 2);
    mem.bytes().set([0x1f, 0x90, 10, 0, 0, 7], p + 2);
    expect(readSockAddr(mem, p, 16)).toEqual({ family: 4, address: '10.0.0.7', port: 8080 });
    const lenp = alloc(4);
    mem.setI32(lenp, 16);
    expect(writeSockAddr(mem, p, lenp, { family: 4, address: '1.2.3.4', port: 258 })).toBeUndefined();
    expect([...mem.bytes().subarray(p, p + 8)]).toEqual([2, 0, 1, 2, 1, 2, 3, 4]);
  });
  it('reads SOCKADDR_IN6 (AF_INET6 = 23, 28 bytes) and refuses short lengths with WSAEFAULT', () => {
    const p = alloc(28);
    mem.setU16(p, 23);
    mem.bytes().set([0, 53], p + 2);
    mem.bytes().set(ipv6ToBytes('2001:db8::5')!, p + 8);
    expect(readSockAddr(mem, p, 28)).toMatchObject({ family: 6, address: '2001:db8::5', port: 53 });
    const short = readSockAddr(mem, p, 16);
    expect(isFailure(short) && short.code).toBe('EFAULT');
    mem.setU16(p, 99);
    const bad = readSockAddr(mem, p, 28);
    expect(isFailure(bad) && bad.code).toBe('EAFNOSUPPORT');
  });
  it('formats IPv6 as RFC 5952', () => {
    expect(bytesToIpv6(ipv6ToBytes('0:0:0:0:0:0:0:1')!)).toBe('::1');
    expect(bytesToIpv6(ipv6ToBytes('fe80:0:0:1::')!)).toBe('fe80:0:0:1::');
    expect(bytesToIpv6(ipv6ToBytes('::ffff:1.2.3.4')!)).toBe('::ffff:102:304');
  });
});

// learn.microsoft.com/windows/win32/api/winsock2/nf-winsock2-gethostbyaddr
describe('gethostbyaddr at the ABI edge', () => {
  const HOSTENT = { name: 0, aliases: 4, addrtype: 8, length: 10, addrList: 12 };
  const hostent = (p: number) => {
    const list = mem.u32(p + HOSTENT.addrList);
    const len = mem.i16(p + HOSTENT.length);
    const first = mem.u32(list);
    return {
      name: mem.cstr(mem.u32(p + HOSTENT.name)),
      aliases: mem.u32(mem.u32(p + HOSTENT.aliases)),
      type: mem.i16(p + HOSTENT.addrtype), len,
      addr: [...mem.bytes().subarray(first, first + len)],
      second: mem.u32(list + 4),
    };
  };
  it('an IPv6 address gives an AF_INET6 (23) hostent with one 16-byte address', async () => {
    const a = alloc(16);
    mem.bytes().set(ipv6ToBytes('::1')!, a);
    const p = await api.gethostbyaddr(a, 16, 23);
    expect(p).not.toBe(0);
    expect(hostent(p)).toEqual({ name: 'ip6-localhost', aliases: 0, type: 23, len: 16, addr: ipv6ToBytes('::1'), second: 0 });
  });
  it('an IPv4 address gives an AF_INET hostent; the area is the one gethostbyname overwrites', async () => {
    const a = alloc(4);
    mem.bytes().set([127, 0, 0, 1], a);
    const p = await api.gethostbyaddr(a, 4, 2);
    expect(hostent(p)).toEqual({ name: 'localhost', aliases: 0, type: 2, len: 4, addr: [127, 0, 0, 1], second: 0 });
    const n = alloc(16);
    mem.writeCstr(n, 16, '10.0.0.1');
    expect(await api.gethostbyname(n)).toBe(p);
  });
  it('an address with no reverse name is WSAHOST_NOT_FOUND', async () => {
    const a = alloc(4);
    mem.bytes().set([10, 9, 8, 7], a);
    expect(await api.gethostbyaddr(a, 4, 2)).toBe(0);
    expect(api.WSAGetLastError()).toBe(WSA.WSAHOST_NOT_FOUND);
  });
});

describe('WSASend at the ABI edge', () => {
  it('gathers a WSABUF array and writes lpNumberOfBytesSent', async () => {
    const s = await connectedSocket();
    const bufs = alloc(16);
    const a = alloc(4), b = alloc(4), sent = alloc(4);
    mem.bytes().set([1, 2, 3], a);
    mem.bytes().set([4, 5], b);
    mem.setU32(bufs, 3); mem.setU32(bufs + 4, a);
    mem.setU32(bufs + 8, 2); mem.setU32(bufs + 12, b);
    expect(api.WSASend(s, bufs, 2, sent, 0, 0, 0)).toBe(0);
    expect(mem.u32(sent)).toBe(5);
    expect(api.lastError).toBe(0);
  });
  it('WSAEFAULT for a WSABUF array or buffer outside memory, and nothing is sent', async () => {
    const s = await connectedSocket();
    const sent = alloc(4);
    mem.setU32(sent, 0xabcdef);
    expect(api.WSASend(s, 0xfff0, 4096, sent, 0, 0, 0)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSAEFAULT);
    const bufs = alloc(8);
    mem.setU32(bufs, 100); mem.setU32(bufs + 4, 65536 - 10);
    expect(api.WSASend(s, bufs, 1, sent, 0, 0, 0)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSAEFAULT);
    expect(mem.u32(sent)).toBe(0xabcdef); // untouched on failure
  });
  it('"If an overlapped operation completes immediately, WSASend returns a value of zero and the lpNumberOfBytesSent parameter is updated"; Internal/InternalHigh filled, event signalled', async () => {
    const s = await connectedSocket();
    const bufs = alloc(8), sent = alloc(4), ov = alloc(20), data = alloc(16);
    mem.setU32(bufs, 16); mem.setU32(bufs + 4, data);
    const ev = api.WSACreateEvent();
    mem.setU32(ov + 16, ev);
    expect(api.WSASend(s, bufs, 1, sent, 0, ov, 0)).toBe(0);
    expect(mem.u32(sent)).toBe(16);
    expect(mem.u32(ov)).toBe(0); // Internal: STATUS_SUCCESS
    expect(mem.u32(ov + 4)).toBe(16); // InternalHigh: bytes
    expect(api.ws.event(ev)).toMatchObject({ signaled: true });
  });
  it('"If the overlapped operation is successfully initiated and will complete later, WSASend returns SOCKET_ERROR and indicates error code WSA_IO_PENDING. In this case, lpNumberOfBytesSent is not updated."', async () => {
    const s = await connectedSocket();
    const bufs = alloc(8), got = alloc(4), flags = alloc(4), ov = alloc(20), data = alloc(16);
    mem.setU32(bufs, 16); mem.setU32(bufs + 4, data);
    mem.setU32(got, 0xabcdef);
    expect(api.WSARecv(s, bufs, 1, got, flags, ov, 0)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSA_IO_PENDING);
    expect(mem.u32(got)).toBe(0xabcdef);
    expect(mem.u32(ov)).toBe(0x103); // STATUS_PENDING
  });
});

describe('options table', () => {
  it('SO_LINGER round-trips a struct linger; SO_RCVTIMEO is DWORD milliseconds', async () => {
    const s = await connectedSocket();
    const v = alloc(4), len = alloc(4);
    mem.setU16(v, 1); mem.setU16(v + 2, 7);
    expect(api.setsockopt(s, 0xffff, 0x80, v, 4)).toBe(0);
    mem.setU32(v, 0); mem.setI32(len, 4);
    expect(api.getsockopt(s, 0xffff, 0x80, v, len)).toBe(0);
    expect([mem.u16(v), mem.u16(v + 2)]).toEqual([1, 7]);
    mem.setU32(v, 1500);
    expect(api.setsockopt(s, 0xffff, 0x1006, v, 4)).toBe(0);
    mem.setU32(v, 0); mem.setI32(len, 4);
    api.getsockopt(s, 0xffff, 0x1006, v, len);
    expect(mem.u32(v)).toBe(1500);
  });
  it('SO_REUSEADDR and SO_EXCLUSIVEADDRUSE exclude each other (WSAEINVAL)', () => {
    const s = api.socket(2, 1, 6);
    const v = alloc(4);
    mem.setU32(v, 1);
    expect(api.setsockopt(s, 0xffff, 4, v, 4)).toBe(0);
    expect(api.setsockopt(s, 0xffff, ~4, v, 4)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSAEINVAL);
  });
  it('IP_TTL reaches a bound UDP endpoint: Windows\' 128 at bind, then each value set', async () => {
    const s = api.socket(2, 2, 17);
    const sa = alloc(16);
    mem.setU16(sa, 2);
    mem.bytes().set([0, 0, 127, 0, 0, 1], sa + 2);
    expect(await api.bind(s, sa, 16)).toBe(0);
    const len = alloc(4);
    mem.setI32(len, 16);
    expect(api.getsockname(s, sa, len)).toBe(0);
    const port = (mem.u8(sa + 2) << 8) | mem.u8(sa + 3);
    expect(net.datagramTtl.get(port)).toBe(128);
    const v = alloc(4);
    mem.setU32(v, 3);
    expect(api.setsockopt(s, 0, 4, v, 4)).toBe(0);
    expect(net.datagramTtl.get(port)).toBe(3);
    mem.setU32(v, 256); // refused: the endpoint keeps 3
    expect(api.setsockopt(s, 0, 4, v, 4)).toBe(-1);
    expect(net.datagramTtl.get(port)).toBe(3);
  });
  it('TCP_KEEPIDLE reaches the connection with SO_KEEPALIVE, in seconds', async () => {
    const s = await connectedSocket();
    const conn = net.streams.at(-1)!;
    expect(conn.keepAlive).toEqual({ on: false, idleSeconds: 7200 });
    const v = alloc(4);
    mem.setU32(v, 1);
    expect(api.setsockopt(s, 0xffff, 8, v, 4)).toBe(0);
    mem.setU32(v, 42);
    expect(api.setsockopt(s, 6, 3, v, 4)).toBe(0);
    expect(conn.keepAlive).toEqual({ on: true, idleSeconds: 42 });
  });
  it('unknown option: WSAENOPROTOOPT; unknown level: WSAEINVAL', () => {
    const s = api.socket(2, 1, 6);
    const v = alloc(4);
    expect(api.setsockopt(s, 0xffff, 0x4444, v, 4)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSAENOPROTOOPT);
    expect(api.setsockopt(s, 12345, 1, v, 4)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSAEINVAL);
  });
});

// WSAIoctl's effects the guest cannot see: the keep-alive delay Node is given, and the exact
// SOCKET_ADDRESS_LIST bytes for known interfaces (test/integration/wsaioctl.test.ts runs it on real sockets).
describe('WSAIoctl', () => {
  const SIO_KEEPALIVE_VALS = 0x98000004, SIO_ADDRESS_LIST_QUERY = 0x48000016;
  let net: FakeNetwork;
  beforeEach(() => {
    net = new FakeNetwork();
    api = new Ws2_32(mem, new Winsock(net), () => ({ malloc: alloc, free: () => {} }));
    expect(api.WSAStartup(0x0202, alloc(400))).toBe(0);
  });

  // https://learn.microsoft.com/en-us/windows/win32/winsock/sio-keepalive-vals: keepalivetime is
  // the timeout in milliseconds with no activity until the first keep-alive packet is sent.
  it('SIO_KEEPALIVE_VALS gives the connection keep-alive with its idle time (ms, applied in seconds); SO_KEEPALIVE keeps that time', async () => {
    const s = await connectedSocket();
    const ka = alloc(12);
    mem.setU32(ka, 1); mem.setU32(ka + 4, 30_000); mem.setU32(ka + 8, 1000);
    const n = alloc(4);
    expect(api.WSAIoctl(s, SIO_KEEPALIVE_VALS, ka, 12, 0, 0, n, 0, 0)).toBe(0);
    expect(net.streams[0].keepAlive).toEqual({ on: true, idleSeconds: 30 });
    const off = alloc(4);
    mem.setU32(off, 0);
    expect(api.setsockopt(s, 0xffff, 0x0008, off, 4)).toBe(0);
    expect(net.streams[0].keepAlive).toEqual({ on: false, idleSeconds: 30 });
  });

  it('SIO_ADDRESS_LIST_QUERY: count, SOCKET_ADDRESS entries pointing past the array, the sockaddrs; loopback left out', () => {
    net.hostInterfaces = [
      { name: 'lo', loopback: true, mac: new Uint8Array(6), addresses: [{ family: 4, address: '127.0.0.1', prefixLength: 8 }] },
      {
        name: 'eth0', loopback: false, mac: new Uint8Array(6), addresses: [
          { family: 4, address: '192.0.2.7', prefixLength: 24 },
          { family: 6, address: 'fe80::1', prefixLength: 64, scopeId: 3 },
          { family: 4, address: '10.1.2.3', prefixLength: 8 },
        ],
      },
    ];
    const v4 = api.socket(2, 2, 17), v6 = api.socket(23, 2, 17);
    const n = alloc(4);
    const out = alloc(128);
    expect(api.WSAIoctl(v4, SIO_ADDRESS_LIST_QUERY, 0, 0, out, 4 + 2 * 8 + 2 * 16 - 1, n, 0, 0)).toBe(-1);
    expect(api.lastError).toBe(WSA.WSAEFAULT);
    expect(mem.u32(n)).toBe(52);
    expect(api.WSAIoctl(v4, SIO_ADDRESS_LIST_QUERY, 0, 0, out, 128, n, 0, 0)).toBe(0);
    expect(mem.u32(n)).toBe(52);
    expect(mem.i32(out)).toBe(2);
    expect([mem.u32(out + 4), mem.i32(out + 8), mem.u32(out + 12), mem.i32(out + 16)]).toEqual([out + 20, 16, out + 36, 16]);
    expect([...mem.bytes().subarray(out + 20, out + 28)]).toEqual([2, 0, 0, 0, 192, 0, 2, 7]);
    expect([...mem.bytes().subarray(out + 36, out + 44)]).toEqual([2, 0, 0, 0, 10, 1, 2, 3]);
    expect(api.WSAIoctl(v6, SIO_ADDRESS_LIST_QUERY, 0, 0, out, 128, n, 0, 0)).toBe(0);
    expect(mem.u32(n)).toBe(4 + 8 + 28);
    expect([mem.i32(out), mem.u32(out + 4), mem.i32(out + 8)]).toEqual([1, out + 12, 28]);
    expect(mem.u16(out + 12)).toBe(23);
    expect(mem.u32(out + 12 + 24)).toBe(3); // sin6_scope_id: a link-local address is bindable with it
  });
});

describe('error table', () => {
  it('maps every core and Node code the host produces to its WSA code, and unknown ones to WSAENETDOWN', () => {
    expect(wsaCode(fail('EWOULDBLOCK'))).toBe(10035);
    expect(wsaCode(fail('ECONNRESET'))).toBe(10054);
    expect(wsaCode(fail('EPIPE'))).toBe(10054);
    expect(wsaCode(fail('ENOTFOUND'))).toBe(11001);
    expect(wsaCode(fail('EAI_AGAIN'))).toBe(11002);
    expect(wsaCode(fail('ENOTINITIALISED'))).toBe(10093);
    expect(wsaCode(fail('ESOMETHING_NEW'))).toBe(10050);
  });
});

describe('winsock_wasm.user_name (GetUserName in wasm/runtime/advapi32.c)', () => {
  async function host(userName?: string) {
    const { WinsockHost } = await import('../../host/instance.js');
    const memory = new WebAssembly.Memory({ initial: 1 });
    const h = new WinsockHost({ network: new FakeNetwork(), userName });
    h.attach(() => memory, () => ({ malloc: () => 0, free: () => {} }));
    return { h, bytes: () => new Uint8Array(memory.buffer) };
  }
  it('writes the host\'s user in UTF-8, cut to cap - 1 bytes and terminated, and returns its whole length', async () => {
    const { h, bytes } = await host('j\u00f6rg');
    bytes().fill(0xee, 0x100, 0x110);
    expect(h.winsockWasm.user_name(0x100, 16)).toBe(5);
    expect([...bytes().subarray(0x100, 0x107)]).toEqual([0x6a, 0xc3, 0xb6, 0x72, 0x67, 0, 0xee]);
    bytes().fill(0xee, 0x100, 0x110);
    expect(h.winsockWasm.user_name(0x100, 3)).toBe(5);
    expect([...bytes().subarray(0x100, 0x104)]).toEqual([0x6a, 0xc3, 0, 0xee]);
    expect(h.winsockWasm.user_name(0xfffffff0, 16)).toBe(5); // out of memory: nothing written, no throw
  });
  it('is "user" where the host has none (a page)', async () => {
    const { h, bytes } = await host();
    expect(h.winsockWasm.user_name(0x200, 16)).toBe(4);
    expect(new TextDecoder().decode(bytes().subarray(0x200, 0x204))).toBe('user');
  });
});
