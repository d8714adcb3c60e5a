// The backing for a page: every socket is one WebSocket to winsock-proxy, which opens
// the real TCP connection or UDP socket, or answers one name lookup (docs/PROXY.md).
// One WebSocket per socket keeps each connection's flow control its own: the proxy
// stops reading a WebSocket whose TCP peer is slow, and nothing else waits behind it.
//
// The WebSocket constructor is a parameter: `ws` in Node, the global one in a browser.
// Both deliver ArrayBuffers with binaryType 'arraybuffer' and take on* handlers.
// Listening is not possible: the proxy cannot give a page a listening socket on the
// network (and should not), so listen and bind to a fixed port fail with EOPNOTSUPP.
import { fail, type CoreError } from '../core/errors.js';
import type {
  BindOptions, DatagramEndpoint, DatagramEvents, ListenerEvents, Network, Resolved, SockAddr,
  StreamConnection, StreamEvents, StreamListener,
} from '../core/transport.js';
import { LOOPBACK_ONLY } from '../core/transport.js';
import { Frame, FrameReader, MAX_CHUNK, Option, dataFrame, frame } from '../proxy/frames.js';

/** What this transport uses of a WebSocket (the browser's and ws's common surface). */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array, cb?: (err?: Error) => void): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onerror: ((ev: { message?: string }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface WebSocketNetworkOptions {
  /** ws:// or wss:// URL of winsock-proxy (with ?token=... when the proxy wants one). */
  url: string;
  WebSocket: WebSocketConstructor;
  /**
   * The WebSocket calls send's callback once a frame has left (ws does; a browser's does
   * not, and then bufferedAmount is watched on a timer while anything is buffered).
   */
  sendCallbacks: boolean;
  hostname?: string;
}

/**
 * A browser WebSocket says nothing when its buffer drains, so bufferedAmount is looked at
 * while it is non-zero: again at once (a macrotask) while bytes are leaving, backing off
 * to this many milliseconds while they are not (a stalled peer costs one look per 10 ms).
 */
const BUFFER_POLL_MAX_MS = 10;
/** What a browser's network stack may hold for one WebSocket before SO_SNDBUF counts it. */
const BROWSER_STACK_BYTES = 256 * 1024;

/** The handshake failed: an HTTP status from ws's message, when there is one. */
function handshakeCode(message: string | undefined): string {
  const m = /Unexpected server response: (\d+)/.exec(message ?? '');
  const status = m ? Number(m[1]) : 0;
  // 401/403: no token or a foreign origin. Anything else: the proxy is not there or is full.
  return status === 401 || status === 403 ? 'EACCES' : 'ECONNREFUSED';
}

interface ChannelHandler {
  onFrame(r: FrameReader): void;
  /** The WebSocket closed; `code` is set when it never opened. */
  onGone(neverOpened: string | undefined, closeCode: number): void;
  onDrain(): void;
}

/** One WebSocket with a queue for frames sent before it opened, and honest buffered counts. */
class Channel {
  private readonly ws: WebSocketLike;
  private queue: Uint8Array[] = [];
  private queued = 0;
  private opened = false;
  private closing = false;
  private gone = false;
  private handshakeError: string | undefined;
  private flushWaiters: (() => void)[] = [];
  // bufferedAmount polling (browsers): whether a look is scheduled, the bytes handed to
  // send() so far, how many had left at the last look, and the current back-off.
  private watching = false;
  private handed = 0;
  private leftAtLook = 0;
  private pollDelay = 0;

  constructor(private readonly opts: WebSocketNetworkOptions, private readonly h: ChannelHandler) {
    const ws = (this.ws = new opts.WebSocket(opts.url));
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => this.onOpen();
    ws.onmessage = (ev) => this.onMessage(ev.data);
    ws.onerror = (ev) => { if (!this.opened) this.handshakeError = handshakeCode(ev.message); };
    ws.onclose = (ev) => this.onClose(ev.code);
  }

  /** Bytes not yet handed to the network: queued before open, or in the WebSocket. */
  get buffered(): number { return this.queued + (this.gone ? 0 : this.ws.bufferedAmount); }

  /**
   * Of those, what SO_SNDBUF counts. A browser's bufferedAmount includes what its network
   * stack holds below the page, where a native program's kernel socket buffer would be, so
   * the first BROWSER_STACK_BYTES of it are not counted (ws's is Node's own buffer: all count).
   */
  get held(): number {
    if (this.opts.sendCallbacks || this.gone) return this.buffered;
    return this.queued + Math.max(0, this.ws.bufferedAmount - BROWSER_STACK_BYTES);
  }

  send(f: Uint8Array): void {
    if (this.gone || this.closing) return;
    if (!this.opened) { this.queue.push(f); this.queued += f.length; return; }
    this.put(f);
  }

  /** Close after everything sent so far (a WebSocket sends its close frame after queued data). */
  close(): void {
    if (this.closing) return;
    this.closing = true;
    if (this.opened) this.ws.close(1000);
    else if (this.gone) return;
    // Not yet open: onOpen sends the queue and then closes.
  }

  flushed(): Promise<void> {
    if (this.buffered === 0 || this.gone) return Promise.resolve();
    return new Promise((r) => { this.flushWaiters.push(r); this.watch(); });
  }

  private put(f: Uint8Array): void {
    if (this.opts.sendCallbacks) this.ws.send(f, () => this.sent());
    else { this.ws.send(f); this.handed += f.length; this.watch(); }
  }

  private sent(): void {
    this.h.onDrain();
    if (this.buffered === 0) for (const r of this.flushWaiters.splice(0)) r();
  }

  /** Without send callbacks, watch bufferedAmount until it is 0. */
  private watch(): void {
    if (this.opts.sendCallbacks || this.watching || !this.opened) return;
    this.watching = true;
    const look = () => {
      this.watching = false;
      if (this.gone) return;
      this.sent();
      if (this.buffered === 0) { this.pollDelay = 0; return; }
      const left = this.handed - this.ws.bufferedAmount;
      this.pollDelay = left > this.leftAtLook ? 0 : Math.min(Math.max(1, this.pollDelay * 2), BUFFER_POLL_MAX_MS);
      this.leftAtLook = left;
      this.watch();
    };
    if (this.pollDelay === 0) setImmediate(look);
    else setTimeout(look, this.pollDelay);
  }

  private onOpen(): void {
    this.opened = true;
    const q = this.queue;
    this.queue = [];
    this.queued = 0;
    for (const f of q) this.put(f);
    if (this.closing) this.ws.close(1000);
  }

  private onMessage(data: unknown): void {
    if (!(data instanceof ArrayBuffer)) return; // the proxy sends binary frames only
    try {
      this.h.onFrame(new FrameReader(new Uint8Array(data)));
    } catch {
      // A malformed frame from the proxy: the connection is lost (ECONNRESET), the host goes on.
      this.ws.close(4002); // a browser allows only 1000 and 3000-4999 here
    }
  }

  private onClose(code: number): void {
    if (this.gone) return;
    this.gone = true;
    this.queue = [];
    this.queued = 0;
    for (const r of this.flushWaiters.splice(0)) r();
    this.h.onGone(this.opened ? undefined : (this.handshakeError ?? 'ECONNREFUSED'), code);
  }
}

type StreamState = 'connecting' | 'connected' | 'closed';

/** A TCP connection made by the proxy. */
class ProxyStream implements StreamConnection, ChannelHandler {
  private readonly ch: Channel;
  private state: StreamState = 'connecting';
  private errored = false;
  private peerEnded = false;
  /** END sent (shutdown SD_SEND): with PEER_END too, the connection has ended both ways. */
  private ended = false;
  private local: SockAddr | undefined;
  private remote: SockAddr | undefined;

  constructor(opts: WebSocketNetworkOptions, to: SockAddr, private events: StreamEvents | undefined) {
    this.ch = new Channel(opts, this);
    this.ch.send(frame(Frame.CONNECT).addr(to).done());
  }

  // ---- proxy frames -------------------------------------------------------
  onFrame(r: FrameReader): void {
    const ev = this.events;
    switch (r.type) {
      case Frame.CONNECTED:
        this.local = r.addr();
        this.remote = r.addr();
        this.state = 'connected';
        ev?.onConnect();
        return;
      case Frame.PEER_DATA: ev?.onData(r.rest().slice()); return;
      case Frame.PEER_END: this.peerEnded = true; ev?.onEnd(); return;
      case Frame.ERROR: this.error(r.str()); return;
      default: this.error('EPROTO');
    }
  }

  onGone(neverOpened: string | undefined, closeCode: number): void {
    if (neverOpened) this.error(neverOpened);
    // The proxy went away without saying why (killed, or its host lost): the connection is
    // lost, as a reset is, unless it had already ended both ways. A peer's FIN alone ends
    // only what it sends: this side could still send, and a send must now fail.
    else if (closeCode !== 1000 && !(this.peerEnded && this.ended)) this.error(this.state === 'connecting' ? 'ECONNREFUSED' : 'ECONNRESET');
    else if (this.state === 'connecting') this.error('ECONNREFUSED');
    this.state = 'closed';
    const ev = this.events;
    this.events = undefined;
    ev?.onClose();
  }

  onDrain(): void { this.events?.onDrain(); }

  private error(code: string): void {
    if (this.errored) return;
    this.errored = true;
    this.events?.onError(code);
  }

  // ---- StreamConnection ---------------------------------------------------
  get buffered(): number { return this.ch.held; }
  write(data: Uint8Array): void {
    for (let at = 0; at < data.length; at += MAX_CHUNK) this.ch.send(dataFrame(Frame.DATA, data.subarray(at, at + MAX_CHUNK)));
  }
  /** Framing copies the bytes, so borrowed views are released at once. */
  writeBorrowed(chunks: Uint8Array[]): void { for (const c of chunks) this.write(c); }
  end(): void { this.ended = true; this.ch.send(frame(Frame.END).done()); }
  destroy(): void { this.events = undefined; this.ch.close(); }
  reset(): void {
    this.events = undefined;
    this.ch.send(frame(Frame.RESET).done());
    this.ch.close();
  }
  pause(): void { this.ch.send(frame(Frame.PAUSE).done()); }
  resume(): void { this.ch.send(frame(Frame.RESUME).done()); }
  setNoDelay(on: boolean): void { this.ch.send(frame(Frame.OPTION).u8(Option.NO_DELAY).u8(on ? 1 : 0).done()); }
  /** The OPTION frame carries on or off only: TCP_KEEPIDLE stays in the socket's options (getsockopt reports it). */
  setKeepAlive(on: boolean, _idleSeconds: number): void { this.ch.send(frame(Frame.OPTION).u8(Option.KEEP_ALIVE).u8(on ? 1 : 0).done()); }
  localAddress(): SockAddr | undefined { return this.local; }
  remoteAddress(): SockAddr | undefined { return this.remote; }
  flushed(): Promise<void> { return this.ch.flushed(); }
}

function isAny(a: SockAddr): boolean { return a.address === '0.0.0.0' || a.address === '::'; }

/** A UDP socket owned by the proxy, bound to a port it chooses. */
class ProxyDatagram implements DatagramEndpoint, ChannelHandler {
  private ch: Channel | undefined;
  private bound: SockAddr | undefined;
  private binding: ((r: SockAddr | CoreError) => void) | undefined;
  private closed = false;

  constructor(private readonly opts: WebSocketNetworkOptions, private readonly family: 4 | 6, private readonly events: DatagramEvents) {}

  bind(local: SockAddr, _opts: BindOptions): Promise<SockAddr | CoreError> {
    // The proxy picks the port: a fixed local port (a UDP server) cannot be had.
    if (!isAny(local) || local.port !== 0) return Promise.resolve(fail('EOPNOTSUPP'));
    if (this.ch) return Promise.resolve(fail('EINVAL'));
    return new Promise((resolve) => {
      this.binding = resolve;
      this.ch = new Channel(this.opts, this);
      this.ch.send(frame(Frame.UDP_OPEN).u8(this.family).done());
    });
  }

  send(data: Uint8Array, to: SockAddr): void {
    if (!this.ch) void this.bind({ family: this.family, address: this.family === 4 ? '0.0.0.0' : '::', port: 0 }, { reuseAddress: false, exclusive: false, v6Only: false });
    this.ch!.send(frame(Frame.UDP_SEND).addr(to).bytes(data).done());
  }

  onFrame(r: FrameReader): void {
    switch (r.type) {
      case Frame.UDP_BOUND:
        this.bound = r.addr();
        this.settle(this.bound);
        return;
      case Frame.UDP_MESSAGE: {
        const from = r.addr();
        if (!this.closed) this.events.onMessage(r.rest().slice(), from);
        return;
      }
      case Frame.ERROR: {
        const code = r.str();
        if (this.binding) this.settle(fail(code));
        else if (!this.closed) this.events.onError(code);
        return;
      }
      default: if (!this.closed) this.events.onError('EPROTO');
    }
  }

  onGone(neverOpened: string | undefined): void {
    if (this.binding) this.settle(fail(neverOpened ?? 'ENETDOWN'));
    else if (!this.closed) this.events.onGone('ENETDOWN');
  }

  onDrain(): void {}

  private settle(r: SockAddr | CoreError): void {
    const b = this.binding;
    this.binding = undefined;
    b?.(r);
  }

  setBroadcast(_on: boolean): void { /* the proxy's rules decide what a datagram may reach */ }
  /** The proxy protocol has no TTL option: IP_TTL and IPV6_UNICAST_HOPS stay in the socket's options (getsockopt reports them). */
  setTtl(_ttl: number): void {}

  setMulticast(): void { /* nothing to apply: no datagram of the proxy joins or leaves a group */ }

  /** The proxy relays datagrams between one page and named peers: it cannot join the browser to an IP multicast group. */
  addMembership(): CoreError | undefined { return fail('EOPNOTSUPP', 'no IP multicast through the WebSocket proxy'); }
  dropMembership(): CoreError | undefined { return fail('EOPNOTSUPP', 'no IP multicast through the WebSocket proxy'); }
  localAddress(): SockAddr | undefined { return this.bound; }
  flushed(): Promise<void> { return this.ch ? this.ch.flushed() : Promise.resolve(); }
  close(): void {
    this.closed = true;
    this.ch?.close();
  }
}

/** One request, one answer: a lookup or a reverse lookup at the proxy. */
function ask<T>(opts: WebSocketNetworkOptions, request: Uint8Array, answer: (r: FrameReader) => T): Promise<T | CoreError> {
  return new Promise((resolve) => {
    let done = false;
    const settle = (v: T | CoreError) => { if (!done) { done = true; resolve(v); } };
    const ch = new Channel(opts, {
      onFrame(r) {
        if (r.type === Frame.ERROR) settle(fail(r.str()));
        else settle(answer(r));
        ch.close();
      },
      // A lookup the proxy cannot be asked is a temporary failure (WSATRY_AGAIN).
      onGone() { settle(fail('TRY_AGAIN')); },
      onDrain() {},
    });
    ch.send(request);
  });
}

export function webSocketNetwork(opts: WebSocketNetworkOptions): Network {
  return {
    connect: (remote: SockAddr, _local: SockAddr | undefined, events: StreamEvents): StreamConnection => new ProxyStream(opts, remote, events),
    // A page cannot accept connections: the proxy opens outgoing connections only.
    listen: (_l: SockAddr, _b: number, _o: BindOptions, _e: ListenerEvents): Promise<StreamListener | CoreError> => Promise.resolve(fail('EOPNOTSUPP')),
    // bind(INADDR_ANY:0) before connect is common in clients and means nothing here; any other bind cannot be had.
    probeBind: (local: SockAddr): Promise<SockAddr | CoreError> => Promise.resolve(isAny(local) && local.port === 0 ? local : fail('EOPNOTSUPP')),
    datagram: (family, events) => new ProxyDatagram(opts, family, events),
    lookup: (name: string, family: 0 | 4 | 6): Promise<Resolved | CoreError> => new TextEncoder().encode(name).length > 255
      ? Promise.resolve(fail('HOST_NOT_FOUND'))
      : ask(opts, frame(Frame.LOOKUP).u8(family).str(name).done(), (r) => {
      if (r.type !== Frame.LOOKUP_RESULT) return fail('NO_RECOVERY');
      const n = r.u8();
      const addresses: SockAddr[] = [];
      for (let i = 0; i < n; i++) addresses.push(r.addr());
      return n === 0 ? fail('HOST_NOT_FOUND') : { addresses, canonicalName: name };
    }),
    reverse: (addr: SockAddr) => ask(opts, frame(Frame.REVERSE).addr(addr).done(), (r) => (
      r.type === Frame.REVERSE_RESULT ? { host: r.str(), service: r.str() } : fail('NO_RECOVERY'))),
    hostname: () => opts.hostname ?? 'localhost',
    // A page sees no network interfaces; it reports the loopback adapter only.
    interfaces: () => LOOPBACK_ONLY,
  };
}
