// winsock-proxy against hostile clients (docs/PROXY.md): whatever one client sends, only its
// own session ends, with the documented error or close code; the proxy never crashes or
// stalls, releases every slot it counted, writes one log line per session, and another
// session keeps echoing meanwhile.
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Frame, Option, dataFrame, frame, type FrameReader } from '../../host/proxy/frames.js';
import { parseRule } from '../../host/proxy/rules.js';
import { DEFAULTS, startProxy, type ProxyOptions, type RunningProxy } from '../../host/proxy/server.js';
import { waitFor } from '../helpers.js';
import { Raw, echoSession, rawHttp, upgradeRequest } from '../proxy-client.js';

let echo: net.Server;
let echoPort: number;
const logs: string[] = [];

function options(over: Partial<ProxyOptions>): ProxyOptions {
  return {
    host: '127.0.0.1', port: 0, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
    maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: (l) => logs.push(l),
    allow: [parseRule(`127.0.0.1:${echoPort}`)],
    ...over,
  };
}

/** Runs `body` against a proxy of its own, closed afterwards. */
async function withProxy(over: Partial<ProxyOptions>, body: (p: RunningProxy) => Promise<void>): Promise<void> {
  const p = await startProxy(options(over));
  try { await body(p); } finally { await p.close(); }
}

/** Whether `cond` holds within `ms` (the proxy sees a close a moment after the client does). */
async function settles(cond: () => boolean, ms = 2000): Promise<boolean> {
  try { await waitFor(cond, ms); } catch { /* reported by the caller's expect */ }
  return cond();
}

/** Sends `request` and ends its connection at once (FIN, or a reset). */
function requestThenClose(port: number, request: string, how: 'end' | 'reset'): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(request);
      if (how === 'end') s.end(); else s.resetAndDestroy();
    });
    s.on('error', () => {});
    s.resume(); // read the proxy's answer and FIN, so that this side closes too
    s.on('close', () => resolve(''));
  });
}

/**
 * A connection that sends `request` one byte every `everyMs` (or nothing, for ''); resolves
 * to how long after connecting the proxy closed it, and what it answered first.
 */
function trickle(port: number, request: string, everyMs = 20): Promise<{ ms: number; answer: string }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let at = 0;
    let answer = '';
    const s = net.connect(port, '127.0.0.1');
    const tick = setInterval(() => { if (at < request.length && s.writable) s.write(request[at++]); }, everyMs);
    s.on('data', (d) => { answer += d.toString('latin1'); });
    s.on('error', () => {});
    s.on('close', () => { clearInterval(tick); resolve({ ms: Date.now() - t0, answer: answer.split('\r\n')[0] }); });
  });
}

/** Everything the proxy sends a session until it closes: frame names (ERROR with its code), PEER_DATA joined. */
async function untilClosed(c: Raw, ms = 5000): Promise<{ frames: string[]; data: string; code: number | undefined }> {
  await c.closed(ms);
  const names: Record<number, string> = Object.fromEntries(Object.entries(Frame).map(([k, v]) => [v, k]));
  const frames: string[] = [];
  let data = '';
  for (const f of c.frames.splice(0) as FrameReader[]) {
    if (f.type === Frame.PEER_DATA) { data += new TextDecoder().decode(f.rest()); if (frames.at(-1) !== 'PEER_DATA') frames.push('PEER_DATA'); }
    else frames.push(f.type === Frame.ERROR ? `ERROR ${f.str()}` : names[f.type] ?? `0x${f.type.toString(16)}`);
  }
  return { frames, data, code: c.closeCode };
}

const text = (t: string) => new TextEncoder().encode(t);
const connectEcho = () => frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done();

beforeAll(async () => {
  echo = net.createServer({ allowHalfOpen: true }, (s) => { s.on('error', () => {}); s.pipe(s); });
  echoPort = await new Promise<number>((r) => echo.listen(0, '127.0.0.1', () => r((echo.address() as net.AddressInfo).port)));
});

afterAll(() => { echo?.close(); });

const KEY = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
const V13 = 'Sec-WebSocket-Version: 13\r\n';

