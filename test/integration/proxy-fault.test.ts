// The proxy killed mid-session (SIGKILL: nothing of it says goodbye). A program in the
// middle of a transfer through it must see the connection lost on its pending or next
// call, as WSAECONNRESET (10054): on Windows a TCP connection whose transport vanished is
// reset. It must then go on by itself: a new connect finds no proxy (WSAECONNREFUSED,
// 10061, as the README says), and it exits with its own status, never hangs and never
// reports an internal error.
import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startProxy, DEFAULTS } from '../../host/proxy/server.js';
import { parseRule } from '../../host/proxy/rules.js';
import { webSocketNetwork, type WebSocketConstructor } from '../../host/transports/websocket.js';
import type { StreamEvents } from '../../host/core/transport.js';
import { run, waitFor } from '../helpers.js';
import { ROOT } from '../paths.js';

const children: ChildProcess[] = [];
const servers: net.Server[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const s of servers.splice(0)) s.close();
});

/** winsock-proxy as a process of its own, on a port the system picks (--listen 127.0.0.1:0). */
function proxyProcess(allow: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'winsock-proxy.js'), '--listen', '127.0.0.1:0', ...allow.flatMap((a) => ['--allow', a])], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error(`winsock-proxy did not start: ${out}`)), 10_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /^winsock-proxy listening on (ws:\/\/127\.0\.0\.1:(\d+)\/)$/m.exec(out);
      if (m && Number(m[2]) > 0) { clearTimeout(t); resolve({ url: m[1], child }); }
    });
    child.on('exit', (code) => reject(new Error(`winsock-proxy exited (${code}): ${out}`)));
  });
}

/** A TCP server on loopback that does `serve` with each connection. */
async function server(serve: (s: net.Socket) => void): Promise<number> {
  const srv = net.createServer({ allowHalfOpen: true }, (s) => { s.on('error', () => {}); serve(s); });
  servers.push(srv);
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as net.AddressInfo).port)));
}

/**
 * Runs proxy_fault <mode> through a proxy process and SIGKILLs the proxy `afterMs` after
 * the program printed `when`; what the program printed, its status, and how long it took
 * to exit after the kill.
 */
async function killedMidSession(mode: string, port: number, when: string, afterMs: number) {
  const { url, child } = await proxyProcess([`127.0.0.1:${port}`]);
  let killedAt = 0;
  const r = await run('proxy_fault', [mode, String(port)], {
    env: { WINSOCK_PROXY: url },
    timeoutMs: 20_000,
    onStdout: (out) => {
      if (killedAt || !out.includes(when)) return;
      killedAt = -1;
      setTimeout(() => { child.kill('SIGKILL'); killedAt = Date.now(); }, afterMs);
    },
  });
  return { ...r, exitAfterKillMs: Date.now() - killedAt, killed: killedAt > 0 };
}

describe('the proxy killed mid-session (SIGKILL)', { timeout: 30_000 }, () => {
  it('winsock-proxy given port 0 gets a port from the system and prints its URL', async () => {
    const { url } = await proxyProcess(['127.0.0.1:7']);
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/$/);
    expect(url).not.toBe('ws://127.0.0.1:0/');
  });

  it('a blocking send loop to a peer that reads nothing: the pending send fails with WSAECONNRESET (10054), the next call too, a new connect with WSAECONNREFUSED (10061)', async () => {
    const port = await server((s) => s.pause());
    const r = await killedMidSession('send', port, 'connected: 1', 500);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('connected: 1\nsend: -1 10054\nagain: -1 10054\nreconnect: -1 10061\n');
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('internal error');
    expect(r.exitAfterKillMs).toBeLessThan(5000);
  });

  it('a blocking recv from a peer that sends nothing: recv fails with WSAECONNRESET (10054), then the same as above', async () => {
    const port = await server(() => {});
    const r = await killedMidSession('recv', port, 'connected: 1', 300);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('connected: 1\nrecv: -1 10054\nagain: -1 10054\nreconnect: -1 10061\n');
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('internal error');
    expect(r.exitAfterKillMs).toBeLessThan(5000);
  });

  it('after the peer\'s FIN, the side that can still send loses the connection too: the next send fails with WSAECONNRESET (10054), it does not vanish', async () => {
    const port = await server((s) => { s.resume(); s.end('bye'); });
    const r = await killedMidSession('halfclosed', port, 'peer-closed: 1', 100);
    expect(r.killed).toBe(true);
    expect(r.stdout).toBe('connected: 1\npeer-closed: 1\nsend: -1 10054\nagain: -1 10054\nreconnect: -1 10061\n');
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('internal error');
  });

  it('a blocking recvfrom on a datagram socket whose endpoint was at the proxy: WSAENETDOWN (10050), and so does the next sendto', async () => {
    const peer = dgram.createSocket('udp4');
    const port = await new Promise<number>((r) => peer.bind(0, '127.0.0.1', () => r(peer.address().port)));
    try {
      const r = await killedMidSession('udp', port, 'connected: 1', 300);
      expect(r.killed).toBe(true);
      expect(r.stdout).toBe('connected: 1\nrecvfrom: -1 10050\nagain: -1 10050\n');
      expect(r.code).toBe(3);
      expect(r.stderr).not.toContain('internal error');
      expect(r.exitAfterKillMs).toBeLessThan(5000);
    } finally {
      peer.close();
    }
  });
});

describe('the WebSocket transport when the proxy vanishes', () => {
  it('a connection that had the peer\'s FIN but had not ended its own side reports ECONNRESET (a WebSocket closed 1006)', async () => {
    const port = await server((s) => { s.resume(); s.end('bye'); });
    const p = await startProxy({
      host: '127.0.0.1', port: 0, origins: [], allow: [parseRule(`127.0.0.1:${port}`)], maxPerClient: DEFAULTS.maxPerClient,
      maxTotal: DEFAULTS.maxTotal, maxFrame: DEFAULTS.maxFrame, idleMs: 0, log: () => {},
    });
    const seen: string[] = [];
    const events: StreamEvents = {
      onConnect: () => seen.push('connect'), onData: (d) => seen.push(`data ${d.length}`), onEnd: () => seen.push('end'),
      onError: (code) => seen.push(`error ${code}`), onDrain: () => {}, onClose: () => seen.push('close'),
    };
    const netw = webSocketNetwork({ url: p.url, WebSocket: WebSocket as unknown as WebSocketConstructor, sendCallbacks: true });
    netw.connect({ family: 4, address: '127.0.0.1', port }, undefined, events);
    await waitFor(() => seen.includes('end'));
    await p.close(); // terminates every WebSocket: the client sees 1006, as when the process dies
    await waitFor(() => seen.includes('close'));
    expect(seen).toEqual(['connect', 'data 3', 'end', 'error ECONNRESET', 'close']);
  });
});
