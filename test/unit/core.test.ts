// Core semantics on a fake transport: queues, waits, send buffering, receive backpressure.
import { describe, expect, it } from 'vitest';
import { fail, isFailure } from '../../host/core/errors.js';
import { RecvQueue } from '../../host/core/recv-queue.js';
import { DatagramSocket } from '../../host/core/datagram.js';
import { StreamSocket } from '../../host/core/stream.js';
import { Notifier, waitFor } from '../../host/core/wait.js';
import { Winsock } from '../../host/core/winsock.js';
import { FakeNetwork, type FakeStream } from '../fake-network.js';

const mem = new Uint8Array(1024);
const bytes = () => mem;
const iov = (ptrs: number[], lens: number[]) => ({ ptrs, lens, total: lens.reduce((a, b) => a + b, 0) });

async function connected(net = new FakeNetwork()): Promise<{ sock: StreamSocket; conn: FakeStream; net: FakeNetwork }> {
  const sock = new StreamSocket(net, 4, 6);
  const r = await sock.connect({ family: 4, address: '127.0.0.1', port: 9 });
  expect(r).toBe(0);
  return { sock, conn: net.streams[0], net };
}

describe('RecvQueue', () => {
  it('scatters across buffers and chunks, and peeking leaves the bytes', () => {
    const q = new RecvQueue();
    q.push(Uint8Array.from([1, 2, 3]));
    q.push(Uint8Array.from([4, 5, 6, 7]));
    const out = new Uint8Array(16);
    expect(q.copyTo(out, iov([0, 8], [2, 3]), 100, true)).toBe(5);
    expect(q.bytes).toBe(7);
    expect(q.copyTo(out, iov([0, 8], [2, 3]), 100, false)).toBe(5);
    expect([...out.subarray(0, 2)]).toEqual([1, 2]);
    expect([...out.subarray(8, 11)]).toEqual([3, 4, 5]);
    expect(q.bytes).toBe(2);
    expect(q.copyTo(out, iov([0], [10]), 100, false)).toBe(2);
    expect([...out.subarray(0, 2)]).toEqual([6, 7]);
  });
});

describe('waitFor', () => {
  it('settles when a notifier makes the attempt succeed, and on timeout otherwise', async () => {
    const n = new Notifier();
    let ready = false;
    const p = waitFor([n], () => (ready ? 7 : undefined), -1, () => fail('ETIMEDOUT'));
    n.notify();
    ready = true;
    n.notify();
    expect(await p).toBe(7);
    expect(n.idle).toBe(true);
    const t = await waitFor([n], () => undefined, 10, () => fail('ETIMEDOUT'));
    expect(isFailure(t) && t.code).toBe('ETIMEDOUT');
    expect(n.idle).toBe(true);
  });
});

describe('StreamSocket send', () => {
  it('a send that fits completes now, without waiting', async () => {
    const { sock, conn } = await connected();
    mem.set([9, 8, 7], 100);
    expect(sock.send(bytes, iov([100], [3]), 0, undefined)).toBe(3);
    expect([...conn.written[0]]).toEqual([9, 8, 7]);
  });

  it('non-blocking: takes only what fits in SO_SNDBUF, then WSAEWOULDBLOCK', async () => {
    const { sock, conn } = await connected();
    conn.stalled = true;
    sock.nonBlocking = true;
    sock.options.sndbuf = 100;
    expect(sock.send(bytes, iov([0], [60]), 0, undefined)).toBe(60);
    expect(sock.send(bytes, iov([0], [60]), 0, undefined)).toBe(40); // partial
    const r = sock.send(bytes, iov([0], [60]), 0, undefined);
    expect(isFailure(r) && r.code).toBe('EWOULDBLOCK');
  });

  it('blocking, nothing queued: the guest bytes are lent without a copy and the send returns once the transport has taken them', async () => {
    const { sock, conn } = await connected();
    conn.stalled = true;
    const p = sock.send(bytes, iov([0], [150]), 0, undefined);
    expect(p).toBeInstanceOf(Promise); // the guest stays suspended while its bytes are borrowed
    conn.flush();
    expect(await p).toBe(150);
    expect(conn.bytesWritten()).toBe(150);
  });

  it('a small gather of several buffers is copied into one write (one segment, as one WSASend is on Windows)', async () => {
    const { sock, conn } = await connected();
    mem.set([1, 2, 3], 0);
    mem.set([4, 5], 200);
    expect(sock.send(bytes, iov([0, 200], [3, 2]), 0, undefined)).toBe(5);
    expect(conn.written.length).toBe(1);
    expect([...conn.written[0]]).toEqual([1, 2, 3, 4, 5]);
  });

  it('blocking, data queued: waits while the send buffer is full and returns when all data is taken', async () => {
    const { sock, conn } = await connected();
    conn.stalled = true;
    sock.options.sndbuf = 100;
    sock.nonBlocking = true;
    expect(sock.send(bytes, iov([0], [100]), 0, undefined)).toBe(100);
    sock.nonBlocking = false;
    const p = sock.send(bytes, iov([0, 200], [80, 70]), 0, undefined);
    expect(p).toBeInstanceOf(Promise);
    conn.flush();
    conn.flush();
    expect(await p).toBe(150);
    expect(conn.bytesWritten()).toBe(250);
  });

  it('SO_SNDTIMEO: a blocked send fails with WSAETIMEDOUT', async () => {
    const { sock, conn } = await connected();
    conn.stalled = true;
    sock.options.sndtimeo = 20;
    const r = await sock.send(bytes, iov([0], [10]), 0, undefined);
    expect(isFailure(r) && r.code).toBe('ETIMEDOUT');
    // The state after a timeout is indeterminate (Windows); here the connection is reset, so lent bytes are released.
    expect(conn.wasReset).toBe(true);
  });
});