/** Upgrade requests the proxy must reject, each with what it answers ('' for nothing) and the options that make it a rejection. */
const REJECTED: { what: string; over?: Partial<ProxyOptions>; send: (port: number) => Promise<string>; answer: string | undefined }[] = [
  { what: 'an unsupported Sec-WebSocket-Version (12)', send: (port) => rawHttp(port, upgradeRequest(KEY + 'Sec-WebSocket-Version: 12\r\n')), answer: 'HTTP/1.1 400 Bad Request' },
  { what: 'no Sec-WebSocket-Key', send: (port) => rawHttp(port, upgradeRequest(V13)), answer: 'HTTP/1.1 400 Bad Request' },
  { what: 'a malformed Sec-WebSocket-Key', send: (port) => rawHttp(port, upgradeRequest('Sec-WebSocket-Key: short\r\n' + V13)), answer: 'HTTP/1.1 400 Bad Request' },
  { what: 'a method other than GET', send: (port) => rawHttp(port, upgradeRequest().replace('GET', 'POST')), answer: 'HTTP/1.1 405 Method Not Allowed' },
  { what: 'an Upgrade other than websocket', send: (port) => rawHttp(port, upgradeRequest().replace('Upgrade: websocket', 'Upgrade: h2c')), answer: 'HTTP/1.1 400 Bad Request' },
  { what: 'a foreign Origin', over: { origins: ['https://good.example'] }, send: (port) => rawHttp(port, upgradeRequest(KEY + V13 + 'Origin: https://evil.example\r\n')), answer: 'HTTP/1.1 403 Forbidden' },
  { what: 'a wrong token', over: { token: 's3cret' }, send: (port) => rawHttp(port, upgradeRequest(undefined, '/?token=wrong')), answer: 'HTTP/1.1 401 Unauthorized' },
  { what: 'oversize headers', send: (port) => rawHttp(port, upgradeRequest(KEY + V13 + `X-Pad: ${'a'.repeat(20_000)}\r\n`)), answer: 'HTTP/1.1 431 Request Header Fields Too Large' },
  { what: 'a request followed at once by FIN', send: (port) => requestThenClose(port, upgradeRequest(), 'end'), answer: undefined },
  { what: 'a request followed at once by a reset', send: (port) => requestThenClose(port, upgradeRequest(), 'reset'), answer: undefined },
  { what: 'a request abandoned mid-headers', send: (port) => rawHttp(port, upgradeRequest().slice(0, 40), 200), answer: '' },
];

describe('a rejected handshake releases what it counted', { timeout: 20_000 }, () => {
  for (const r of REJECTED) {
    it(`${r.what}: a flood of them from one address leaves nothing counted, and a valid client from it is served`, async () => {
      await withProxy({ maxPerClient: 4, maxTotal: 4, ...r.over }, async (p) => {
        const answers = await Promise.all(Array.from({ length: 12 }, () => r.send(p.port)));
        if (r.answer !== undefined) expect(answers).toEqual(Array(12).fill(r.answer));
        expect(await settles(() => p.connections === 0)).toBe(true);
        expect(p.sessions).toBe(0);
        const url = r.over?.token ? `${p.url}?token=${r.over.token}` : p.url;
        const talks = await Promise.all(Array.from({ length: 4 }, () => echoSession(url, echoPort)));
        for (const talk of talks) expect(await talk('served')).toBe('served');
      });
    });
  }
});

describe('hostile handshakes', { timeout: 20_000 }, () => {
  it('an upgrade URL that does not parse (//[, http://[) is answered, not thrown out of the upgrade handler', async () => {
    await withProxy({ token: 's3cret' }, async (p) => {
      const talk = await echoSession(`${p.url}?token=s3cret`, echoPort);
      for (const path of ['//[', 'http://[', '//[::1']) {
        expect(await rawHttp(p.port, upgradeRequest(undefined, path))).toBe('HTTP/1.1 401 Unauthorized');
      }
      expect(await talk('still here')).toBe('still here');
    });
    await withProxy({}, async (p) => {
      // Without --token the path does not matter: the handshake completes.
      expect(await rawHttp(p.port, upgradeRequest(undefined, '//['), 300)).toBe('HTTP/1.1 101 Switching Protocols');
    });
  });
});

/** Client-supplied text that must not break a log line or forge a field: what it holds, and the text. */
const HOSTILE: [string, string][] = [
  ['a newline that starts a forged line', '10.9.9.9\nwinsock-proxy: session client=6.6.6.6 kind=tcp target=1.2.3.4:80 up=0 down=0 reason="done"'],
  ['a carriage return', 'a\rwinsock-proxy: forged'],
  ['a tab', 'a\tb'],
  ['a NUL', 'a\0b'],
  ['an escape sequence (another C0 control)', 'a\x1b[2Jb'],
  ['a C1 control (NEL)', 'a\u0085b'],
  ['a line separator (U+2028)', 'a\u2028b'],
  ['a paragraph separator (U+2029)', 'a\u2029b'],
  ['a quote and a backslash', 'a" reason="forged\\'],
  ['a space and a forged field', 'a client=6.6.6.6'],
  ['a right-to-left override', 'a\u202eb'],
];

