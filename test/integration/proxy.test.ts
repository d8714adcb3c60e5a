// winsock-proxy (docs/PROXY.md): closed by default, checked after resolution, limits that
// cut one session off without disturbing another, and C programs running through it.
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Frame, FrameReader, dataFrame, frame } from '../../host/proxy/frames.js';
import { ipText, parseIp, parseRule } from '../../host/proxy/rules.js';
import { webSocketNetwork, type WebSocketConstructor } from '../../host/transports/websocket.js';
import type { StreamEvents } from '../../host/core/transport.js';
import { DEFAULTS, startProxy, type ProxyOptions, type RunningProxy } from '../../host/proxy/server.js';
import { freePort, run, waitFor } from '../helpers.js';
import { Raw, echoSession } from '../proxy-client.js';

/** A TCP server nobody may reach through the proxy: it counts every connection it sees. */
let forbidden: net.Server;
let forbiddenPort: number;
let forbiddenSeen = 0;
let forbiddenUdp: dgram.Socket;
let forbiddenUdpSeen = 0;
/** A TCP echo server the rules admit. */
let echo: net.Server;
let echoPort: number;
let udpEcho: dgram.Socket;
let proxy: RunningProxy;
const logs: string[] = [];

function listen(s: net.Server): Promise<number> {
  return new Promise((r) => s.listen(0, '127.0.0.1', () => r((s.address() as net.AddressInfo).port)));
}
function bindUdp(s: dgram.Socket): Promise<number> {
  return new Promise((r) => s.bind(0, '127.0.0.1', () => r(s.address().port)));
}

function options(over: Partial<ProxyOptions>): ProxyOptions {
  return {
    host: '127.0.0.1', port: 0, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
    maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: (l) => logs.push(l),
    allow: [
      parseRule(`127.0.0.1:${echoPort}`),
      parseRule(`127.0.0.1:${udpEcho.address().port}`),
      // The forbidden port is admitted only on addresses the forbidden server is not on.
      parseRule(`10.0.0.0/8:${forbiddenPort}`),
      parseRule(`[fd00::]/8:${forbiddenPort}`),
    ],
    ...over,
  };
}

/** Connect through the proxy to `address:port`; resolves to the error code, or 'connected'. */
async function tryConnect(url: string, address: string, port: number, family: 4 | 6 = 4): Promise<string> {
  const c = new Raw(url);
  c.send(frame(Frame.CONNECT).addr({ family, address, port }).done());
  const f = await c.next();
  c.ws.close();
  return f.type === Frame.ERROR ? f.str() : f.type === Frame.CONNECTED ? 'connected' : `frame 0x${f.type.toString(16)}`;
}

beforeAll(async () => {
  forbidden = net.createServer((s) => { forbiddenSeen++; s.destroy(); });
  forbiddenPort = await listen(forbidden);
  echo = net.createServer({ allowHalfOpen: true }, (s) => s.pipe(s));
  echoPort = await listen(echo);
  udpEcho = dgram.createSocket('udp4');
  udpEcho.on('message', (m, r) => udpEcho.send(m, r.port, r.address));
  await bindUdp(udpEcho);
  forbiddenUdp = dgram.createSocket('udp4');
  forbiddenUdp.on('message', () => forbiddenUdpSeen++);
  await bindUdp(forbiddenUdp);
  proxy = await startProxy(options({}));
});

afterAll(async () => {
  await proxy?.close();
  forbidden?.close();
  echo?.close();
  udpEcho?.close();
  forbiddenUdp?.close();
});

