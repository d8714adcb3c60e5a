// winsock-proxy's server: admits WebSocket upgrades (origin, token, connection limits)
// and hands each admitted WebSocket to a Session. One log line per session when it ends.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { WebSocketServer } from 'ws';
import { AllowList, type AllowRule } from './rules.js';
import { Session, type SessionLog } from './session.js';

export interface ProxyOptions {
  host: string;
  port: number;
  allow: AllowRule[];
  /** Origins admitted; empty: any origin (the allow rules still bound what is reachable). */
  origins: string[];
  /** When set, the upgrade URL must carry ?token=<token>. */
  token?: string;
  maxPerClient: number;
  maxTotal: number;
  /** Largest WebSocket message accepted, in bytes. */
  maxFrame: number;
  /** A session with no traffic for this long is closed (0: never). */
  idleMs: number;
  cert?: string;
  key?: string;
  log: (line: string) => void;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  maxPerClient: 64,
  maxTotal: 1024,
  maxFrame: 1 << 20,
  idleMs: 300_000,
} as const;

export interface RunningProxy {
  readonly port: number;
  readonly url: string;
  /** Sessions open now. */
  readonly sessions: number;
  close(): Promise<void>;
}

function formatLog(l: SessionLog): string {
  return `session client=${l.client} kind=${l.kind} target=${l.target} up=${l.up} down=${l.down} reason="${l.reason}"`;
}

/** The ?token= of an upgrade request's URL; null when absent or when the URL does not parse (`//[`). */
function tokenOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://proxy').searchParams.get('token');
  } catch {
    return null;
  }
}

function tokenMatches(given: string | null, want: string): boolean {
  if (given === null) return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(want).digest();
  return crypto.timingSafeEqual(a, b);
}

function refuse(socket: net.Socket, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroySoon?.();
}

export function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  const allow = new AllowList(opts.allow);
  const server = opts.cert && opts.key
    ? https.createServer({ cert: fs.readFileSync(opts.cert), key: fs.readFileSync(opts.key) })
    : http.createServer();
  server.on('request', (_req, res) => { res.writeHead(426, { 'Content-Type': 'text/plain' }).end('winsock-proxy: WebSocket only\n'); });
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrame, perMessageDeflate: false });
  const perClient = new Map<string, number>();
  const live = new Set<Session>();

  const upgrade = (req: http.IncomingMessage, socket: net.Socket, head: Buffer): void => {
    socket.on('error', () => {});
    const client = socket.remoteAddress ?? '?';
    const origin = req.headers.origin;
    let why: [number, string] | undefined;
    if (origin !== undefined && opts.origins.length > 0 && !opts.origins.includes(origin)) why = [403, 'Forbidden'];
    else if (opts.token !== undefined && !tokenMatches(tokenOf(req.url), opts.token)) why = [401, 'Unauthorized'];
    else if (live.size >= opts.maxTotal) why = [503, 'Service Unavailable'];
    else if ((perClient.get(client) ?? 0) >= opts.maxPerClient) why = [429, 'Too Many Requests'];
    if (why) {
      opts.log(`refused client=${client} origin=${origin ?? '-'} status=${why[0]}`);
      return refuse(socket, why[0], why[1]);
    }
    perClient.set(client, (perClient.get(client) ?? 0) + 1);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const s = new Session(ws, client, allow, opts.idleMs, (done) => {
        live.delete(done);
        const n = (perClient.get(client) ?? 1) - 1;
        if (n > 0) perClient.set(client, n); else perClient.delete(client);
        opts.log(formatLog(done.log));
      });
      live.add(s);
    });
  };
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    // Whatever goes wrong with one request ends that connection only, never the proxy.
    try {
      upgrade(req, socket, head);
    } catch (e) {
      opts.log(`proxy error: ${(e as Error)?.message ?? e}`);
      socket.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      const a = server.address() as net.AddressInfo;
      const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
      resolve({
        port: a.port,
        url: `${opts.cert ? 'wss' : 'ws'}://${host}:${a.port}/`,
        get sessions() { return live.size; },
        close: () => new Promise<void>((r) => {
          for (const c of wss.clients) c.terminate();
          server.close(() => r());
          server.closeAllConnections?.();
        }),
      });
    });
  });
}
