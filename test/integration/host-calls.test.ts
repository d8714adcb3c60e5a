// The imports called directly from JS as a wasm guest calls them (i32 arguments) over a real
// WebAssembly.Memory and real loopback sockets: defects the stateful fuzzer (test/unit/fuzz.test.ts)
// found, each pinned by the smallest sequence of calls that showed it.
import dgram from 'node:dgram';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WSA } from '../../host/abi/constants.js';
import type { Suspender } from '../../host/guests/suspender.js';
import { WinsockHost } from '../../host/instance.js';
import { nodeNetwork } from '../../host/transports/node.js';

type Call = (...a: number[]) => number | Promise<number>;
/** A guest whose waits are plain promises, awaited by the test. */
const passThrough: Suspender = { wrap: (f) => f as never };

let memory: WebAssembly.Memory;
let view: DataView;
let ws: Record<string, Call>;
let k32: Record<string, Call>;
let heap: number;
const alloc = (n: number) => { const p = heap; heap += (n + 7) & ~7; return p; };
const servers: (net.Server | dgram.Socket)[] = [];
let warnings: string[];
const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);

beforeEach(() => {
  memory = new WebAssembly.Memory({ initial: 2 });
  view = new DataView(memory.buffer);
  heap = 0x1000;
  const host = new WinsockHost({ network: nodeNetwork() });
  host.attach(() => memory, () => ({ malloc: alloc, free: () => {} }));
  const imports = host.imports(passThrough) as unknown as Record<string, Record<string, Call>>;
  ws = imports.ws2_32;
  k32 = imports.kernel32;
  expect(ws.WSAStartup(0x0202, alloc(400))).toBe(0);
  warnings = [];
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
  for (const s of servers.splice(0)) s.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function sockaddr(port: number): number {
  const p = alloc(16);
  view.setUint16(p, 2, true);
  view.setUint16(p + 2, ((port & 0xff) << 8) | (port >> 8), true);
  view.setUint32(p + 4, 0x0100007f, true);
  return p;
}
function portOf(sa: number): number { return (view.getUint8(sa + 2) << 8) | view.getUint8(sa + 3); }
function int(v: number): number { const p = alloc(4); view.setInt32(p, v, true); return p; }
async function boundUdp(): Promise<{ s: number; port: number }> {
  const s = ws.socket(2, 2, 17) as number;
  const sa = sockaddr(0);
  expect(await ws.bind(s, sa, 16)).toBe(0);
  const len = int(16);
  expect(ws.getsockname(s, sa, len)).toBe(0);
  return { s, port: portOf(sa) };
}
function listen<T extends net.Server>(srv: T): Promise<number> {
  servers.push(srv);
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as net.AddressInfo).port)));
}
/** A settled-or-not probe for a promise, after `ms`. */
async function settledWithin(p: unknown, ms: number): Promise<boolean> {
  let done = false;
  void Promise.resolve(p).then(() => { done = true; });
  await sleep(ms);
  return done;
}

describe('Windows timeouts are DWORD milliseconds: 2^31 ms and more is a long wait, not 1 ms', () => {
  it('select with tv_sec 3,000,000 (about 35 days) waits for the datagram that comes 100 ms later', async () => {
    const { s, port } = await boundUdp();
    const sender = dgram.createSocket('udp4');
    servers.push(sender);
    setTimeout(() => sender.send('x', port, '127.0.0.1'), 100);
    const set = alloc(8); view.setUint32(set, 1, true); view.setUint32(set + 4, s, true);
    const tv = alloc(8); view.setInt32(tv, 3_000_000, true); view.setInt32(tv + 4, 0, true);
    const t0 = Date.now();
    expect(await ws.select(0, set, 0, 0, tv)).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
    expect(warnings).toEqual([]); // no TimeoutOverflowWarning
  });
  it('WaitForSingleObject(event, 0xFFFFFFFE) and SO_RCVTIMEO 0x80000000 wait, and Sleep(0x80000000) has not ended after 100 ms', async () => {
    const ev = ws.WSACreateEvent() as number;
    setTimeout(() => ws.WSASetEvent(ev), 50);
    expect(await k32.WaitForSingleObject(ev, 0xfffffffe)).toBe(0); // WAIT_OBJECT_0, not WAIT_TIMEOUT
    const { s, port } = await boundUdp();
    expect(ws.setsockopt(s, 0xffff, 0x1006, int(0x80000000 | 0), 4)).toBe(0);
    const sender = dgram.createSocket('udp4');
    servers.push(sender);
    setTimeout(() => sender.send('datagram', port, '127.0.0.1'), 50);
    expect(await ws.recv(s, alloc(64), 64, 0)).toBe(8);
    expect(await settledWithin(k32.Sleep(0x80000000 | 0), 100)).toBe(false);
    expect(warnings).toEqual([]);
  });
});

it('accept with addr outside memory fails with WSAEFAULT, and the connection stays queued for the next accept', async () => {
  const l = ws.socket(2, 1, 6) as number;
  const sa = sockaddr(0);
  expect(await ws.bind(l, sa, 16)).toBe(0);
  expect(await ws.listen(l, 5)).toBe(0);
  expect(ws.getsockname(l, sa, int(16))).toBe(0);
  const client = net.connect(portOf(sa), '127.0.0.1');
  client.on('error', () => {});
  await new Promise((r) => client.once('connect', r));
  await sleep(20);
  const size = memory.buffer.byteLength;
  expect(await ws.accept(l, size - 8, int(16))).toBe(0xffffffff); // INVALID_SOCKET
  expect(ws.WSAGetLastError()).toBe(WSA.WSAEFAULT);
  const s = await ws.accept(l, alloc(16), int(16));
  expect(s).toBeGreaterThan(0);
  client.destroy();
});

