// winsock-proxy's server: admits WebSocket upgrades (origin, token, connection limits)
// and hands each admitted WebSocket to a Session. One log line per session when it ends.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { WebSocketServer } from 'ws';
import { field, quotedField } from './log.js';
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
  /**
   * A connection must have completed its WebSocket handshake and sent its first frame
   * this long after it was accepted, else it is closed (0: no limit; default 10 s).
   */
  handshakeMs?: number;
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
  handshakeMs: 10_000,
} as const;

export interface RunningProxy {
  readonly port: number;
  readonly url: string;
  /** Sessions open now. */
  readonly sessions: number;
  /** WebSocket connections open now, sessions and handshakes under way (what --max-per-client counts). */
  readonly connections: number;
  close(): Promise<void>;
}

function sessionLine(l: SessionLog): string {
  return ['session', field('client', l.client), field('kind', l.kind), field('target', l.target),
    field('up', l.up), field('down', l.down), quotedField('reason', l.reason)].join(' ');
}

function refusedLine(client: string, origin: string | undefined, status: number): string {
  return ['refused', field('client', client), field('origin', origin ?? '-'), field('status', status)].join(' ');
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

/**
 * WebSocket connections per client address (what --max-per-client bounds), each counted
 * from its upgrade request until its socket closes. Every path ends in that 'close': a
 * session that ends, a handshake that ws rejects (bad version or key: its callback never
 * runs), a refusal, a reset or a timeout; so whatever is counted is released exactly once.
 */
class ClientSlots {
  private readonly open = new Map<string, number>();
  private total = 0;
  get size(): number { return this.total; }
  count(client: string): number { return this.open.get(client) ?? 0; }
  /** Count `socket` against `client` until it closes (the caller knows it is not closed yet). */
  take(client: string, socket: net.Socket): void {
    this.open.set(client, this.count(client) + 1);
    this.total++;
    socket.once('close', () => {
      const n = this.count(client) - 1;
      if (n > 0) this.open.set(client, n); else this.open.delete(client);
      this.total--;
    });
  }
}

/**
 * Connections not yet sessions, each with a deadline from being accepted to its first
 * frame. Headers trickled a byte at a time, a request that never comes, a refusal the
 * client never reads, a WebSocket that never says what it is for: each is closed at its
 * deadline, so an unfinished handshake holds a socket for that long at most.
 */
class Handshakes {
  private readonly deadlines = new Map<net.Socket, { at: number; timer?: NodeJS.Timeout }>();
  constructor(private readonly ms: number, private readonly expire: (socket: net.Socket) => void) {}

  /** A connection was accepted (after TLS, for wss). */
  start(socket: net.Socket): void {
    const d: { at: number; timer?: NodeJS.Timeout } = { at: Date.now() + this.ms };
    if (this.ms > 0) d.timer = setTimeout(() => { this.deadlines.delete(socket); this.expire(socket); }, this.ms);
    this.deadlines.set(socket, d);
    socket.once('close', () => this.stop(socket));
  }

  /** The connection is a session now: how long it has left for its first frame (0: no limit). */
  finish(socket: net.Socket): number {
    const d = this.deadlines.get(socket);
    this.stop(socket);
    if (this.ms <= 0) return 0;
    return Math.max(1, (d?.at ?? Date.now() + this.ms) - Date.now());
  }

  /** Closes every connection still in its handshake (the proxy is closing). */
  destroyAll(): void { for (const socket of [...this.deadlines.keys()]) socket.destroy(); }

  private stop(socket: net.Socket): void {
    clearTimeout(this.deadlines.get(socket)?.timer);
    this.deadlines.delete(socket);
  }
}

export function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  const allow = new AllowList(opts.allow);
  const handshakeMs = opts.handshakeMs ?? DEFAULTS.handshakeMs;
  const server = opts.cert && opts.key
    // The TLS handshake has the same bound before the WebSocket handshake's starts (with
    // no limit, Node's default of 120 s).
    ? https.createServer({ cert: fs.readFileSync(opts.cert), key: fs.readFileSync(opts.key), handshakeTimeout: handshakeMs || 120_000 })
    : http.createServer();
  const handshakes = new Handshakes(handshakeMs, (socket) => {
    // A client still sending its request is told so (best effort); one already refused
    // that has not closed its end is not logged twice.
    if (socket.writable) {
      opts.log(refusedLine(socket.remoteAddress ?? '?', undefined, 408));
      socket.write('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
    socket.destroy();
  });
  // For wss the socket that carries HTTP is the TLS one, given by 'secureConnection'.
  server.on(opts.cert && opts.key ? 'secureConnection' : 'connection', (socket: net.Socket) => {
    socket.on('error', () => {});
    handshakes.start(socket);
  });
  server.on('request', (_req, res) => { res.writeHead(426, { 'Content-Type': 'text/plain' }).end('winsock-proxy: WebSocket only\n'); });
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrame, perMessageDeflate: false });
  const slots = new ClientSlots();
  const live = new Set<Session>();

  const upgrade = (req: http.IncomingMessage, socket: net.Socket, head: Buffer): void => {
    socket.on('error', () => {});
    if (socket.destroyed) return; // reset before its request was read: nothing to answer, nothing to count
    const client = socket.remoteAddress ?? '?';
    const origin = req.headers.origin;
    let why: [number, string] | undefined;
    if (origin !== undefined && opts.origins.length > 0 && !opts.origins.includes(origin)) why = [403, 'Forbidden'];
    else if (opts.token !== undefined && !tokenMatches(tokenOf(req.url), opts.token)) why = [401, 'Unauthorized'];
    else if (live.size >= opts.maxTotal) why = [503, 'Service Unavailable'];
    else if (slots.count(client) >= opts.maxPerClient) why = [429, 'Too Many Requests'];
    if (why) {
      opts.log(refusedLine(client, origin, why[0]));
      return refuse(socket, why[0], why[1]);
    }
    slots.take(client, socket);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const limits = { idleMs: opts.idleMs, firstFrameMs: handshakes.finish(socket) };
      const s = new Session(ws, client, allow, limits, (done) => {
        live.delete(done);
        opts.log(sessionLine(done.log));
      });
      live.add(s);
    });
  };
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    // Whatever goes wrong with one request ends that connection only, never the proxy.
    try {
      upgrade(req, socket, head);
    } catch (e) {
      opts.log(`proxy error ${quotedField('reason', String((e as Error)?.message ?? e))}`);
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
        get connections() { return slots.size; },
        close: () => new Promise<void>((r) => {
          for (const c of wss.clients) c.terminate();
          handshakes.destroyAll();
          server.close(() => r());
          server.closeAllConnections?.();
        }),
      });
    });
  });
}
