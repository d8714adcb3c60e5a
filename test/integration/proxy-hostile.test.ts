// winsock-proxy against hostile clients (docs/PROXY.md): whatever one client sends, only its
// own session ends, with the documented error or close code; the proxy never crashes or
// stalls, releases every slot it counted, writes one log line per session, and another
// session keeps echoing meanwhile.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRule } from '../../host/proxy/rules.js';
import { DEFAULTS, startProxy, type ProxyOptions, type RunningProxy } from '../../host/proxy/server.js';
import { waitFor } from '../helpers.js';
import { echoSession, rawHttp, upgradeRequest } from '../proxy-client.js';

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
