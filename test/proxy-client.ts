// Clients of winsock-proxy for its tests: a raw frame-level session, an echo session that
// must keep working while others misbehave, and raw HTTP for handshakes ws would not send.
import net from 'node:net';
import { WebSocket } from 'ws';
import { Frame, FrameReader, dataFrame, frame } from '../host/proxy/frames.js';
import { waitFor } from './helpers.js';

/** A raw client session: the frames the proxy sends, in order. */
export class Raw {
  readonly ws: WebSocket;
  readonly frames: FrameReader[] = [];
  closeCode: number | undefined;
  status: number | undefined;
  opened: Promise<boolean>;
  constructor(url: string, headers: Record<string, string> = {}) {
    this.ws = new WebSocket(url, { headers });
    this.ws.binaryType = 'nodebuffer';
    this.ws.on('message', (d: Buffer) => this.frames.push(new FrameReader(new Uint8Array(d))));
    this.ws.on('close', (code) => { this.closeCode = code; });
    this.ws.on('unexpected-response', (_req, res) => { this.status = res.statusCode; this.ws.terminate?.(); });
    this.ws.on('error', () => {});
    this.opened = new Promise((r) => { this.ws.once('open', () => r(true)); this.ws.once('close', () => r(false)); });
  }
  send(f: Uint8Array | string): void {
    if (this.ws.readyState === WebSocket.CONNECTING) this.ws.once('open', () => this.ws.send(f));
    else this.ws.send(f);
  }
  async next(type?: number, ms = 5000): Promise<FrameReader> {
    await waitFor(() => this.frames.length > 0, ms);
    const f = this.frames.shift()!;
    if (type !== undefined && f.type !== type) throw new Error(`expected frame 0x${type.toString(16)}, got 0x${f.type.toString(16)}${f.type === Frame.ERROR ? ' ' + f.str() : ''}`);
    return f;
  }
  closed(ms = 5000): Promise<void> { return waitFor(() => this.closeCode !== undefined || this.status !== undefined, ms); }
}

/** An echo session through the proxy to `echoPort`, which must keep working while other sessions are cut off. */
export async function echoSession(url: string, echoPort: number): Promise<(text: string) => Promise<string>> {
  const c = new Raw(url);
  c.send(frame(Frame.CONNECT).addr({ family: 4, address: '127.0.0.1', port: echoPort }).done());
  await c.next(Frame.CONNECTED);
  return async (text) => {
    c.send(dataFrame(Frame.DATA, new TextEncoder().encode(text)));
    let got = '';
    while (got.length < text.length) got += new TextDecoder().decode((await c.next(Frame.PEER_DATA)).rest());
    return got;
  };
}

/** A well-formed WebSocket upgrade request, with `extra` header lines (each ending in \r\n). */
export function upgradeRequest(extra = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n', path = '/'): string {
  return `GET ${path} HTTP/1.1\r\nHost: proxy\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${extra}\r\n`;
}

/**
 * Sends `request` on a plain TCP connection to `port`; resolves to the status line the
 * proxy answers with ('' when it closes without one) once the proxy closes the
 * connection, or after `ms` (then the status line, and this side closes).
 */
export function rawHttp(port: number, request: string, ms = 2000): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(request));
    let got = '';
    s.on('data', (d) => { got += d.toString('latin1'); });
    s.on('error', () => {});
    const t = setTimeout(() => s.destroy(), ms);
    s.on('close', () => { clearTimeout(t); resolve(got.split('\r\n')[0]); });
  });
}
