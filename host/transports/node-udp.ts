// Datagram sockets on Node's `dgram`. The Node socket is made at bind time,
// when the options it needs (family, SO_REUSEADDR, IPV6_V6ONLY) are known.
import dgram from 'node:dgram';
import { fail, codeOf, type CoreError } from '../core/errors.js';
import type { BindOptions, DatagramEndpoint, DatagramEvents, SockAddr } from '../core/transport.js';

export class NodeDatagram implements DatagramEndpoint {
  private sock: dgram.Socket | undefined;
  private bound: SockAddr | undefined;
  private closed = false;

  constructor(private readonly family: 4 | 6, private readonly events: DatagramEvents) {}

  bind(local: SockAddr, opts: BindOptions): Promise<SockAddr | CoreError> {
    const s = dgram.createSocket({
      type: this.family === 4 ? 'udp4' : 'udp6',
      reuseAddr: opts.reuseAddress,
      ipv6Only: this.family === 6 && opts.v6Only,
    });
    this.sock = s;
    s.on('message', (msg, rinfo) => {
      this.events.onMessage(msg, { family: rinfo.family === 'IPv6' ? 6 : 4, address: rinfo.address, port: rinfo.port });
    });
    return new Promise((resolve) => {
      const onErr = (err: Error) => { resolve(fail(codeOf(err))); };
      s.once('error', onErr);
      s.bind({ address: local.address, port: local.port, exclusive: true }, () => {
        s.off('error', onErr);
        s.on('error', (err) => this.events.onError(codeOf(err)));
        if (this.closed) { s.close(); resolve(fail('ENOTSOCK')); return; }
        const a = s.address();
        this.bound = { family: this.family, address: a.address, port: a.port };
        resolve(this.bound);
      });
    });
  }

  send(data: Uint8Array, to: SockAddr): void {
    // Errors of an unreliable send are not reported back, as with UDP on Windows.
    this.sock?.send(data, to.port, to.address, () => {});
  }

  setBroadcast(on: boolean): void {
    try { this.sock?.setBroadcast(on); } catch { /* not bound yet: applied at bind */ }
  }

  localAddress(): SockAddr | undefined { return this.bound; }

  close(): void {
    this.closed = true;
    try { this.sock?.close(); } catch { /* already closed */ }
  }
}
