// One WebSocket session of winsock-proxy: its first frame decides what it is (a TCP
// connection, a UDP endpoint, a name lookup); the rest of its life is one of those.
// Backpressure both ways: the TCP socket pauses while the WebSocket holds more than
// HIGH_WATER unsent bytes (or the client sent PAUSE); the WebSocket stops being read
// while the TCP socket's write buffer is full.
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import type { WebSocket } from 'ws';
import { Frame, FrameError, FrameReader, Option, dataFrame, fitsStr, frame, type FrameAddr } from './frames.js';
import type { AllowList } from './rules.js';

/** Bytes the WebSocket may hold unsent before the TCP socket is paused. */
const HIGH_WATER = 1 << 20;
/** Below this the TCP socket reads again. */
const LOW_WATER = 256 * 1024;
/** Datagram bytes in flight to the network before the WebSocket stops being read. */
const UDP_IN_FLIGHT = 1 << 20;

export interface SessionLimits {
  /** Close the session after this long without traffic (0: never). */
  idleMs: number;
  /** Close the session unless its first frame comes within this long (0: no limit). */
  firstFrameMs: number;
}

export interface SessionLog {
  client: string;
  kind: 'tcp' | 'udp' | 'lookup' | 'reverse' | 'none';
  target: string;
  up: number; // client to network
  down: number; // network to client
  reason: string;
}