/** What a log line must never hold: a line end of any kind, or another control character. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/;

/** The fields of a log line after its event word, quoted values decoded as the JSON strings they are. */
function fieldsOf(line: string): [string, string][] {
  const out: [string, string][] = [];
  const re = / (\w+)=("(?:[^"\\]|\\.)*"|[^ "]+)/gy;
  re.lastIndex = line.indexOf(' ');
  for (let m; (m = re.exec(line));) out.push([m[1], m[2].startsWith('"') ? JSON.parse(m[2]) as string : m[2]]);
  expect(re.lastIndex === 0 ? line.length : re.lastIndex).toBe(line.length); // nothing left unparsed
  return out;
}

/** Runs one session through a proxy of its own and returns the log lines it wrote. */
async function loggedSession(session: (url: string) => Promise<void>, over: Partial<ProxyOptions> = {}): Promise<string[]> {
  const lines: string[] = [];
  await withProxy({ ...over, log: (l) => lines.push(l) }, async (p) => {
    await session(p.url);
    await waitFor(() => lines.length > 0 && p.connections === 0);
    await new Promise((r) => setTimeout(r, 20)); // a second line would be written by now
  });
  return lines;
}

describe('log lines: client-supplied text is escaped, one session is one line', { timeout: 20_000 }, () => {
  for (const [what, text] of HOSTILE) {
    it(`a CONNECT target with ${what}: one line, the target recoverable from its field, no field forged`, async () => {
      const lines = await loggedSession(async (url) => {
        const c = new Raw(url);
        c.send(frame(Frame.CONNECT).addr({ family: 4, address: text, port: echoPort }).done());
        expect((await c.next(Frame.ERROR)).str()).toBe('EHOSTUNREACH');
        await c.closed();
      });
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toMatch(LINE_BREAKING);
      const f = fieldsOf(lines[0]);
      expect(f.map(([k]) => k)).toEqual(['client', 'kind', 'target', 'up', 'down', 'reason']);
      expect(f[0][1]).toBe('127.0.0.1');
      expect(f[2][1]).toBe(text.includes(':') ? `[${text}]:${echoPort}` : `${text}:${echoPort}`);
    });
    it(`a LOOKUP name with ${what}: one line; the name, and the resolver's message that repeats it, recoverable`, async () => {
      const lines = await loggedSession(async (url) => {
        const c = new Raw(url);
        c.send(frame(Frame.LOOKUP).u8(0).str(text).done());
        await c.next(Frame.ERROR);
        await c.closed();
      });
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toMatch(LINE_BREAKING);
      const f = new Map(fieldsOf(lines[0]));
      expect(f.get('kind')).toBe('lookup');
      expect(f.get('target')).toBe(text);
      expect(f.get('reason')).toContain(text);
    });
  }
  it('a close reason from the client with a newline stays in its quoted field', async () => {
    const lines = await loggedSession(async (url) => {
      const c = new Raw(url);
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done());
      await c.next(Frame.CONNECTED);
      c.ws.close(4000, 'bye\nwinsock-proxy: session client=6.6.6.6');
      await c.closed();
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(LINE_BREAKING);
    expect(new Map(fieldsOf(lines[0])).get('reason')).toBe('client closed (4000 bye\nwinsock-proxy: session client=6.6.6.6)');
  });
  it('a refused Origin with a space and a forged field is one quoted field of the refusal line', async () => {
    const lines = await loggedSession(async (url) => {
      const c = new Raw(url, { Origin: 'https://evil.example status=101' });
      expect(await c.opened).toBe(false);
    }, { origins: ['https://good.example'] });
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith('refused ')).toBe(true);
    expect(fieldsOf(lines[0])).toEqual([['client', '127.0.0.1'], ['origin', 'https://evil.example status=101'], ['status', '403']]);
  });
});

