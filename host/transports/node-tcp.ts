// Stream sockets on Node's `net`. Listeners are shared functions; the owning
// core socket hangs off the net.Socket.
import net from 'node:net';
import { fail, codeOf, type CoreError } from '../core/errors.js';
import type {
  BindOptions, IncomingConnection, ListenerEvents, SockAddr, StreamConnection, StreamEvents, StreamListener,
} from '../core/transport.js';

const kEvents = Symbol('winsock.events');
/** Linux's largest TCP_KEEPIDLE, in seconds (MAX_TCP_KEEPIDLE). */
const MAX_KEEPIDLE = 32767;
type Owned = net.Socket & { [kEvents]?: StreamEvents };

export function toSockAddr(address: string | undefined, port: number | undefined, family?: string | number): SockAddr | undefined {
  if (address === undefined || port === undefined) return undefined;
  const six = family === 'IPv6' || family === 6 || address.includes(':');
  return { family: six ? 6 : 4, address, port };
}

function onConnect(this: Owned) { this[kEvents]?.onConnect(); }
function onData(this: Owned, chunk: Buffer) { this[kEvents]?.onData(chunk); }
function onEnd(this: Owned) { this[kEvents]?.onEnd(); }
function onError(this: Owned, err: Error) { this[kEvents]?.onError(codeOf(err)); }
function onClose(this: Owned) { this[kEvents]?.onClose(); }
function onWritten(this: Owned) { this[kEvents]?.onDrain(); }

function wire(s: Owned, events: StreamEvents): void {
  s[kEvents] = events;
  s.on('connect', onConnect);
  s.on('data', onData);
  s.on('end', onEnd);
  s.on('error', onError);
  s.on('close', onClose);
  s.on('drain', onWritten);
}

const EMPTY = Buffer.alloc(0);

/** Called when everything written before it has reached the kernel. */
function onFlushed(this: NodeStream) {
  this.watching = false;
  this.watch(); // data written after the marker is still pending: watch it too
  this.s[kEvents]?.onDrain();
}

class NodeStream implements StreamConnection {
  /** An empty write with a callback is queued behind pending data. */
  watching = false;
  private readonly flushedCb = onFlushed.bind(this);
  constructor(readonly s: Owned) {}
  get buffered(): number { return this.s.writableLength; }
  write(data: Uint8Array): void {
    this.s.write(data);
    this.watch();
  }
  writeBorrowed(chunks: Uint8Array[]): void {
    // One write per chunk: Node's corked writev path costs more than separate writes.
    for (let i = 0; i < chunks.length; i++) this.s.write(chunks[i]);
    this.watch();
  }
  /**
   * Usually the kernel takes a write at once. When it does not, the owner must hear
   * when it has: an empty write's callback runs once all earlier writes are done
   * ('drain' alone would miss writes smaller than the high-water mark).
   */
  watch(): void {
    if (this.s.writableLength > 0 && !this.watching) {
      this.watching = true;
      this.s.write(EMPTY, this.flushedCb);
    }
  }
  end(): void { this.s.end(); }
  destroy(): void {
    const s = this.s;
    s[kEvents] = undefined;
    s.resume(); // unread data would make the OS answer the close with a reset
    // After a graceful end, close once the buffered data has reached the kernel.
    if (s.writableEnded && !s.writableFinished) s.once('finish', () => s.destroy());
    else s.destroy();
  }
  reset(): void {
    const s = this.s;
    s[kEvents] = undefined;
    // Node cannot reset a connection whose sending side is shut down (libuv refuses with EINVAL
    // and leaves the handle open): after shutdown(SD_SEND) the close is graceful.
    if (typeof s.resetAndDestroy === 'function' && !s.destroyed && !s.writableEnded) s.resetAndDestroy();
    else s.destroy();
  }
  pause(): void { this.s.pause(); }
  resume(): void { this.s.resume(); }
  setNoDelay(on: boolean): void { this.s.setNoDelay(on); }
  /**
   * TCP_KEEPIDLE is Node's initial delay, in ms; Node passes whole seconds on, and 0 would mean
   * "unchanged", so it is at least 1 s, and at most Linux's limit for TCP_KEEPIDLE (32767 s).
   */
  setKeepAlive(on: boolean, idleSeconds: number): void {
    this.s.setKeepAlive(on, Math.min(Math.max(idleSeconds, 1), MAX_KEEPIDLE) * 1000);
  }
  flushed(): Promise<void> {
    const s = this.s;
    if (s.destroyed || s.writableLength === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => { s.off('close', done); s.off('finish', done); resolve(); };
      s.once('close', done);
      if (s.writableEnded) s.once('finish', done);
      else s.write(Buffer.alloc(0), done); // writes complete in order: this one last
    });
  }
  /** The address the connection was made from, kept for after it has failed (Node forgets it then). */
  private local: SockAddr | undefined;
  localAddress(): SockAddr | undefined {
    return (this.local = toSockAddr(this.s.localAddress, this.s.localPort, this.s.localFamily) ?? this.local);
  }
  remoteAddress(): SockAddr | undefined { return toSockAddr(this.s.remoteAddress, this.s.remotePort, this.s.remoteFamily); }
}