describe('closed by default: the address actually connected to is checked, after resolution', () => {
  it('an admitted target connects', async () => {
    expect(await tryConnect(proxy.url, '127.0.0.1', echoPort)).toBe('connected');
  });
  it('with no --allow rule nothing is reachable', async () => {
    const closed = await startProxy(options({ allow: [] }));
    try {
      expect(await tryConnect(closed.url, '127.0.0.1', echoPort)).toBe('EACCES');
    } finally { await closed.close(); }
  });
  const bypasses: [string, string, 4 | 6][] = [
    ['the plain address', '127.0.0.1', 4],
    ['a name that resolves to it (localhost)', 'localhost', 4],
    ['decimal IPv4 (2130706433)', '2130706433', 4],
    ['octal IPv4 (0177.0.0.1)', '0177.0.0.1', 4],
    ['hexadecimal IPv4 (0x7f.0.0.1)', '0x7f.0.0.1', 4],
    ['short IPv4 (127.1)', '127.1', 4],
    ['IPv4-mapped IPv6 (::ffff:127.0.0.1)', '::ffff:127.0.0.1', 6],
    ['IPv4-mapped IPv6 in hex (::ffff:7f00:1)', '::ffff:7f00:1', 6],
    ['the unspecified address (0.0.0.0 reaches this host)', '0.0.0.0', 4],
  ];
  for (const [what, address, family] of bypasses) {
    it(`refuses ${what} and never reaches the target`, async () => {
      const code = await tryConnect(proxy.url, address, forbiddenPort, family);
      expect(['EACCES', 'EHOSTUNREACH']).toContain(code);
      await new Promise((r) => setTimeout(r, 50));
      expect(forbiddenSeen).toBe(0);
    });
  }
  it('an admitted address on a port outside the rule is refused', async () => {
    expect(await tryConnect(proxy.url, '127.0.0.1', forbiddenPort)).toBe('EACCES');
    expect(forbiddenSeen).toBe(0);
  });
  it('--allow parses hosts, CIDR ranges, IPv6 and port ranges, and rejects rules without a port', () => {
    expect(parseRule('127.0.0.1:7000-7999')).toMatchObject({ kind: 'net', prefix: 32, lo: 7000, hi: 7999 });
    expect(parseRule('10.0.0.0/8:443')).toMatchObject({ kind: 'net', prefix: 8, lo: 443, hi: 443 });
    expect(parseRule('[::1]:80')).toMatchObject({ kind: 'net', prefix: 128 });
    expect(parseRule('example.com:*')).toMatchObject({ kind: 'host', name: 'example.com', lo: 1, hi: 65535 });
    expect(() => parseRule('127.0.0.1')).toThrow();
    expect(() => parseRule('127.0.0.1:0')).toThrow();
    expect(() => parseRule('10.0.0.0/33:1')).toThrow();
  });
  it('addresses are written in their RFC 5952 form (logs, connect targets)', () => {
    const text = (a: string) => ipText(parseIp(a)!);
    expect(text('0:0:0:0:0:0:0:1')).toBe('::1');
    expect(text('::')).toBe('::');
    expect(text('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1'); // the first of two equal runs
    expect(text('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1'); // one zero word stays
    expect(text('fe80:0:0:0:0:0:0:0')).toBe('fe80::');
    expect(text('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('datagrams and names through the proxy', () => {
  it('a datagram to an admitted peer comes back with its source address; one to a forbidden peer is refused', async () => {
    const c = new Raw(proxy.url);
    c.send(frame(Frame.UDP_OPEN).u8(4).done());
    const bound = (await c.next(Frame.UDP_BOUND)).addr();
    expect(bound.port).toBeGreaterThan(0);
    const port = udpEcho.address().port;
    c.send(frame(Frame.UDP_SEND).addr({ family: 4, address: '127.0.0.1', port }).bytes(new TextEncoder().encode('ping')).done());
    const m = await c.next(Frame.UDP_MESSAGE);
    expect(m.addr()).toEqual({ family: 4, address: '127.0.0.1', port });
    expect(new TextDecoder().decode(m.rest())).toBe('ping');
    c.send(frame(Frame.UDP_SEND).addr({ family: 4, address: '2130706433', port: forbiddenUdp.address().port }).bytes(Uint8Array.of(1)).done());
    expect((await c.next(Frame.ERROR)).str()).toBe('EACCES');
    await new Promise((r) => setTimeout(r, 50));
    expect(forbiddenUdpSeen).toBe(0);
    c.ws.close();
  });
  it('lookups are answered at the proxy', async () => {
    const c = new Raw(proxy.url);
    c.send(frame(Frame.LOOKUP).u8(4).str('localhost').done());
    const r = await c.next(Frame.LOOKUP_RESULT);
    expect(r.u8()).toBeGreaterThan(0);
    expect(r.addr().address).toBe('127.0.0.1');
  });
});

describe('limits cut one session off without disturbing another', () => {
  it('an oversize frame closes its own session (1009); another session keeps echoing', async () => {
    const small = await startProxy(options({ maxFrame: 64 * 1024 }));
    try {
      const talk = await echoSession(small.url, echoPort);
      const big = new Raw(small.url);
      big.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done());
      await big.next(Frame.CONNECTED);
      big.send(dataFrame(Frame.DATA, new Uint8Array(100 * 1024)));
      await big.closed();
      expect(big.closeCode).toBe(1009);
      expect(await talk('still here')).toBe('still here');
    } finally { await small.close(); }
  });
  it('a connection flood from one client is refused beyond --max-per-client; the first session keeps echoing', async () => {
    const lim = await startProxy(options({ maxPerClient: 4 }));
    try {
      const talk = await echoSession(lim.url, echoPort);
      const flood = Array.from({ length: 40 }, () => new Raw(lim.url));
      const opened = await Promise.all(flood.map((f) => f.opened));
      expect(opened.filter(Boolean).length).toBe(3);
      expect(flood.filter((f) => f.status === 429).length).toBe(37);
      expect(await talk('after the flood')).toBe('after the flood');
      for (const f of flood) f.ws.close();
    } finally { await lim.close(); }
  });
  it('--max-total bounds all sessions', async () => {
    const lim = await startProxy(options({ maxTotal: 2 }));
    try {
      const a = new Raw(lim.url);
      const b = new Raw(lim.url);
      expect(await a.opened && await b.opened).toBe(true);
      const c = new Raw(lim.url);
      expect(await c.opened).toBe(false);
      expect(c.status).toBe(503);
      a.ws.close(); b.ws.close();
    } finally { await lim.close(); }
  });
  it('an idle session is closed', async () => {
    const lim = await startProxy(options({ idleMs: 200 }));
    try {
      const c = new Raw(lim.url);
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done());
      await c.next(Frame.CONNECTED);
      expect((await c.next(Frame.ERROR, 3000)).str()).toBe('ETIMEDOUT');
      await c.closed();
      expect(logs.some((l) => l.includes('reason="ETIMEDOUT idle"'))).toBe(true);
    } finally { await lim.close(); }
  });
});

describe('who may use the proxy', () => {
  it('--origin: a foreign page is refused (403), a listed one admitted', async () => {
    const p = await startProxy(options({ origins: ['https://good.example'] }));
    try {
      const evil = new Raw(p.url, { Origin: 'https://evil.example' });
      expect(await evil.opened).toBe(false);
      expect(evil.status).toBe(403);
      const good = new Raw(p.url, { Origin: 'https://good.example' });
      expect(await good.opened).toBe(true);
      good.ws.close();
    } finally { await p.close(); }
  });
  it('--token: missing or wrong is refused (401), the right one admitted', async () => {
    const p = await startProxy(options({ token: 's3cret' }));
    try {
      for (const url of [p.url, `${p.url}?token=wrong`]) {
        const c = new Raw(url);
        expect(await c.opened).toBe(false);
        expect(c.status).toBe(401);
      }
      const ok = new Raw(`${p.url}?token=s3cret`);
      expect(await ok.opened).toBe(true);
      ok.ws.close();
    } finally { await p.close(); }
  });
});

/** A TCP server that writes up to 64 MiB to each client as fast as the client lets it. */
function floodSource(): { src: net.Server; sent: () => number } {
  let written = 0;
  const TOTAL = 64 << 20;
  const chunk = Buffer.alloc(256 * 1024);
  const src = net.createServer((s) => {
    const pump = () => { while (written < TOTAL && s.write(chunk)) written += chunk.length; };
    s.on('drain', () => { written += chunk.length; pump(); });
    s.on('error', () => {});
    pump();
  });
  return { src, sent: () => written };
}

describe('backpressure', () => {
  it('a client that sent PAUSE stops the proxy reading: the sender stalls, nothing grows without bound', async () => {
    const { src, sent } = floodSource();
    const port = await listen(src);
    const p = await startProxy(options({ allow: [parseRule(`127.0.0.1:${port}`)] }));
    try {
      const c = new Raw(p.url);
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port }).done());
      c.send(frame(Frame.PAUSE).done());
      await c.next(Frame.CONNECTED);
      await new Promise((r) => setTimeout(r, 500));
      const stalled = sent();
      await new Promise((r) => setTimeout(r, 300));
      expect(sent()).toBe(stalled); // the source is held back by TCP flow control
      expect(sent()).toBeLessThan(16 << 20);
      c.send(frame(Frame.RESUME).done());
      await waitFor(() => sent() > stalled + (4 << 20), 10_000);
      c.ws.terminate();
    } finally { await p.close(); src.close(); }
  });

  it('a client that stops reading its WebSocket makes the proxy stop reading TCP (bufferedAmount high-water)', async () => {
    const { src, sent } = floodSource();
    const port = await listen(src);
    const p = await startProxy(options({ allow: [parseRule(`127.0.0.1:${port}`)] }));
    try {
      const c = new Raw(p.url);
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port }).done());
      await c.next(Frame.CONNECTED);
      c.ws.pause(); // the client's socket is no longer read
      await new Promise((r) => setTimeout(r, 600));
      const stalled = sent();
      await new Promise((r) => setTimeout(r, 300));
      expect(sent()).toBe(stalled);
      expect(sent()).toBeLessThan(24 << 20);
      c.ws.terminate();
    } finally { await p.close(); src.close(); }
  });
});

