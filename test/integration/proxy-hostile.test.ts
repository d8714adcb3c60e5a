// winsock-proxy against hostile clients (docs/PROXY.md): whatever one client sends, only its
// own session ends, with the documented error or close code; the proxy never crashes or
// stalls, releases every slot it counted, writes one log line per session, and another
// session keeps echoing meanwhile.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRule } from '../../host/proxy/rules.js';
import { DEFAULTS, startProxy, type ProxyOptions, type RunningProxy } from '../../host/proxy/server.js';
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

beforeAll(async () => {
  echo = net.createServer({ allowHalfOpen: true }, (s) => { s.on('error', () => {}); s.pipe(s); });
  echoPort = await new Promise<number>((r) => echo.listen(0, '127.0.0.1', () => r((echo.address() as net.AddressInfo).port)));
});

afterAll(() => { echo?.close(); });

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