it('an overlapped WSASend that fails at once leaves its WSAOVERLAPPED and its event as they were ("no completion indication will occur")', async () => {
  const port = await listen(net.createServer((c) => c.resume()));
  const s = ws.socket(2, 1, 6) as number;
  expect(await ws.connect(s, sockaddr(port), 16)).toBe(0);
  const ov = alloc(20), bufs = alloc(8), sent = alloc(4);
  view.setUint32(bufs, 5, true); view.setUint32(bufs + 4, alloc(8), true);
  expect(await ws.WSASend(s, bufs, 1, sent, 0, ov, 0)).toBe(0);
  expect([view.getUint32(ov, true), view.getUint32(ov + 4, true)]).toEqual([0, 5]);
  const ev = ws.WSACreateEvent() as number;
  ws.WSASetEvent(ev);
  view.setUint32(ov + 16, ev, true);
  const unconnected = ws.socket(2, 1, 6) as number;
  expect(await ws.WSASend(unconnected, bufs, 1, sent, 0, ov, 0)).toBe(-1);
  expect(ws.WSAGetLastError()).toBe(WSA.WSAENOTCONN);
  expect([view.getUint32(ov, true), view.getUint32(ov + 4, true)]).toEqual([0, 5]); // not STATUS_PENDING
  expect(await k32.WaitForSingleObject(ev, 0)).toBe(0); // still signalled
});

it('a datagram bind that fails leaves no Node socket behind', async () => {
  const udpWraps = () => process.getActiveResourcesInfo().filter((r) => r === 'UDPWrap').length;
  const before = udpWraps();
  const s = ws.socket(23, 2, 17) as number;
  const sa6 = alloc(28);
  view.setUint16(sa6, 23, true);
  new Uint8Array(memory.buffer, sa6 + 8, 16).set([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1]);
  view.setUint32(sa6 + 24, 0, true);
  // A v4-mapped address on an IPV6_V6ONLY socket: the bind fails.
  expect(await ws.bind(s, sa6, 28)).toBe(-1);
  // connect binds the socket implicitly, to a Node socket of its own.
  new Uint8Array(memory.buffer, sa6 + 8, 16).set([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  view.setUint16(sa6 + 2, 9 << 8, true);
  expect(await ws.connect(s, sa6, 28)).toBe(0);
  expect(ws.closesocket(s)).toBe(0);
  await sleep(50);
  expect(udpWraps()).toBe(before);
});

it('SO_RCVBUF 0 (which Windows accepts) does not stop the stream after its first chunk', async () => {
  const port = await listen(net.createServer((c) => c.on('data', (d) => c.write(d))));
  const s = ws.socket(2, 1, 6) as number;
  expect(ws.setsockopt(s, 0xffff, 0x1002, int(0), 4)).toBe(0);
  expect(ws.setsockopt(s, 0xffff, 0x1006, int(2000), 4)).toBe(0);
  expect(await ws.connect(s, sockaddr(port), 16)).toBe(0);
  const buf = alloc(1000);
  for (let round = 0; round < 5; round++) {
    expect(await ws.send(s, buf, 100, 0)).toBe(100);
    let got = 0;
    while (got < 100) {
      const n = await ws.recv(s, buf, 1000, 0);
      expect(n).toBeGreaterThan(0);
      got += n;
    }
  }
});

it('a blocking WSASend larger than SO_SNDBUF goes out whole to a peer that reads, with no drain event to wake it', async () => {
  let received = 0;
  const port = await listen(net.createServer((c) => c.on('data', (d) => { received += d.length; })));
  const s = ws.socket(2, 1, 6) as number;
  expect(ws.setsockopt(s, 0xffff, 0x1001, int(50), 4)).toBe(0);
  expect(ws.setsockopt(s, 0xffff, 0x1005, int(3000), 4)).toBe(0);
  expect(await ws.connect(s, sockaddr(port), 16)).toBe(0);
  const bufs = alloc(16), sent = alloc(4);
  view.setUint32(bufs, 100, true); view.setUint32(bufs + 4, alloc(100), true);
  view.setUint32(bufs + 8, 100, true); view.setUint32(bufs + 12, alloc(100), true);
  const t0 = Date.now();
  expect(await ws.WSASend(s, bufs, 2, sent, 0, 0, 0)).toBe(0);
  expect(view.getUint32(sent, true)).toBe(200);
  expect(Date.now() - t0).toBeLessThan(1000);
  await sleep(50);
  expect(received).toBe(200);
});

it('closesocket with SO_LINGER {1, 0} after shutdown(SD_SEND) closes the connection and leaves no Node socket open', async () => {
  // Node cannot reset a connection whose sending side is shut down (libuv: EINVAL, and the handle
  // stayed open for the life of the process); the close is graceful instead (README).
  let peerEnded = false;
  const port = await listen(net.createServer({ allowHalfOpen: true }, (c) => { c.resume(); c.on('error', () => {}); c.on('end', () => { peerEnded = true; }); }));
  const tcpWraps = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
  const s = ws.socket(2, 1, 6) as number;
  expect(await ws.connect(s, sockaddr(port), 16)).toBe(0);
  await sleep(20);
  const before = tcpWraps();
  expect(ws.shutdown(s, 1)).toBe(0);
  const linger = alloc(4); view.setUint16(linger, 1, true); view.setUint16(linger + 2, 0, true);
  expect(ws.setsockopt(s, 0xffff, 0x80, linger, 4)).toBe(0);
  expect(await ws.closesocket(s)).toBe(0);
  for (let i = 0; i < 100 && !(peerEnded && tcpWraps() === before - 1); i++) await sleep(10);
  expect(peerEnded).toBe(true);
  expect(tcpWraps()).toBe(before - 1); // the guest's socket is gone; the server's half-open end remains
});