export function connectStream(remote: SockAddr, local: SockAddr | undefined, events: StreamEvents): StreamConnection {
  const s: Owned = new net.Socket({ allowHalfOpen: true });
  wire(s, events);
  s.connect({
    host: remote.address,
    port: remote.port,
    family: remote.family,
    localAddress: local && local.address !== '0.0.0.0' && local.address !== '::' ? local.address : undefined,
    localPort: local?.port || undefined,
  });
  const stream = new NodeStream(s);
  // Node makes the connect call in a later tick; once it has, the local address is known. A
  // failed connect leaves the socket bound to it (getsockname), but Node forgets it on failure.
  process.nextTick(() => stream.localAddress());
  return stream;
}

class Incoming implements IncomingConnection {
  constructor(private readonly s: Owned) {}
  attach(events: StreamEvents): StreamConnection {
    wire(this.s, events);
    this.s.resume();
    return new NodeStream(this.s);
  }
  refuse(): void {
    this.s.on('error', () => {});
    if (typeof this.s.resetAndDestroy === 'function') this.s.resetAndDestroy();
    else this.s.destroy();
  }
}

class NodeListener implements StreamListener {
  constructor(private readonly server: net.Server) {}
  localAddress(): SockAddr {
    const a = this.server.address() as net.AddressInfo;
    return toSockAddr(a.address, a.port, a.family)!;
  }
  close(): void { this.server.close(); }
}

function listenOnce(server: net.Server, local: SockAddr, backlog: number, opts: BindOptions): Promise<CoreError | undefined> {
  return new Promise((resolve) => {
    const onErr = (err: Error) => { server.off('listening', onOk); resolve(fail(codeOf(err))); };
    const onOk = () => { server.off('error', onErr); resolve(undefined); };
    server.once('error', onErr);
    server.once('listening', onOk);
    server.listen({ host: local.address, port: local.port, backlog, ipv6Only: local.family === 6 && opts.v6Only, exclusive: true });
  });
}

export async function listenStream(local: SockAddr, backlog: number, opts: BindOptions, events: ListenerEvents): Promise<StreamListener | CoreError> {
  // Sockets arrive paused, so nothing is read before the guest accepts them.
  const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true });
  const e = await listenOnce(server, local, Math.min(backlog, 0x7fff), opts);
  if (e) return e;
  server.on('connection', (s: net.Socket) => events.onConnection(new Incoming(s)));
  server.on('error', (err) => events.onError(codeOf(err)));
  return new NodeListener(server);
}

export async function probeStreamBind(local: SockAddr, opts: BindOptions): Promise<SockAddr | CoreError> {
  const server = net.createServer();
  const e = await listenOnce(server, local, 1, opts);
  if (e) return e;
  const a = new NodeListener(server).localAddress();
  await new Promise<void>((r) => server.close(() => r()));
  return { ...local, port: a.port };
}
