// An in-memory Network for unit tests: stream connections whose buffered bytes
// the test controls, and datagram endpoints that deliver to each other.
import { fail, type CoreError } from '../host/core/errors.js';
import type {
  BindOptions, DatagramEndpoint, DatagramEvents, IncomingConnection, ListenerEvents, Network, Resolved,
  SockAddr, StreamConnection, StreamEvents, StreamListener, HostInterface,
} from '../host/core/transport.js';
import { LOOPBACK_ONLY } from '../host/core/transport.js';
import type { MulticastSending } from '../host/core/multicast.js';

export class FakeStream implements StreamConnection {
  buffered = 0;
  written: Uint8Array[] = [];
  paused = false;
  ended = false;
  wasReset = false;
  /** When true, writes stay buffered until flush(). */
  stalled = false;
  constructor(public events: StreamEvents | undefined, readonly local: SockAddr, readonly remote: SockAddr) {}
  write(data: Uint8Array): void {
    this.written.push(data.slice());
    if (this.stalled) this.buffered += data.length;
  }
  writeBorrowed(chunks: Uint8Array[]): void { for (const c of chunks) this.write(c); }
  flush(): void { this.buffered = 0; this.events?.onDrain(); }
  end(): void { this.ended = true; }
  destroy(): void {}
  reset(): void { this.wasReset = true; }
  pause(): void { this.paused = true; }
  resume(): void { this.paused = false; }
  setNoDelay(): void {}
  /** The last keep-alive setting the socket applied: on or off, and the idle time in seconds. */
  keepAlive: { on: boolean; idleSeconds: number } | undefined;
  setKeepAlive(on: boolean, idleSeconds: number): void { this.keepAlive = { on, idleSeconds }; }
  localAddress(): SockAddr { return this.local; }
  remoteAddress(): SockAddr { return this.remote; }
  async flushed(): Promise<void> {}
  bytesWritten(): number { return this.written.reduce((a, b) => a + b.length, 0); }
}

export class FakeNetwork implements Network {
  streams: FakeStream[] = [];
  listeners = new Map<number, ListenerEvents>();
  datagrams = new Map<number, DatagramEvents>();
  /** The TTL each bound datagram endpoint (by local port) was last given. */
  datagramTtl = new Map<number, number>();
  /** The multicast settings each bound datagram endpoint (by local port) was last given, and its memberships ("port group iface"). */
  multicast = new Map<number, MulticastSending>();
  memberships = new Set<string>();
  private nextPort = 40000;
  connectResult: 'ok' | 'refused' = 'ok';

  connect(remote: SockAddr, _local: SockAddr | undefined, events: StreamEvents): StreamConnection {
    const s = new FakeStream(events, { family: 4, address: '127.0.0.1', port: this.nextPort++ }, remote);
    this.streams.push(s);
    queueMicrotask(() => (this.connectResult === 'ok' ? events.onConnect() : events.onError('ECONNREFUSED')));
    return s;
  }
  async listen(local: SockAddr, _backlog: number, _o: BindOptions, events: ListenerEvents): Promise<StreamListener | CoreError> {
    const port = local.port || this.nextPort++;
    this.listeners.set(port, events);
    return { localAddress: () => ({ ...local, port }), close: () => this.listeners.delete(port) };
  }
  async probeBind(local: SockAddr): Promise<SockAddr | CoreError> {
    if (this.listeners.has(local.port)) return fail('EADDRINUSE');
    return { ...local, port: local.port || this.nextPort++ };
  }
  /** Make an incoming connection on a listening port; returns the server-side stream once accepted. */
  incoming(port: number): { accepted: Promise<FakeStream> } {
    let done!: (s: FakeStream) => void;
    const accepted = new Promise<FakeStream>((r) => (done = r));
    const conn: IncomingConnection = {
      attach: (events) => {
        const s = new FakeStream(events, { family: 4, address: '127.0.0.1', port }, { family: 4, address: '127.0.0.1', port: this.nextPort++ });
        this.streams.push(s);
        done(s);
        return s;
      },
      refuse: () => {},
    };
    this.listeners.get(port)!.onConnection(conn);
    return { accepted };
  }
  datagram(family: 4 | 6, events: DatagramEvents): DatagramEndpoint {
    let bound: SockAddr | undefined;
    let multicast: MulticastSending | undefined;
    const net = this;
    return {
      async bind(local) {
        bound = { ...local, family, port: local.port || net.nextPort++ };
        net.datagrams.set(bound.port, events);
        if (multicast) net.multicast.set(bound.port, multicast);
        return bound;
      },
      send(data, to) { queueMicrotask(() => net.datagrams.get(to.port)?.onMessage(data.slice(), bound!)); },
      setBroadcast() {},
      setTtl(ttl) { if (bound) net.datagramTtl.set(bound.port, ttl); },
      setMulticast(m) { multicast = { ...m }; if (bound) net.multicast.set(bound.port, multicast); },
      addMembership(group, iface) {
        const key = `${bound?.port} ${group} ${iface ?? ''}`;
        if (net.memberships.has(key)) return fail('EADDRINUSE');
        net.memberships.add(key);
        return undefined;
      },
      dropMembership(group, iface) {
        return net.memberships.delete(`${bound?.port} ${group} ${iface ?? ''}`) ? undefined : fail('EADDRNOTAVAIL');
      },
      localAddress: () => bound,
      flushed: async () => {},
      close() { if (bound) net.datagrams.delete(bound.port); },
    };
  }
  async lookup(name: string): Promise<Resolved | CoreError> {
    return name === 'localhost' ? { addresses: [{ family: 4, address: '127.0.0.1', port: 0 }] } : fail('ENOTFOUND');
  }
  /** Reverse names for the loopback addresses only, as a hosts file would give them. */
  async reverse(a: SockAddr): Promise<{ host: string; service: string } | CoreError> {
    const host = a.address === '127.0.0.1' ? 'localhost' : a.address === '::1' ? 'ip6-localhost' : undefined;
    return host ? { host, service: String(a.port) } : fail('ENOTFOUND');
  }
  hostname(): string { return 'fakehost'; }
  /** What interfaces() reports (a test may replace it). */
  hostInterfaces: readonly HostInterface[] = LOOPBACK_ONLY;
  interfaces(): readonly HostInterface[] { return this.hostInterfaces; }
}