describe('the WebSocket transport', () => {
  it('buffered reports what the WebSocket holds while the peer does not read, and drains once it does', async () => {
    let peer: net.Socket | undefined;
    let received = 0;
    const sink = net.createServer((s) => { peer = s; s.pause(); s.on('data', (d) => { received += d.length; }); });
    const port = await listen(sink);
    const p = await startProxy(options({ allow: [parseRule(`127.0.0.1:${port}`)] }));
    try {
      const netw = webSocketNetwork({ url: p.url, WebSocket: WebSocket as unknown as WebSocketConstructor, sendCallbacks: true });
      let connected = false;
      let drains = 0;
      const events: StreamEvents = {
        onConnect: () => { connected = true; }, onData: () => {}, onEnd: () => {}, onError: () => {},
        onDrain: () => { drains++; }, onClose: () => {},
      };
      const conn = netw.connect({ family: 4, address: '127.0.0.1', port }, undefined, events);
      await waitFor(() => connected);
      expect(conn.remoteAddress()).toEqual({ family: 4, address: '127.0.0.1', port });
      const block = new Uint8Array(1 << 20);
      for (let i = 0; i < 48; i++) conn.write(block);
      await new Promise((r) => setTimeout(r, 500));
      // Kernel buffers and the proxy take some; the rest stays with the client, counted.
      expect(conn.buffered).toBeGreaterThan(0);
      expect(received).toBe(0);
      const flushed = conn.flushed();
      peer!.resume();
      await flushed;
      expect(conn.buffered).toBe(0);
      expect(drains).toBeGreaterThan(0);
      await waitFor(() => received === 48 << 20, 10_000);
      conn.destroy();
    } finally { await p.close(); sink.close(); }
  });
  it('listening sockets and fixed local ports are not available through the proxy (EOPNOTSUPP)', async () => {
    const netw = webSocketNetwork({ url: proxy.url, WebSocket: WebSocket as unknown as WebSocketConstructor, sendCallbacks: true });
    const opts = { reuseAddress: false, exclusive: false, v6Only: false };
    const l = await netw.listen({ family: 4, address: '0.0.0.0', port: 8080 }, 5, opts, { onConnection: () => {}, onError: () => {} });
    expect(String(l)).toBe('EOPNOTSUPP');
    expect(String(await netw.probeBind({ family: 4, address: '127.0.0.1', port: 8080 }, opts))).toBe('EOPNOTSUPP');
    expect(await netw.probeBind({ family: 4, address: '0.0.0.0', port: 0 }, opts)).toEqual({ family: 4, address: '0.0.0.0', port: 0 });
  });
});