function codeOf(err: unknown): string {
  const c = (err as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : 'ENETDOWN';
}

function toFrameAddr(address: string | undefined, port: number | undefined, family?: string | number): FrameAddr {
  const six = family === 'IPv6' || family === 6 || (address ?? '').includes(':');
  return { family: six ? 6 : 4, address: address ?? (six ? '::' : '0.0.0.0'), port: port ?? 0 };
}

export class Session {
  readonly log: SessionLog;
  private tcp: net.Socket | undefined;
  private udp: dgram.Socket | undefined;
  private udpChain: Promise<void> = Promise.resolve();
  private udpInFlight = 0;
  private clientPaused = false;
  /** The client sent END: DATA after it is a protocol error. */
  private clientEnded = false;
  /**
   * What the client sent between CONNECT and the socket's creation (the allow check is
   * asynchronous): applied in order once the socket exists, as net itself queues writes
   * made while it connects. The WebSocket is paused meanwhile, so this holds at most what
   * ws had already read.
   */
  private beforeSocket: ((s: net.Socket) => void)[] = [];
  private wsFull = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private firstFrameTimer: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    private readonly ws: WebSocket,
    client: string,
    private readonly allow: AllowList,
    private readonly limits: SessionLimits,
    private readonly onDone: (s: Session) => void,
  ) {
    this.log = { client, kind: 'none', target: '-', up: 0, down: 0, reason: 'closed' };
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on('close', (code, reason) => this.onWsClose(code, reason.toString()));
    // ws closes the socket itself after an error (an oversize frame: 1009).
    ws.on('error', (err) => { if (this.log.reason === 'closed') this.log.reason = `${codeOf(err)} ${err.message}`; });
    this.touch();
    // The handshake is not over until the first frame says what the session is for.
    if (limits.firstFrameMs > 0) {
      this.firstFrameTimer = setTimeout(() => this.fail('ETIMEDOUT', 'no first frame'), limits.firstFrameMs);
      this.firstFrameTimer.unref();
    }
  }

  // ---- client frames ------------------------------------------------------
  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.ended) return; // what comes while the WebSocket closes is not acted on, nor counted
    this.touch();
    try {
      if (!isBinary) throw new FrameError('text frame');
      this.handle(new FrameReader(data));
    } catch (e) {
      // A bad frame ends this session only, never the proxy.
      if (e instanceof FrameError) this.fail('EPROTO', `protocol error: ${e.message}`, 1002);
      else this.fail('ENETDOWN', `proxy error: ${(e as Error)?.message ?? e}`, 1011);
    }
  }

  private handle(r: FrameReader): void {
    if (this.log.kind === 'none') return this.first(r);
    switch (r.type) {
      case Frame.DATA: return this.tcpWrite(r.rest());
      case Frame.END: this.needTcp(); this.clientEnded = true; this.withTcp((s) => s.end()); return;
      case Frame.RESET: this.needTcp(); this.resetTcp('client reset'); return;
      case Frame.PAUSE: this.needTcp(); this.clientPaused = true; this.tcp?.pause(); return;
      case Frame.RESUME: this.needTcp(); this.clientPaused = false; if (!this.wsFull) this.tcp?.resume(); return;
      case Frame.OPTION: return this.option(r.u8(), r.u8() !== 0);
      case Frame.UDP_SEND: return this.udpSend(r.addr(), r.rest());
      default: throw new FrameError(`unexpected frame 0x${r.type.toString(16)}`);
    }
  }

  private needTcp(): void { if (this.log.kind !== 'tcp') throw new FrameError('not a TCP session'); }

  /** Do `op` on the TCP socket now, or once it exists. */
  private withTcp(op: (s: net.Socket) => void): void {
    if (this.tcp) op(this.tcp); else this.beforeSocket.push(op);
  }

  private first(r: FrameReader): void {
    clearTimeout(this.firstFrameTimer);
    switch (r.type) {
      case Frame.CONNECT: return this.guard(this.connect(r.addr()));
      case Frame.UDP_OPEN: return this.udpOpen(r.u8());
      case Frame.LOOKUP: { const family = r.u8(); return void this.lookup(r.str(), family); }
      case Frame.REVERSE: return void this.reverse(r.addr());
      default: throw new FrameError(`unexpected first frame 0x${r.type.toString(16)}`);
    }
  }

  // ---- TCP --------------------------------------------------------------
  private async connect(to: FrameAddr): Promise<void> {
    this.log.kind = 'tcp';
    this.log.target = to.address.includes(':') ? `[${to.address}]:${to.port}` : `${to.address}:${to.port}`;
    this.ws.pause(); // nothing is read until the connection exists
    const picked = await this.allow.pick(to.address, to.port);
    if (typeof picked === 'string') return this.fail(picked, picked === 'EACCES' ? 'refused by the allow rules' : 'no address');
    if (this.ended) return;
    this.log.target = picked.family === 6 ? `[${picked.address}]:${to.port}` : `${picked.address}:${to.port}`;
    const s = net.connect({ host: picked.address, port: to.port, family: picked.family, allowHalfOpen: true });
    this.tcp = s;
    if (this.clientPaused) s.pause(); // PAUSE may come before the connection exists
    s.on('connect', () => {
      if (!s.writableNeedDrain) this.ws.resume(); // else 'drain' does, as for any full write
      this.send(frame(Frame.CONNECTED)
        .addr(toFrameAddr(s.localAddress, s.localPort, s.localFamily))
        .addr(toFrameAddr(s.remoteAddress, s.remotePort, s.remoteFamily)).done());
    });
    s.on('data', (chunk: Buffer) => {
      this.touch();
      this.log.down += chunk.length;
      this.send(dataFrame(Frame.PEER_DATA, chunk));
      if (this.ws.bufferedAmount > HIGH_WATER && !this.wsFull) { this.wsFull = true; s.pause(); }
    });
    s.on('end', () => this.send(frame(Frame.PEER_END).done()));
    s.on('drain', () => this.ws.resume());
    s.on('error', (err) => this.fail(codeOf(err), err.message));
    s.on('close', () => { if (!this.ended) this.close(1000, this.log.reason === 'closed' ? 'done' : this.log.reason); });
    for (const op of this.beforeSocket.splice(0)) op(s);
  }

  private tcpWrite(chunk: Uint8Array): void {
    this.needTcp();
    if (this.clientEnded) throw new FrameError('data after END');
    this.log.up += chunk.length;
    // The WebSocket's own buffer is reused for the next message: hand net a copy.
    const copy = Buffer.from(chunk);
    this.withTcp((s) => { if (!s.write(copy)) this.ws.pause(); });
  }

  private option(opt: number, on: boolean): void {
    this.needTcp();
    if (opt === Option.NO_DELAY) this.withTcp((s) => s.setNoDelay(on));
    else if (opt === Option.KEEP_ALIVE) this.withTcp((s) => s.setKeepAlive(on));
  }

  private resetTcp(reason: string): void {
    const s = this.tcp;
    this.log.reason = reason;
    if (s && !s.destroyed) {
      if (typeof s.resetAndDestroy === 'function') s.resetAndDestroy(); else s.destroy();
    }
    this.close(1000, reason);
  }

  // ---- UDP --------------------------------------------------------------
  private udpOpen(family: number): void {
    if (family !== 4 && family !== 6) throw new FrameError('bad family');
    this.log.kind = 'udp';
    const u = dgram.createSocket(family === 4 ? 'udp4' : 'udp6');
    this.udp = u;
    u.on('error', (err) => this.fail(codeOf(err), err.message));
    u.on('message', (msg, rinfo) => this.guard(this.udpReceived(msg, rinfo)));
    u.bind(0, () => {
      const a = u.address();
      this.send(frame(Frame.UDP_BOUND).addr(toFrameAddr(a.address, a.port, a.family)).done());
    });
  }

  private async udpReceived(msg: Buffer, rinfo: dgram.RemoteInfo): Promise<void> {
    // Only peers the rules admit may talk to the page; and, as UDP, drop rather than buffer.
    const from = toFrameAddr(rinfo.address, rinfo.port, rinfo.family);
    const picked = await this.allow.pick(from.address, from.port);
    if (typeof picked === 'string' || this.ended || this.ws.bufferedAmount > HIGH_WATER) return;
    this.touch();
    this.log.down += msg.length;
    this.send(frame(Frame.UDP_MESSAGE).addr(from).bytes(msg).done());
  }

  private udpSend(to: FrameAddr, payload: Uint8Array): void {
    if (this.log.kind !== 'udp') throw new FrameError('not a UDP session');
    const data = Buffer.from(payload);
    this.udpInFlight += data.length;
    if (this.udpInFlight > UDP_IN_FLIGHT) this.ws.pause();
    // In order, each destination checked after resolution like a TCP target.
    this.udpChain = this.udpChain.then(async () => {
      const picked = await this.allow.pick(to.address, to.port);
      const done = () => { this.udpInFlight -= data.length; if (this.udpInFlight <= UDP_IN_FLIGHT) this.ws.resume(); };
      if (this.ended || !this.udp) return done();
      if (typeof picked === 'string') {
        // Not fatal for the endpoint: the program sees the error on its next call.
        this.log.reason = `datagram to ${to.address}:${to.port} refused`;
        this.send(frame(Frame.ERROR).str(picked).done());
        return done();
      }
      this.log.up += data.length;
      this.log.target = `${picked.address}:${to.port}`;
      await new Promise<void>((r) => this.udp!.send(data, to.port, picked.address, () => r()));
      done();
    });
    this.guard(this.udpChain);
  }

  // ---- names --------------------------------------------------------------
  private lookup(name: string, family: number): void {
    this.log.kind = 'lookup';
    this.log.target = name;
    const fam = family === 4 || family === 6 ? family : 0;
    dns.lookup(name, { all: true, family: fam, verbatim: true }, (err, addrs) => {
      if (err) return this.fail(codeOf(err), err.message);
      const w = frame(Frame.LOOKUP_RESULT).u8(Math.min(addrs.length, 255));
      for (const a of addrs.slice(0, 255)) w.addr({ family: a.family === 6 ? 6 : 4, address: a.address, port: 0 });
      this.send(w.done());
      this.close(1000, 'done');
    });
  }

  private reverse(a: FrameAddr): void {
    this.log.kind = 'reverse';
    this.log.target = `${a.address}:${a.port}`;
    if (!net.isIP(a.address)) return this.fail('EINVAL', 'not an address');
    dns.lookupService(a.address, a.port, (err, host, service) => {
      if (err) return this.fail(codeOf(err), err.message);
      if (!fitsStr(host) || !fitsStr(service)) return this.fail('NO_RECOVERY', 'name too long');
      this.send(frame(Frame.REVERSE_RESULT).str(host).str(service).done());
      this.close(1000, 'done');
    });
  }

  // ---- lifecycle ----------------------------------------------------------
  /**
   * An asynchronous step of this session (the allow check, a datagram's): whatever it
   * throws ends this session only, as onMessage's catch does for the synchronous ones,
   * never an unhandled rejection that would end the proxy.
   */
  private guard(step: Promise<void>): void {
    step.catch((e) => this.fail('ENETDOWN', `proxy error: ${(e as Error)?.message ?? e}`, 1011));
  }

  private send(data: Uint8Array): void {
    if (this.ended || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(data, { binary: true }, () => {
      if (this.wsFull && this.ws.bufferedAmount < LOW_WATER) {
        this.wsFull = false;
        if (!this.clientPaused) this.tcp?.resume();
      }
    });
  }

  private touch(): void {
    if (this.limits.idleMs <= 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.fail('ETIMEDOUT', 'idle'), this.limits.idleMs);
    this.idleTimer.unref();
  }

  /** Report `code` to the client and end the session. */
  fail(code: string, reason: string, wsCode = 1000): void {
    if (this.ended) return;
    this.log.reason = `${code} ${reason}`;
    this.send(frame(Frame.ERROR).str(code).done());
    this.tcp?.destroy();
    this.close(wsCode, code);
  }

  private close(code: number, reason: string): void {
    if (this.ended) return;
    this.ended = true;
    if (this.log.reason === 'closed') this.log.reason = reason;
    this.ws.resume(); // the client's closing handshake must be read
    this.ws.close(code, reason.slice(0, 120));
  }

  private onWsClose(code: number, reason: string): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.firstFrameTimer);
    if (!this.ended) {
      this.ended = true;
      if (this.log.reason === 'closed') this.log.reason = `client closed (${code}${reason ? ' ' + reason : ''})`;
    }
    const s = this.tcp;
    if (s && !s.destroyed) {
      // A close without RESET is closesocket: send what is buffered, then FIN.
      s.resume();
      if (!s.writableEnded) s.end();
      if (s.writableFinished) s.destroy(); else s.once('finish', () => s.destroy());
      s.setTimeout(5000, () => s.destroy());
    }
    try { this.udp?.close(); } catch { /* already closed */ }
    this.onDone(this);
  }
}
