// Datagram sockets on Node's `dgram`. The Node socket is made at bind time,
// when the options it needs (family, SO_REUSEADDR, IPV6_V6ONLY) are known.
import dgram from 'node:dgram';
import { fail, codeOf, type CoreError } from '../core/errors.js';
import type { BindOptions, DatagramEndpoint, DatagramEvents, SockAddr } from '../core/transport.js';
import type { MulticastSending } from '../core/multicast.js';

export class NodeDatagram implements DatagramEndpoint {
  private sock: dgram.Socket | undefined;
  private bound: SockAddr | undefined;
  private closed = false;
  /** Sends handed to Node and not yet completed (Node resolves the address first, so a send is async). */
  private inFlight = 0;
  private idle: (() => void)[] = [];
  /** The multicast settings to apply, kept until the socket is bound. */
  private multicast: MulticastSending | undefined;

  constructor(private readonly family: 4 | 6, private readonly events: DatagramEvents) {}

  bind(local: SockAddr, opts: BindOptions): Promise<SockAddr | CoreError> {
    const s = dgram.createSocket({
      type: this.family === 4 ? 'udp4' : 'udp6',
      reuseAddr: opts.reuseAddress,
      ipv6Only: this.family === 6 && opts.v6Only,
    });
    this.sock = s;
    s.on('message', (msg, rinfo) => {
      if (this.closed) return;
      this.events.onMessage(msg, { family: rinfo.family === 'IPv6' ? 6 : 4, address: rinfo.address, port: rinfo.port });
    });
    return new Promise((resolve) => {
      const onErr = (err: Error) => {
        // The failed socket is released; a later bind makes a new one.
        if (this.sock === s) this.sock = undefined;
        try { s.close(); } catch { /* not open */ }
        resolve(fail(codeOf(err)));
      };
      s.once('error', onErr);
      s.bind({ address: local.address, port: local.port, exclusive: true }, () => {
        s.off('error', onErr);
        s.on('error', (err) => this.events.onError(codeOf(err)));
        if (this.closed) { s.close(); resolve(fail('ENOTSOCK')); return; }
        const a = s.address();
        this.bound = { family: this.family, address: a.address, port: a.port };
        // Before the sends dgram queued during the bind go out: an implicit bind's first datagram has them.
        this.applyMulticast();
        resolve(this.bound);
      });
    });
  }

  send(data: Uint8Array, to: SockAddr): void {
    if (!this.sock) return;
    this.inFlight++;
    // Errors of an unreliable send are not reported back, as with UDP on Windows.
    this.sock.send(data, to.port, to.address, () => {
      if (--this.inFlight === 0) for (const f of this.idle.splice(0)) f();
    });
  }

  /** Resolves once every send handed over so far has reached the kernel. */
  flushed(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  setBroadcast(on: boolean): void {
    try { this.sock?.setBroadcast(on); } catch { /* not bound yet: applied at bind */ }
  }

  /** dgram's setTTL sets IP_TTL on udp4 and IPV6_UNICAST_HOPS on udp6; it takes 1 to 255, so a TTL of 0 is not applied. */
  setTtl(ttl: number): void {
    if (ttl < 1 || ttl > 255) return;
    try { this.sock?.setTTL(ttl); } catch { /* not bound yet: applied at bind */ }
  }

  /**
   * dgram's setMulticastTTL, setMulticastLoopback and setMulticastInterface; core has checked the
   * values (0 to 255, an interface of this host), so a refusal here leaves the system's setting.
   */
  setMulticast(m: MulticastSending): void {
    this.multicast = { ...m };
    this.applyMulticast();
  }

  private applyMulticast(): void {
    const s = this.sock, m = this.multicast;
    if (!s || !m || !this.bound) return;
    try { s.setMulticastTTL(m.hops); } catch { /* kept by core, not applied */ }
    try { s.setMulticastLoopback(m.loop); } catch { /* kept by core, not applied */ }
    // INADDR_ANY ('0.0.0.0') and '::' give the choice back to the system.
    try { s.setMulticastInterface(m.iface ?? (this.family === 4 ? '0.0.0.0' : '::')); } catch { /* kept by core, not applied */ }
  }

  addMembership(group: string, iface: string | undefined, source?: string): CoreError | undefined {
    try {
      if (source === undefined) this.sock?.addMembership(group, iface);
      else this.sock?.addSourceSpecificMembership(source, group, iface);
    } catch (err) { return fail(codeOf(err)); }
    return undefined;
  }

  dropMembership(group: string, iface: string | undefined, source?: string): CoreError | undefined {
    try {
      if (source === undefined) this.sock?.dropMembership(group, iface);
      else this.sock?.dropSourceSpecificMembership(source, group, iface);
    } catch (err) { return fail(codeOf(err)); }
    return undefined;
  }

  localAddress(): SockAddr | undefined { return this.bound; }

  close(): void {
    this.closed = true;
    // A datagram sent just before closesocket still goes out, as on Windows.
    void this.flushed().then(() => {
      try { this.sock?.close(); } catch { /* already closed */ }
    });
  }
}