describe('the handshake deadline (--handshake-timeout) bounds every unfinished handshake', { timeout: 20_000 }, () => {
  const HANDSHAKE_MS = 400;
  it('slowloris: upgrade requests trickled a byte at a time are closed (408) at the deadline; another session keeps echoing', async () => {
    await withProxy({ handshakeMs: HANDSHAKE_MS, maxPerClient: 4 }, async (p) => {
      const talk = await echoSession(p.url, echoPort);
      const slow = Array.from({ length: 20 }, () => trickle(p.port, upgradeRequest(KEY + V13 + `X-Pad: ${'a'.repeat(500)}\r\n`)));
      for (let i = 0; i < 3; i++) expect(await talk(`meanwhile ${i}`)).toBe(`meanwhile ${i}`);
      for (const { ms, answer } of await Promise.all(slow)) {
        expect(ms).toBeGreaterThanOrEqual(HANDSHAKE_MS - 50);
        expect(ms).toBeLessThan(HANDSHAKE_MS + 1000);
        expect(answer).toBe('HTTP/1.1 408 Request Timeout');
      }
      expect(await talk('after')).toBe('after');
      expect(await settles(() => p.connections === 1)).toBe(true);
    });
  });
  it('a connection that sends nothing at all is closed at the deadline', async () => {
    await withProxy({ handshakeMs: HANDSHAKE_MS }, async (p) => {
      const { ms } = await trickle(p.port, '');
      expect(ms).toBeGreaterThanOrEqual(HANDSHAKE_MS - 50);
      expect(ms).toBeLessThan(HANDSHAKE_MS + 1000);
    });
  });
  it('a WebSocket that never sends its first frame gets ERROR ETIMEDOUT and is closed at the deadline, its slot released', async () => {
    const lines: string[] = [];
    await withProxy({ handshakeMs: HANDSHAKE_MS, maxPerClient: 2, log: (l) => lines.push(l) }, async (p) => {
      const t0 = Date.now();
      const silent = [new Raw(p.url), new Raw(p.url)];
      for (const c of silent) expect(await c.opened).toBe(true);
      for (const c of silent) {
        expect((await c.next(Frame.ERROR, 3000)).str()).toBe('ETIMEDOUT');
        await c.closed();
        expect(c.closeCode).toBe(1000);
      }
      expect(Date.now() - t0).toBeLessThan(HANDSHAKE_MS + 1000);
      expect(await settles(() => p.connections === 0)).toBe(true);
      expect(lines.filter((l) => l.includes('reason="ETIMEDOUT no first frame"'))).toHaveLength(2);
      const talk = await echoSession(p.url, echoPort);
      expect(await talk('served')).toBe('served');
    });
  });
  it('wss: a connection that never starts TLS, and one that trickles its request after TLS, are closed at the deadline', async () => {
    const dir = new URL('../fixtures/proxy-tls/', import.meta.url);
    const cert = new URL('cert.pem', dir).pathname;
    await withProxy({ handshakeMs: HANDSHAKE_MS, cert, key: new URL('key.pem', dir).pathname }, async (p) => {
      const t0 = Date.now();
      const noTls = trickle(p.port, '');
      const slowAfterTls = new Promise<number>((resolve) => {
        const s = tls.connect({ port: p.port, host: '127.0.0.1', ca: fs.readFileSync(cert) }, () => {
          const request = upgradeRequest();
          let at = 0;
          const tick = setInterval(() => { if (at < request.length && s.writable) s.write(request[at++]); }, 20);
          s.on('close', () => clearInterval(tick));
        });
        s.on('error', () => {});
        s.resume();
        s.on('close', () => resolve(Date.now() - t0));
      });
      expect((await noTls).ms).toBeLessThan(HANDSHAKE_MS + 1000);
      const ms = await slowAfterTls;
      expect(ms).toBeGreaterThanOrEqual(HANDSHAKE_MS - 50);
      expect(ms).toBeLessThan(2 * HANDSHAKE_MS + 1000);
    });
  });
  it('the deadline ends with the first frame: a session quiet for longer than it keeps working', async () => {
    await withProxy({ handshakeMs: 200 }, async (p) => {
      const talk = await echoSession(p.url, echoPort);
      await new Promise((r) => setTimeout(r, 500));
      expect(await talk('still open')).toBe('still open');
    });
  });
});