describe('C programs through the proxy (WINSOCK_PROXY)', () => {
  it('an unseen Windows client echoes through the proxy, resolving the name at the proxy', async () => {
    const env = { WINSOCK_PROXY: proxy.url };
    const r = await run('unseen_client', ['localhost', String(echoPort)], { env });
    expect(r.stdout).toContain('Bytes Sent: 14');
    expect(r.stdout).toContain('Bytes received: 14');
    expect(r.code).toBe(0);
  });
  it('tcp_echo client mode echoes every message', async () => {
    const r = await run('tcp_echo', ['client', '127.0.0.1', String(echoPort), 'hello', 'proxy'], { env: { WINSOCK_PROXY: proxy.url } });
    expect(r.stdout).toContain('client: 12 of 12 bytes came back');
    expect(r.code).toBe(0);
  });
  it('a UDP sender exchanges datagrams through the proxy (implicit local port, answers from the peer)', async () => {
    const responder = dgram.createSocket('udp4');
    let n = 0;
    responder.on('message', (m, r) => responder.send(`ack ${++n}: ${m}`, r.port, r.address));
    const port = await bindUdp(responder);
    const p = await startProxy(options({ allow: [parseRule(`127.0.0.1:${port}`)] }));
    try {
      const r = await run('udp_exchange', ['sender', '127.0.0.1', String(port), 'one', 'two'], { env: { WINSOCK_PROXY: p.url } });
      expect(r.stdout).toBe('sender: ack 1: one\nsender: ack 2: two\n');
      expect(r.code).toBe(0);
    } finally { await p.close(); responder.close(); }
  });
  it('overlapped I/O with completion routines echoes through the proxy', async () => {
    const r = await run('overlapped_echo_client', ['127.0.0.1', String(echoPort), '200'], { env: { WINSOCK_PROXY: proxy.url } });
    expect(r.stdout).toMatch(/200 messages, (\d+) bytes sent, \1 bytes echoed and verified/);
    expect(r.code).toBe(0);
  });
  it('a forbidden target reaches the program as WSAEACCES (10013), never a hang, and is not reached', async () => {
    const r = await run('overlapped_echo_client', ['127.0.0.1', String(forbiddenPort), '1'], { env: { WINSOCK_PROXY: proxy.url }, timeoutMs: 15_000 });
    expect(r.stdout).toContain(`cannot connect to 127.0.0.1:${forbiddenPort} (10013)`);
    expect(forbiddenSeen).toBe(0);
  });
  it('no proxy listening: the program sees WSAECONNREFUSED (10061)', async () => {
    const port = await freePort();
    // The name is a literal, so getaddrinfo needs no lookup at the (missing) proxy.
    const r = await run('overlapped_echo_client', ['127.0.0.1', String(echoPort), '1'], { env: { WINSOCK_PROXY: `ws://127.0.0.1:${port}/` }, timeoutMs: 15_000 });
    expect(r.stdout).toContain('(10061)');
  });
  it('a proxy that wants a token the program lacks: WSAEACCES (10013)', async () => {
    const p = await startProxy(options({ token: 's3cret' }));
    try {
      const r = await run('overlapped_echo_client', ['127.0.0.1', String(echoPort), '1'], { env: { WINSOCK_PROXY: p.url }, timeoutMs: 15_000 });
      expect(r.stdout).toContain('(10013)');
      const ok = await run('overlapped_echo_client', ['127.0.0.1', String(echoPort), '5'], { env: { WINSOCK_PROXY: `${p.url}?token=s3cret` } });
      expect(ok.code).toBe(0);
    } finally { await p.close(); }
  });
  it('one log line per session: client, target, bytes each way, close reason', () => {
    expect(logs.some((l) => /^session client=127\.0\.0\.1 kind=tcp target=127\.0\.0\.1:\d+ up=12 down=12 reason=/.test(l))).toBe(true);
  });
});

