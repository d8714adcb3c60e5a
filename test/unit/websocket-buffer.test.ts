// The WebSocket transport as it runs in a browser, where a WebSocket never says that a
// frame has left: bufferedAmount is watched. A stand-in WebSocket lets the test decide
// what bufferedAmount says and count how often it is looked at.
import { describe, expect, it } from 'vitest';
import { webSocketNetwork, type WebSocketLike } from '../../host/transports/websocket.js';
import type { StreamEvents } from '../../host/core/transport.js';

class PageWebSocket implements WebSocketLike {
  static last: PageWebSocket | undefined;
  binaryType = 'blob';
  readyState = 0;
  amount = 0;
  looks = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: { message?: string }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    PageWebSocket.last = this;
    setTimeout(() => { this.readyState = 1; this.onopen?.({}); }, 0);
  }
  get bufferedAmount(): number { this.looks++; return this.amount; }
  send(data: Uint8Array): void { this.amount += data.length; }
  close(): void { this.readyState = 3; }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function connect(): { conn: ReturnType<ReturnType<typeof webSocketNetwork>['connect']>; drains: () => number } {
  let drains = 0;
  const events: StreamEvents = {
    onConnect() {}, onData() {}, onEnd() {}, onError() {}, onClose() {},
    onDrain() { drains++; },
  };
  const net = webSocketNetwork({ url: 'ws://proxy.invalid/', WebSocket: PageWebSocket, sendCallbacks: false });
  const conn = net.connect({ family: 4, address: '127.0.0.1', port: 7 }, undefined, events);
  return { conn, drains: () => drains };
}

describe('a browser WebSocket\'s buffer is watched, not waited on', () => {
  it('while nothing leaves, bufferedAmount is looked at with a back-off (down to one look per 10 ms), not in a busy loop', async () => {
    const { conn } = connect();
    await sleep(5);
    conn.write(new Uint8Array(1 << 20));
    const ws = PageWebSocket.last!;
    ws.looks = 0;
    await sleep(300);
    // Each look reads bufferedAmount a few times: about 30 looks make about 90 reads here.
    // Looking again at once, without the back-off, makes about a million in 300 ms.
    expect(ws.looks).toBeGreaterThan(5);
    expect(ws.looks).toBeLessThan(300);
    conn.destroy();
  });

  it('bytes that leave are noticed at once: the owner hears onDrain, and the looks speed up again', async () => {
    const { conn, drains } = connect();
    await sleep(5);
    conn.write(new Uint8Array(1 << 20));
    const ws = PageWebSocket.last!;
    await sleep(100); // backed off to one look per 10 ms
    const before = drains();
    ws.amount = 0;
    await sleep(30);
    expect(drains()).toBeGreaterThan(before);
    expect(conn.buffered).toBe(0);
    conn.destroy();
  });

  it('SO_SNDBUF counts only what the page holds beyond the browser\'s own 256 KiB of network buffering', async () => {
    const { conn } = connect();
    await sleep(5);
    const ws = PageWebSocket.last!;
    ws.amount = 0;
    conn.write(new Uint8Array(200 * 1024));
    expect(conn.buffered).toBe(0);
    conn.write(new Uint8Array(100 * 1024));
    // 300 KiB of data plus frame headers are in the WebSocket; all but 256 KiB of it counts.
    expect(conn.buffered).toBe(ws.amount - 256 * 1024);
    expect(conn.buffered).toBeGreaterThan(44 * 1024);
    conn.destroy();
  });
});