describe('frames in any order: before CONNECTED, after END, out of turn', { timeout: 20_000 }, () => {
  let p: RunningProxy;
  beforeAll(async () => { p = await startProxy(options({})); });
  afterAll(() => p?.close());

  it('OPTION, DATA and END sent at once after CONNECT, before CONNECTED arrives, are applied in order once the connection exists', async () => {
    const c = new Raw(p.url);
    expect(await c.opened).toBe(true);
    // One burst: the proxy reads them while it is still checking the target.
    c.ws.send(connectEcho());
    c.ws.send(frame(Frame.OPTION).u8(Option.NO_DELAY).u8(1).done());
    c.ws.send(dataFrame(Frame.DATA, text('early ')));
    c.ws.send(dataFrame(Frame.DATA, text('bird')));
    c.ws.send(frame(Frame.END).done());
    expect(await untilClosed(c)).toEqual({ frames: ['CONNECTED', 'PEER_DATA', 'PEER_END'], data: 'early bird', code: 1000 });
  });
  it('PAUSE and RESUME before CONNECTED: the connection is read once resumed', async () => {
    const c = new Raw(p.url);
    c.send(connectEcho());
    c.send(frame(Frame.PAUSE).done());
    c.send(dataFrame(Frame.DATA, text('held')));
    await c.next(Frame.CONNECTED);
    await new Promise((r) => setTimeout(r, 100));
    expect(c.frames).toHaveLength(0); // paused: the echo waits at the proxy
    c.send(frame(Frame.RESUME).done());
    c.send(frame(Frame.END).done());
    expect(await untilClosed(c)).toEqual({ frames: ['PEER_DATA', 'PEER_END'], data: 'held', code: 1000 });
  });
  it('DATA after END is a protocol error (ERROR EPROTO, close 1002), before CONNECTED and after', async () => {
    const early = new Raw(p.url);
    for (const f of [connectEcho(), frame(Frame.END).done(), dataFrame(Frame.DATA, text('late'))]) early.send(f);
    const late = new Raw(p.url);
    late.send(connectEcho());
    await late.next(Frame.CONNECTED);
    late.send(frame(Frame.END).done());
    late.send(dataFrame(Frame.DATA, text('late')));
    for (const c of [early, late]) {
      const r = await untilClosed(c);
      expect(r.frames.at(-1)).toBe('ERROR EPROTO');
      expect(r.code).toBe(1002);
    }
  });
  it('RESUME without PAUSE changes nothing: the session keeps echoing', async () => {
    const c = new Raw(p.url);
    c.send(connectEcho());
    await c.next(Frame.CONNECTED);
    c.send(frame(Frame.RESUME).done());
    c.send(frame(Frame.RESUME).done());
    c.send(dataFrame(Frame.DATA, text('same')));
    c.send(frame(Frame.END).done());
    expect(await untilClosed(c)).toEqual({ frames: ['PEER_DATA', 'PEER_END'], data: 'same', code: 1000 });
  });
});

describe('what goes wrong inside a session ends that session only', { timeout: 20_000 }, () => {
  it('a REVERSE answer longer than a frame field allows in bytes (200 non-ASCII characters) is ERROR NO_RECOVERY, not a throw from the resolver callback', async () => {
    const long = 'ü'.repeat(200); // 200 characters, 400 bytes of UTF-8
    const spy = vi.spyOn(dns, 'lookupService').mockImplementation(((_a: string, _p: number, cb: (e: null, h: string, s: string) => void) => {
      setImmediate(() => cb(null, long, 'echo'));
    }) as typeof dns.lookupService);
    try {
      await withProxy({}, async (p) => {
        const talk = await echoSession(p.url, echoPort);
        const c = new Raw(p.url);
        c.send(frame(Frame.REVERSE).addr({ family: 4, address: '127.0.0.1', port: 7 }).done());
        expect(await untilClosed(c)).toMatchObject({ frames: ['ERROR NO_RECOVERY'], code: 1000 });
        expect(await talk('still here')).toBe('still here');
      });
    } finally { spy.mockRestore(); }
  });
  it('an exception in a session\'s asynchronous work (the resolver throwing) is ERROR ENETDOWN and close 1011, for a CONNECT and for a datagram, never an unhandled rejection', async () => {
    await withProxy({ allow: [parseRule(`127.0.0.1:${echoPort}`), parseRule(`resolver.invalid:${echoPort}`)] }, async (p) => {
      const talk = await echoSession(p.url, echoPort);
      const lookup = dns.lookup;
      const spy = vi.spyOn(dns, 'lookup').mockImplementation(((name: string, ...rest: unknown[]) => {
        if (name === 'resolver.invalid') throw new Error('resolver broke');
        return (lookup as (...a: unknown[]) => unknown)(name, ...rest);
      }) as typeof dns.lookup);
      try {
        const tcp = new Raw(p.url);
        tcp.send(frame(Frame.CONNECT).addr({ family: 4, address: 'resolver.invalid', port: echoPort }).done());
        expect(await untilClosed(tcp)).toMatchObject({ frames: ['ERROR ENETDOWN'], code: 1011 });
        const udp = new Raw(p.url);
        udp.send(frame(Frame.UDP_OPEN).u8(4).done());
        await udp.next(Frame.UDP_BOUND);
        udp.send(frame(Frame.UDP_SEND).addr({ family: 4, address: 'resolver.invalid', port: echoPort }).bytes(text('x')).done());
        expect(await untilClosed(udp)).toMatchObject({ frames: ['ERROR ENETDOWN'], code: 1011 });
      } finally { spy.mockRestore(); }
      expect(await talk('still here')).toBe('still here');
    });
  });
  it('frames that arrive after the proxy ended a session are not acted on: DATA after a refused CONNECT is not counted as sent', async () => {
    const lines = await loggedSession(async (url) => {
      const c = new Raw(url);
      c.ws.on('message', () => c.ws.send(dataFrame(Frame.DATA, new Uint8Array(1000)))); // at once, before the close frame is read
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: 1 }).done());
      expect((await untilClosed(c)).frames).toEqual(['ERROR EACCES']);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(' up=0 down=0 ');
  });
});