describe('IPv6 targets and host-name rules, end to end', () => {
  it('[::1]:port admits an IPv6 server, reached by a Windows client that names ::1; the IPv4 loopback on that port is not admitted', async () => {
    const v6 = net.createServer({ allowHalfOpen: true }, (s) => s.pipe(s));
    const p6 = await new Promise<number>((r) => v6.listen(0, '::1', () => r((v6.address() as net.AddressInfo).port)));
    const p = await startProxy(options({ allow: [parseRule(`[::1]:${p6}`)] }));
    try {
      const r = await run('unseen_client', ['::1', String(p6)], { env: { WINSOCK_PROXY: p.url } });
      expect(r.stdout).toContain('Bytes received: 14');
      expect(r.code).toBe(0);
      expect(await tryConnect(p.url, '::1', p6, 6)).toBe('connected');
      expect(await tryConnect(p.url, '127.0.0.1', p6)).toBe('EACCES');
      await waitFor(() => logs.some((l) => l.includes(`kind=tcp target=[::1]:${p6} up=14 down=14`)));
    } finally { await p.close(); v6.close(); }
  });

  it('a host-name rule admits the addresses the name resolves to, on its ports only; a name that resolves to nothing admits nothing', async () => {
    const p = await startProxy(options({ allow: [parseRule(`localhost:${echoPort}`), parseRule(`nothing.invalid:${forbiddenPort}`)] }));
    try {
      // The program names the host; the proxy resolves it and checks the address it connects to.
      const r = await run('unseen_client', ['localhost', String(echoPort)], { env: { WINSOCK_PROXY: p.url } });
      expect(r.stdout).toContain('Bytes received: 14');
      expect(r.code).toBe(0);
      // A literal that the name resolves to is the same target.
      expect(await tryConnect(p.url, '127.0.0.1', echoPort)).toBe('connected');
      // Another port of that host is not.
      const before = forbiddenSeen;
      expect(await tryConnect(p.url, '127.0.0.1', forbiddenPort)).toBe('EACCES');
      expect(forbiddenSeen).toBe(before);
    } finally { await p.close(); }
  });
});

