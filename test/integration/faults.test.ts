// The peer resets the connection in the middle of a send, a receive, or pending overlapped
// operations (test/programs/faults.c): each call reports the reset ("WSAECONNRESET: The virtual
// circuit was reset by the remote side"), pending operations complete with it, and the program
// goes on to exit by itself; directly over Node's net, and through winsock-proxy.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRule } from '../../host/proxy/rules.js';
import { DEFAULTS, startProxy, type RunningProxy } from '../../host/proxy/server.js';
import { lines, run } from '../helpers.js';

/** A server that, once a connection is `ready` (after `afterBytes` read, or a delay), resets it. */
async function resetting(mode: string, via: Via, onStdout?: (s: string) => void): Promise<{ out: Map<string, string>; code: number | null; stderr: string }> {
  let resetNow: (() => void) | undefined;
  const srv = net.createServer((s) => {
    s.on('error', () => {});
    const reset = () => { if (!s.destroyed) s.resetAndDestroy(); };
    if (mode === 'send') {
      let got = 0;
      s.on('data', (d) => { got += d.length; if (got > 256 * 1024) reset(); });
    } else if (mode === 'overlapped') {
      s.pause(); // read nothing: the program's sends stay pending
      resetNow = reset;
    } else {
      setTimeout(reset, 100);
    }
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  const r = await run('faults', [String(port), mode], {
    env: via === 'proxy' ? { WINSOCK_PROXY: proxy.url } : {},
    timeoutMs: 20_000,
    onStdout: (s) => { onStdout?.(s); if (s.includes('ready: 1') && resetNow) { const f = resetNow; resetNow = undefined; setTimeout(f, 50); } },
  });
  srv.close();
  return { out: lines(r.stdout), code: r.code, stderr: r.stderr };
}

type Via = 'direct' | 'proxy';
let proxy: RunningProxy;
beforeAll(async () => {
  proxy = await startProxy({
    host: '127.0.0.1', port: 0, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
    maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: () => {}, allow: [parseRule('127.0.0.1:*')],
  });
});
afterAll(async () => { await proxy.close(); });

describe.each(['direct', 'proxy'] as Via[])('a reset from the peer (%s)', (via) => {
  it('during a blocking send loop: the send fails with WSAECONNRESET, and so do later sends and receives', async () => {
    const { out, code, stderr } = await resetting('send', via);
    expect(out.get('send-failed')).toBe('10054');
    expect(out.get('send-again')).toBe('-1 10054');
    expect(out.get('recv-after')).toBe('-1 10054');
    expect(out.get('exited')).toBe('1');
    expect([code, stderr]).toEqual([0, '']);
  });
  it('during a blocking recv: WSAECONNRESET, and the connection stays reset for recv and send', async () => {
    const { out, code, stderr } = await resetting('recv', via);
    expect(out.get('recv')).toBe('-1 10054');
    expect(out.get('recv-again')).toBe('-1 10054');
    expect(out.get('send-after')).toBe('-1 10054');
    expect([code, stderr]).toEqual([0, '']);
  });
  it('with an overlapped send and receive pending: both complete, with WSAECONNRESET', async () => {
    const { out, code, stderr } = await resetting('overlapped', via);
    expect(out.get('send-pending')).toBe('997'); // WSA_IO_PENDING: the peer reads nothing
    expect(out.get('recv-pending')).toBe('997');
    expect(out.get('send-result')).toBe('0 10054');
    expect(out.get('recv-result')).toBe('0 10054');
    expect([code, stderr]).toEqual([0, '']);
  });
  it('while select waits: the socket is readable, and recv reports the reset', async () => {
    const { out, code, stderr } = await resetting('select', via);
    expect(out.get('select')).toBe('1 1');
    expect(out.get('recv')).toBe('-1 10054');
    expect([code, stderr]).toEqual([0, '']);
  });
});