/** A frame from raw bytes. */
const bytes = (...b: number[]) => Uint8Array.from(b);
const tcpFirst = () => connectEcho();
const udpFirst = () => frame(Frame.UDP_OPEN).u8(4).done();

/**
 * Malformed and out-of-turn frames: what the client sends, in one burst (so a frame out of
 * turn arrives before the answer to the first, and nothing but the error is answered),
 * and the frames and close code the proxy must answer with. EPROTO and 1002 are the
 * documented answer to a protocol error.
 */
const MALFORMED: { what: string; send: (Uint8Array | string)[]; frames: (string | RegExp)[]; code: number }[] = [
  { what: 'an empty frame', send: [new Uint8Array(0)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'a text frame', send: ['CONNECT 127.0.0.1'], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'an unknown first frame type', send: [bytes(0x99)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'a proxy-to-client frame type from the client', send: [bytes(Frame.CONNECTED)], frames: ['ERROR EPROTO'], code: 1002 },
  ...[Frame.DATA, Frame.END, Frame.RESET, Frame.PAUSE, Frame.RESUME, Frame.OPTION, Frame.UDP_SEND].map((t) => (
    { what: `frame 0x${t.toString(16)} as the first frame`, send: [bytes(t, 1, 1)], frames: ['ERROR EPROTO'], code: 1002 })),
  { what: 'CONNECT with nothing after the type', send: [bytes(Frame.CONNECT)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'CONNECT cut off in its port', send: [bytes(Frame.CONNECT, 4, 0)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'CONNECT whose address length runs past the frame', send: [bytes(Frame.CONNECT, 4, 0, 7, 200, 0x31)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'CONNECT declaring a 255-byte address and carrying none', send: [bytes(Frame.CONNECT, 4, 0, 7, 255)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'CONNECT with address family 5', send: [bytes(Frame.CONNECT, 5, 0, 7, 1, 0x31)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'CONNECT with address family 0', send: [bytes(Frame.CONNECT, 0, 0, 7, 1, 0x31)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'CONNECT to an address that is not UTF-8', send: [bytes(Frame.CONNECT, 4, 0, 7, 2, 0xff, 0xfe)], frames: ['ERROR EHOSTUNREACH'], code: 1000 },
  { what: 'UDP_OPEN with no family', send: [bytes(Frame.UDP_OPEN)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'UDP_OPEN with family 9', send: [bytes(Frame.UDP_OPEN, 9)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'LOOKUP with no family', send: [bytes(Frame.LOOKUP)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'LOOKUP with no name length', send: [bytes(Frame.LOOKUP, 0)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'LOOKUP declaring a 255-byte name and carrying one byte', send: [bytes(Frame.LOOKUP, 0, 255, 0x61)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'LOOKUP of a 255-byte name', send: [frame(Frame.LOOKUP).u8(0).str('a'.repeat(255)).done()], frames: [/^ERROR /], code: 1000 },
  { what: 'LOOKUP of a name with NUL bytes', send: [frame(Frame.LOOKUP).u8(4).str('local\0host').done()], frames: [/^ERROR /], code: 1000 },
  { what: 'LOOKUP with family 77 (taken as any)', send: [frame(Frame.LOOKUP).u8(77).str('localhost').done()], frames: ['LOOKUP_RESULT'], code: 1000 },
  { what: 'REVERSE cut off in its port', send: [bytes(Frame.REVERSE, 4, 0)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'REVERSE with a bad family', send: [bytes(Frame.REVERSE, 7, 0, 80, 1, 0x31)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'REVERSE of text that is not an address', send: [frame(Frame.REVERSE).addr({ family: 4, address: 'not an address', port: 80 }).done()], frames: ['ERROR EINVAL'], code: 1000 },
  { what: 'a second CONNECT on a TCP session', send: [tcpFirst(), tcpFirst()], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'UDP_SEND on a TCP session', send: [tcpFirst(), frame(Frame.UDP_SEND).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done()], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'OPTION cut off on a TCP session', send: [tcpFirst(), bytes(Frame.OPTION, Option.NO_DELAY)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'an unknown frame type on a TCP session', send: [tcpFirst(), bytes(0x7f)], frames: ['ERROR EPROTO'], code: 1002 },
  ...[Frame.DATA, Frame.END, Frame.RESET, Frame.PAUSE, Frame.RESUME, Frame.OPTION].map((t) => (
    { what: `TCP frame 0x${t.toString(16)} on a UDP session`, send: [udpFirst(), bytes(t, 1, 1)], frames: ['ERROR EPROTO'], code: 1002 })),
  { what: 'UDP_SEND with a truncated destination', send: [udpFirst(), bytes(Frame.UDP_SEND, 4, 0)], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'a second UDP_OPEN', send: [udpFirst(), udpFirst()], frames: ['ERROR EPROTO'], code: 1002 },
  { what: 'DATA on a lookup session', send: [frame(Frame.LOOKUP).u8(4).str('localhost').done(), dataFrame(Frame.DATA, text('x'))], frames: ['ERROR EPROTO'], code: 1002 },
];

describe('malformed and out-of-turn frames end their own session with the documented code', { timeout: 20_000 }, () => {
  const lines: string[] = [];
  let p: RunningProxy;
  let talk: (t: string) => Promise<string>;
  beforeAll(async () => {
    p = await startProxy(options({ log: (l) => lines.push(l) }));
    talk = await echoSession(p.url, echoPort);
  });
  afterAll(() => p?.close());

  for (const m of MALFORMED) {
    it(`${m.what}: ${m.frames.join(', ')}, close ${m.code}; one log line; another session keeps echoing`, async () => {
      const before = lines.length;
      const c = new Raw(p.url);
      expect(await c.opened).toBe(true);
      for (const f of m.send) c.ws.send(f); // one burst, as a hostile client would
      const r = await untilClosed(c);
      expect(r.frames).toHaveLength(m.frames.length);
      m.frames.forEach((want, i) => expect(r.frames[i]).toMatch(want));
      expect(r.code).toBe(m.code);
      await waitFor(() => lines.length > before);
      expect(await talk(m.what)).toBe(m.what);
      expect(lines.length).toBe(before + 1);
    });
  }
  it('after all of them, only the echo session is left counted and open', async () => {
    expect(await settles(() => p.connections === 1)).toBe(true);
    expect(p.sessions).toBe(1);
  });
});

/** A TCP server that streams to each client until it goes, counting the connections it has open. */
async function bulkServer(): Promise<{ port: number; open: () => number; close: () => void }> {
  let open = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const srv = net.createServer((s) => {
    open++;
    s.on('error', () => {});
    s.on('close', () => { open--; });
    const pump = () => { while (!s.destroyed && s.write(chunk)); };
    s.on('drain', pump);
    s.on('data', () => {});
    pump();
  });
  const port = await new Promise<number>((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as net.AddressInfo).port)));
  return { port, open: () => open, close: () => srv.close() };
}

/** The TCP socket under a client WebSocket, for resetting it (a RST, not a close frame). */
function socketOf(c: Raw): Promise<net.Socket> {
  return new Promise((r) => c.ws.once('upgrade', (res) => r(res.socket as net.Socket)));
}

describe('a client that vanishes (TCP reset) at any stage ends only its own session', { timeout: 20_000 }, () => {
  let bulk: Awaited<ReturnType<typeof bulkServer>>;
  beforeAll(async () => { bulk = await bulkServer(); });
  afterAll(() => bulk?.close());

  /** Each stage: how to bring a session there (resolving once it is), given a fresh client. */
  const STAGES: { what: string; reach: (c: Raw) => Promise<void> }[] = [
    { what: 'right after the upgrade, before any frame', reach: async (c) => { await c.opened; }},
    { what: 'during the allow check of its CONNECT', reach: async (c) => { await c.opened; c.ws.send(connectEcho()); }},
    { what: 'connected, with data streaming down and up', reach: async (c) => {
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: bulk.port }).done());
      await c.next(Frame.CONNECTED);
      c.send(dataFrame(Frame.DATA, new Uint8Array(256 * 1024)));
      await waitFor(() => c.frames.length > 20);
    }},
    { what: 'connected, stalled: it stopped reading and the proxy paused the TCP socket', reach: async (c) => {
      c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: bulk.port }).done());
      await c.next(Frame.CONNECTED);
      c.ws.pause();
      await new Promise((r) => setTimeout(r, 300));
    }},
    { what: 'with a UDP socket open and a datagram in flight', reach: async (c) => {
      c.send(udpFirst());
      await c.next(Frame.UDP_BOUND);
      c.ws.send(frame(Frame.UDP_SEND).addr({ family: 4, address: '127.0.0.1', port: echoPort }).bytes(text('x')).done());
    }},
    { what: 'with a LOOKUP under way', reach: async (c) => { await c.opened; c.ws.send(frame(Frame.LOOKUP).u8(0).str('localhost').done()); }},
  ];

  for (const stage of STAGES) {
    it(`${stage.what}: the proxy cleans up (target connection, counts, one log line) and another session keeps echoing`, async () => {
      const lines: string[] = [];
      await withProxy({ allow: [parseRule(`127.0.0.1:${echoPort}`), parseRule(`127.0.0.1:${bulk.port}`)], log: (l) => lines.push(l) }, async (p) => {
        const talk = await echoSession(p.url, echoPort);
        const c = new Raw(p.url);
        const socket = socketOf(c);
        await stage.reach(c);
        (await socket).resetAndDestroy();
        expect(await talk('meanwhile')).toBe('meanwhile');
        expect(await settles(() => p.connections === 1 && p.sessions === 1 && bulk.open() === 0, 5000)).toBe(true);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/reason="client closed \(1006\)"$/);
      });
    });
  }

  it('many connections abandoned mid-handshake (partial headers, then FIN or a reset) and WebSockets dropped before their first frame leave nothing behind', async () => {
    const lines: string[] = [];
    await withProxy({ maxPerClient: 8, log: (l) => lines.push(l) }, async (p) => {
      const talk = await echoSession(p.url, echoPort);
      const partial = upgradeRequest().slice(0, 60);
      const abandoned = Array.from({ length: 60 }, (_, i) => new Promise<void>((resolve) => {
        const s = net.connect(p.port, '127.0.0.1', () => {
          s.write(partial);
          setTimeout(() => (i % 2 ? s.end() : s.resetAndDestroy()), 20);
        });
        s.on('error', () => {});
        s.resume();
        s.on('close', () => resolve());
      }));
      const dropped: Promise<void>[] = [];
      for (let round = 0; round < 5; round++) {
        const batch = Array.from({ length: 7 }, () => new Raw(p.url));
        const sockets = batch.map(socketOf);
        for (const c of batch) expect(await c.opened).toBe(true);
        for (const [n, c] of batch.entries()) { if (n % 2) c.ws.terminate(); else (await sockets[n]).resetAndDestroy(); }
        dropped.push(...batch.map((c) => c.closed()));
        await settles(() => p.connections === 1);
      }
      await Promise.all([...abandoned, ...dropped]);
      expect(await talk('still here')).toBe('still here');
      expect(await settles(() => p.connections === 1 && p.sessions === 1)).toBe(true);
      expect(lines).toHaveLength(35); // one line per WebSocket session, none for the unfinished handshakes
    });
  });
});

describe('pings', { timeout: 20_000 }, () => {
  it('a ping flood from a client that does not read ends its own session; another session keeps echoing; nothing stays counted', async () => {
    await withProxy({}, async (p) => {
      const talk = await echoSession(p.url, echoPort);
      const c = new Raw(p.url);
      const socket = await socketOf(c);
      await c.opened;
      socket.pause(); // never reads the pongs
      for (let i = 0; i < 100_000 && c.closeCode === undefined; i++) {
        c.ws.ping(Buffer.alloc(125));
        if (i % 500 === 0) {
          await new Promise((r) => setImmediate(r));
          expect(await talk(`ping ${i}`)).toBe(`ping ${i}`);
        }
      }
      socket.resume();
      await c.closed();
      expect(c.closeCode).toBe(1006); // ws ends a peer that leaves too many pongs unread
      expect(await talk('after')).toBe('after');
      expect(await settles(() => p.connections === 1)).toBe(true);
    });
  });
  it('pings are not traffic for --idle: a session that only pings is closed when idle', async () => {
    await withProxy({ idleMs: 300 }, async (p) => {
      const c = new Raw(p.url);
      c.send(connectEcho());
      await c.next(Frame.CONNECTED);
      const pinger = setInterval(() => c.ws.ping(), 30);
      try {
        expect((await c.next(Frame.ERROR, 3000)).str()).toBe('ETIMEDOUT');
        await c.closed();
      } finally { clearInterval(pinger); }
    });
  });
});
