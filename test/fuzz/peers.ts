// The other ends of the fuzzer's connections: real Node sockets on loopback.
// Servers live for the whole file; the connections they accept, the clients the
// fuzzer opens towards guest listeners and the timers it schedules belong to one
// seed and are torn down by endSeed().
import dgram from 'node:dgram';
import net from 'node:net';

/** How a server treats a connection from the guest. */
export type ServerKind = 'echo' | 'sink' | 'never' | 'reset' | 'closer' | 'greeter' | 'slowecho';
export const SERVER_KINDS: readonly ServerKind[] = ['echo', 'sink', 'never', 'reset', 'closer', 'greeter', 'slowecho'];

/** How a Node client that connects to a guest listener behaves. */
export type ClientKind = 'echo' | 'talk-close' | 'reset' | 'idle' | 'close';

const noop = () => {};

function listen(server: net.Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => resolve((server.address() as net.AddressInfo).port));
  });
}

function reset(s: net.Socket): void {
  if (s.destroyed) return;
  // Node refuses a reset while its shutdown (end) is in progress (EINVAL) and then never closes the handle.
  if (typeof s.resetAndDestroy === 'function' && !(s.writableEnded && !s.writableFinished)) s.resetAndDestroy();
  else s.destroy();
}

export class Peers {
  readonly ports = new Map<ServerKind, number>();
  sentinelPort = 0;
  udpEchoPort = 0;
  /** A port nothing listens on (bound once, then released). */
  refusedPort = 0;
  /** Server-side sockets of this seed's connections, by the guest's local port. */
  readonly byGuestPort = new Map<number, { sock: net.Socket; kind: ServerKind }>();
  /** Node clients of guest listeners, by their local port (the accepted socket's remote port). */
  readonly clientKinds = new Map<number, ClientKind>();
  private servers: net.Server[] = [];
  private udp: dgram.Socket[] = [];
  private injector4: dgram.Socket | undefined;
  private injector6: dgram.Socket | undefined;
  private readonly seedSockets = new Set<net.Socket>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Bytes the sentinel server echoed (a cross-check that the sentinel's bytes really went over the wire). */
  sentinelBytes = 0;

  async start(): Promise<void> {
    for (const kind of SERVER_KINDS) {
      const srv = net.createServer({ allowHalfOpen: true }, (s) => this.serve(kind, s));
      this.servers.push(srv);
      this.ports.set(kind, await listen(srv, '::')); // dual stack: 127.0.0.1 and ::1
    }
    const sentinel = net.createServer({ allowHalfOpen: true }, (s) => {
      this.seedSockets.add(s);
      s.on('error', noop);
      s.on('data', (d) => { this.sentinelBytes += d.length; s.write(d); });
      s.on('end', () => s.end());
      s.on('close', () => this.seedSockets.delete(s));
    });
    this.servers.push(sentinel);
    this.sentinelPort = await listen(sentinel, '127.0.0.1');
    const probe = net.createServer();
    this.refusedPort = await listen(probe, '127.0.0.1');
    await new Promise<void>((r) => probe.close(() => r()));

    const u = dgram.createSocket({ type: 'udp6', ipv6Only: false });
    u.on('error', noop);
    u.on('message', (msg, rinfo) => { try { u.send(msg, rinfo.port, rinfo.address); } catch { /* closed */ } });
    await new Promise<void>((r) => u.bind(0, '::', () => r()));
    this.udpEchoPort = u.address().port;
    this.udp.push(u);
    this.injector4 = dgram.createSocket('udp4');
    this.injector4.on('error', noop);
    this.injector6 = dgram.createSocket('udp6');
    this.injector6.on('error', noop);
    await new Promise<void>((r) => this.injector4!.bind(0, '127.0.0.1', () => r()));
    await new Promise<void>((r) => this.injector6!.bind(0, '::1', () => r()));
    this.udp.push(this.injector4, this.injector6);
  }

  async stop(): Promise<void> {
    this.endSeed();
    await Promise.all(this.servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    for (const u of this.udp) { try { u.close(); } catch { /* already */ } }
  }

  private serve(kind: ServerKind, s: net.Socket): void {
    this.seedSockets.add(s);
    s.on('error', noop);
    s.on('close', () => {
      this.seedSockets.delete(s);
      if (s.remotePort !== undefined && this.byGuestPort.get(s.remotePort)?.sock === s) this.byGuestPort.delete(s.remotePort);
    });
    if (s.remotePort !== undefined) this.byGuestPort.set(s.remotePort, { sock: s, kind });
    switch (kind) {
      case 'echo':
        s.on('data', (d) => s.write(d));
        s.on('end', () => s.end());
        break;
      case 'slowecho':
        s.on('data', (d) => this.later(40, () => { if (!s.destroyed && s.writable) s.write(d); }));
        s.on('end', () => this.later(45, () => s.end()));
        break;
      case 'sink':
        s.on('data', noop);
        s.on('end', () => s.end());
        break;
      case 'never':
        s.pause();
        break;
      case 'reset':
        s.once('data', () => reset(s));
        this.later(5 + (s.remotePort ?? 0) % 40, () => reset(s));
        break;
      case 'closer':
        s.on('data', noop);
        s.end();
        break;
      case 'greeter':
        s.on('data', noop);
        this.later(20 + (s.remotePort ?? 0) % 50, () => {
          if (s.destroyed) return;
          s.write(Buffer.alloc(1 + (s.remotePort ?? 0) % 3000, 0x47));
          s.end();
        });
        break;
    }
  }

  /** The fuzzer acts through the peer of one of its connections. */
  act(guestPort: number, what: 'reset' | 'end' | 'write' | 'destroy', bytes = 100): boolean {
    const p = this.byGuestPort.get(guestPort);
    if (!p || p.sock.destroyed) return false;
    if (what === 'reset') reset(p.sock);
    else if (what === 'end') p.sock.end();
    else if (what === 'destroy') p.sock.destroy();
    else if (p.sock.writable) p.sock.write(Buffer.alloc(bytes, 0x57));
    return true;
  }

  /** A Node client connecting to a guest listener. */
  client(port: number, family: 4 | 6, kind: ClientKind): net.Socket {
    const s = net.connect({ host: family === 4 ? '127.0.0.1' : '::1', port, allowHalfOpen: true });
    this.seedSockets.add(s);
    s.on('error', noop);
    s.on('close', () => this.seedSockets.delete(s));
    s.on('connect', () => {
      if (s.localPort !== undefined) this.clientKinds.set(s.localPort, kind);
      switch (kind) {
        case 'echo': s.on('data', (d) => s.write(d)); s.on('end', () => s.end()); break;
        case 'talk-close': s.on('data', noop); s.write(Buffer.alloc(1 + port % 500, 0x54)); s.end(); break;
        case 'reset': s.on('data', noop); this.later(10, () => reset(s)); break;
        case 'idle': s.on('data', noop); break;
        case 'close': s.on('data', noop); s.end(); break;
      }
    });
    return s;
  }

  /** A datagram from outside to a guest port, after `ms`. */
  datagram(ms: number, family: 4 | 6, port: number, bytes: number): void {
    this.later(ms, () => {
      const u = family === 4 ? this.injector4 : this.injector6;
      try { u?.send(Buffer.alloc(bytes, 0x44), port, family === 4 ? '127.0.0.1' : '::1'); } catch { /* closed */ }
    });
  }

  later(ms: number, f: () => void): void {
    const t = setTimeout(() => { this.timers.delete(t); f(); }, ms);
    this.timers.add(t);
  }

  /** Tear down everything this seed created on the Node side. */
  endSeed(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const s of this.seedSockets) s.destroy();
    this.seedSockets.clear();
    this.byGuestPort.clear();
    this.clientKinds.clear();
  }
}