describe('StreamSocket receive', () => {
  it('pauses the transport beyond SO_RCVBUF and resumes once recv drains below it', async () => {
    const { sock, conn } = await connected();
    sock.options.rcvbuf = 100;
    sock.onData(new Uint8Array(60));
    expect(conn.paused).toBe(false);
    sock.onData(new Uint8Array(60));
    expect(conn.paused).toBe(true);
    expect(sock.recv(bytes, iov([0], [50]), 0, undefined)).toBe(50);
    expect(conn.paused).toBe(false);
  });

  it('a blocking recv waits for data; EOF gives 0; a reset discards data and gives ECONNRESET', async () => {
    const { sock } = await connected();
    const p = sock.recv(bytes, iov([0], [10]), 0, undefined);
    expect(p).toBeInstanceOf(Promise);
    sock.onData(Uint8Array.from([5, 6]));
    expect(await p).toBe(2);
    sock.onData(Uint8Array.from([1]));
    sock.onError('ECONNRESET');
    const r = sock.recv(bytes, iov([0], [10]), 0, undefined);
    expect(isFailure(r) && r.code).toBe('ECONNRESET');
    const { sock: s2 } = await connected();
    s2.onEnd();
    expect(s2.recv(bytes, iov([0], [10]), 0, undefined)).toBe(0);
  });

  it('MSG_WAITALL waits for the whole buffer unless the peer closes', async () => {
    const { sock } = await connected();
    sock.onData(Uint8Array.from([1, 2]));
    const p = sock.recv(bytes, iov([0], [4]), 0x8, undefined);
    expect(p).toBeInstanceOf(Promise);
    sock.onData(Uint8Array.from([3, 4, 5]));
    expect(await p).toBe(4);
  });
});

describe('accept and select', () => {
  it('accept takes queued connections; select reports the listener readable first', async () => {
    const net = new FakeNetwork();
    const ws = new Winsock(net);
    ws.startup();
    const h = ws.socket(4, 1, 0) as number;
    const l = ws.get(h) as StreamSocket;
    expect(await l.bind({ family: 4, address: '127.0.0.1', port: 0 })).toBe(0);
    expect(await l.listen(5)).toBe(0);
    let ready: number[][] = [];
    const sel = ws.select([[h], [], []], -1, (r) => (ready = r));
    expect(sel).toBeInstanceOf(Promise);
    const { accepted } = net.incoming(l.local!.port);
    expect(await sel).toBe(1);
    expect(ready[0]).toEqual([h]);
    const a = ws.accept(l);
    expect(typeof a).toBe('number');
    expect(await accepted).toBeDefined();
    expect(ws.get(a as number)).toBeInstanceOf(StreamSocket);
  });

  it('select with an unknown handle is ENOTSOCK; with no handles, EINVAL', () => {
    const ws = new Winsock(new FakeNetwork());
    ws.startup();
    const r = ws.select([[0x999], [], []], 0, () => {});
    expect(isFailure(r) && r.code).toBe('ENOTSOCK');
    const e = ws.select([[], [], []], 0, () => {});
    expect(isFailure(e) && e.code).toBe('EINVAL');
  });
});

describe('DatagramSocket', () => {
  it('drops datagrams beyond SO_RCVBUF instead of buffering without bound', async () => {
    const net = new FakeNetwork();
    const s = new DatagramSocket(net, 4, 17);
    await s.bind({ family: 4, address: '127.0.0.1', port: 0 });
    s.options.rcvbuf = 100;
    for (let i = 0; i < 10; i++) s.onMessage(new Uint8Array(40), { family: 4, address: '127.0.0.1', port: 1 });
    expect(s.pendingBytes()).toBe(80);
  });

  it('a datagram over 65507 bytes fails with EMSGSIZE and nothing is sent', async () => {
    const net = new FakeNetwork();
    const s = new DatagramSocket(net, 4, 17);
    const big = new Uint8Array(70000);
    const r = s.send(() => big, iov([0], [65508]), 0, { family: 4, address: '127.0.0.1', port: 5 });
    expect(isFailure(r) && r.code).toBe('EMSGSIZE');
    expect(net.datagrams.size).toBe(0);
  });
});
