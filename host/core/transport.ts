// What core needs from a backing (Node net/dgram/dns, a WebSocket proxy, a fake
// for unit tests). Transports report failures as plain error codes.
import type { CoreError } from './errors.js';
import type { MulticastSending } from './multicast.js';

export interface SockAddr {
  family: 4 | 6;
  address: string;
  port: number;
  flowinfo?: number;
  scopeId?: number;
}

/** Events a stream transport delivers to the socket that owns the connection. */
export interface StreamEvents {
  onConnect(): void;
  onData(chunk: Uint8Array): void;
  /** The peer will send no more (FIN). */
  onEnd(): void;
  onError(code: string): void;
  /** The transport's write buffer went below its high-water mark. */
  onDrain(): void;
  onClose(): void;
}

export interface StreamConnection {
  /** Bytes accepted by write() and not yet handed to the network. */
  readonly buffered: number;
  write(data: Uint8Array): void;
  /**
   * Write views of guest memory without copying them. The caller keeps the guest
   * suspended (so the bytes cannot change) until `buffered` is back to 0.
   */
  writeBorrowed(chunks: Uint8Array[]): void;
  /** Graceful close of the sending direction, after buffered data. */
  end(): void;
  /** Release the connection; buffered data already ended is still flushed by the OS. */
  destroy(): void;
  /** Abortive close: the peer sees a reset. */
  reset(): void;
  pause(): void;
  resume(): void;
  setNoDelay(on: boolean): void;
  /** SO_KEEPALIVE, and TCP_KEEPIDLE: seconds of idleness before the first probe. */
  setKeepAlive(on: boolean, idleSeconds: number): void;
  localAddress(): SockAddr | undefined;
  remoteAddress(): SockAddr | undefined;
  /** Resolves once everything written so far has reached the network (or the connection is gone). */
  flushed(): Promise<void>;
}

export interface IncomingConnection {
  /** Take the connection: from now on its events go to `events`. */
  attach(events: StreamEvents): StreamConnection;
  /** Refuse it (the accept queue is full): the peer sees a reset. */
  refuse(): void;
}

export interface ListenerEvents {
  onConnection(conn: IncomingConnection): void;
  onError(code: string): void;
}

export interface StreamListener {
  localAddress(): SockAddr;
  close(): void;
}

export interface BindOptions {
  reuseAddress: boolean;
  exclusive: boolean;
  v6Only: boolean;
}

export interface DatagramEvents {
  onMessage(data: Uint8Array, from: SockAddr): void;
  /** A failure that leaves the endpoint usable (SO_ERROR reports it). */
  onError(code: string): void;
  /** The endpoint is gone (its transport failed): every later receive and send fails with `code`. */
  onGone(code: string): void;
}

export interface DatagramEndpoint {
  /** Bind to a local address; resolves to the bound address or a failure. */
  bind(local: SockAddr, opts: BindOptions): Promise<SockAddr | CoreError>;
  send(data: Uint8Array, to: SockAddr): void;
  setBroadcast(on: boolean): void;
  /** IP_TTL (IPv4) or IPV6_UNICAST_HOPS (IPv6) of the datagrams it sends, 0 to 255; called once bound. */
  setTtl(ttl: number): void;
  /** The TTL, loopback and interface of multicast datagrams it sends; kept until bound, then applied before any datagram goes out. */
  setMulticast(m: MulticastSending): void;
  /** Join `group` on the interface `iface` (as MulticastSending.iface; undefined: the system's choice); called once bound. */
  /** Join a group (with `source`: only that source's datagrams, a source-specific join). */
  addMembership(group: string, iface: string | undefined, source?: string): CoreError | undefined;
  dropMembership(group: string, iface: string | undefined, source?: string): CoreError | undefined;
  localAddress(): SockAddr | undefined;
  /** Resolves once every datagram handed to send() has left. */
  flushed(): Promise<void>;
  close(): void;
}

export interface Resolved {
  addresses: SockAddr[];
  canonicalName?: string;
}

/** One of the host's network interfaces, as IP Helper reports it (wasm/runtime/iphlpapi.c lays out the Windows structures). */
export interface HostInterface {
  /** The host's name for it ("eth0", "lo"). */
  name: string;
  /** The loopback interface (Node: `internal`). */
  loopback: boolean;
  /** The hardware address, 6 bytes (all zero when unknown or for loopback). */
  mac: Uint8Array;
  addresses: { family: 4 | 6; address: string; prefixLength: number; scopeId?: number }[];
}

/** The interfaces a host without its own list (a page) reports: the loopback adapter, with Windows' name for it. */
export const LOOPBACK_ONLY: readonly HostInterface[] = [{
  name: 'Loopback Pseudo-Interface 1', loopback: true, mac: new Uint8Array(6),
  addresses: [{ family: 4, address: '127.0.0.1', prefixLength: 8 }, { family: 6, address: '::1', prefixLength: 128 }],
}];

export interface Network {
  connect(remote: SockAddr, local: SockAddr | undefined, events: StreamEvents): StreamConnection;
  listen(local: SockAddr, backlog: number, opts: BindOptions, events: ListenerEvents): Promise<StreamListener | CoreError>;
  /** Check that a stream bind to `local` would succeed now; resolves to the address it would get (port 0 filled in). */
  probeBind(local: SockAddr, opts: BindOptions): Promise<SockAddr | CoreError>;
  datagram(family: 4 | 6, events: DatagramEvents): DatagramEndpoint;
  /** Name to addresses (family 0: both). */
  lookup(name: string, family: 0 | 4 | 6): Promise<Resolved | CoreError>;
  /** Address to host name and service name. */
  reverse(addr: SockAddr): Promise<{ host: string; service: string } | CoreError>;
  hostname(): string;
  /** The machine's physical memory in bytes (GlobalMemoryStatusEx), when the host can tell. */
  memory?(): { total: number; free: number };
  /** The host's network interfaces and their addresses, in the host's order. */
  interfaces(): readonly HostInterface[];
}