describe('wss (--cert, --key)', () => {
  const tls = new URL('../fixtures/proxy-tls/', import.meta.url);
  const certFile = new URL('cert.pem', tls).pathname;
  const keyFile = new URL('key.pem', tls).pathname;

  it('serves wss: a client that trusts the certificate echoes; a C program given the CA (NODE_EXTRA_CA_CERTS) runs through it', async () => {
    const p = await startProxy(options({ cert: certFile, key: keyFile }));
    try {
      expect(p.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/$/);
      const ca = fs.readFileSync(certFile);
      const ws = new WebSocket(p.url, { ca });
      const got: Buffer[] = [];
      ws.on('message', (d: Buffer) => got.push(d));
      await new Promise<void>((r, j) => { ws.once('open', () => r()); ws.once('error', j); });
      ws.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done());
      await waitFor(() => got.length >= 1);
      expect(new FrameReader(new Uint8Array(got[0])).type).toBe(Frame.CONNECTED);
      ws.close();
      const r = await run('tcp_echo', ['client', '127.0.0.1', String(echoPort), 'over', 'tls'], { env: { WINSOCK_PROXY: p.url, NODE_EXTRA_CA_CERTS: certFile } });
      expect(r.stdout).toContain('client: 9 of 9 bytes came back');
      expect(r.code).toBe(0);
    } finally { await p.close(); }
  });

  it('a program that does not trust the certificate cannot use the proxy: WSAECONNREFUSED (10061), not a hang', async () => {
    const p = await startProxy(options({ cert: certFile, key: keyFile }));
    try {
      const r = await run('overlapped_echo_client', ['127.0.0.1', String(echoPort), '1'], { env: { WINSOCK_PROXY: p.url, NODE_EXTRA_CA_CERTS: '' }, timeoutMs: 15_000 });
      expect(r.stdout).toContain('(10061)');
      expect(r.code).not.toBe(0);
    } finally { await p.close(); }
  });

  it('a plain ws:// client cannot talk to the wss port', async () => {
    const p = await startProxy(options({ cert: certFile, key: keyFile }));
    try {
      const c = new Raw(p.url.replace('wss:', 'ws:'));
      expect(await c.opened).toBe(false);
    } finally { await p.close(); }
  });
});
