// MSG_WAITALL receives however their length compares with SO_RCVBUF (test/programs/waitall.c).
// recv: "MSG_WAITALL: The receive request will complete only when one of the following events
// occurs: The buffer supplied by the caller is completely full. The connection has been closed.
// The request has been canceled or an error occurred."
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, run } from '../helpers.js';

const PATTERN = (o: number) => ((o * 31) + Math.floor(o / 65536)) & 0xff;
/** What the program asks for, in order (then 1000 more bytes and a graceful close). */
const STEPS = [65537, 1 << 20, 16 << 20, (1 << 20) + 3, 4 << 20];
const TOTAL = STEPS.reduce((a, b) => a + b, 0) + 1000;

/** The stream the program checks: byte o is PATTERN(o); sent as fast as the program takes it. */
function patternServer(): Promise<net.Server> {
  return listen(net.createServer((s) => {
    let o = 0;
    const pump = () => {
      while (o < TOTAL) {
        const n = Math.min(256 * 1024, TOTAL - o);
        const chunk = Buffer.allocUnsafe(n);
        for (let i = 0; i < n; i++) chunk[i] = PATTERN(o + i);
        o += n;
        if (!s.write(chunk)) { s.once('drain', pump); return; }
      }
      s.end();
    };
    pump();
  }));
}

/** Sends 100 KB, then resets the connection. */
function resettingServer(): Promise<net.Server> {
  return listen(net.createServer((s) => {
    s.write(Buffer.alloc(100_000, 1), () => setTimeout(() => s.resetAndDestroy(), 50));
  }));
}

function listen(srv: net.Server): Promise<net.Server> {
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv)));
}
const port = (srv: net.Server) => String((srv.address() as net.AddressInfo).port);

let out: Map<string, string>;
let status: number | null;
let stderr: string;
const servers: net.Server[] = [];
beforeAll(async () => {
  servers.push(await patternServer(), await resettingServer());
  const r = await run('waitall', servers.map(port), { timeoutMs: 60_000 });
  out = lines(r.stdout);
  status = r.code;
  stderr = r.stderr;
}, 70_000);
afterAll(() => { for (const s of servers) s.close(); });

describe('MSG_WAITALL with the default SO_RCVBUF (64 KiB)', () => {
  it('recv fills buffers of 65,537 bytes, 1 MiB and 16 MiB completely, byte for byte', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(out.get('recv-65537')).toBe('65537 ok');
    expect(out.get('recv-1MiB')).toBe(`${1 << 20} ok`);
    expect(out.get('recv-16MiB')).toBe(`${16 << 20} ok`);
  });
  it('WSARecv scatters one MSG_WAITALL receive over three WSABUFs and clears lpFlags', () => {
    expect(out.get('WSARecv-1MiB+3')).toBe(`${(1 << 20) + 3} ok`);
    expect(out.get('WSARecv-flags-out')).toBe('0');
  });
  it('an overlapped MSG_WAITALL WSARecv of 4 MiB completes once its buffer is full', () => {
    expect(out.get('overlapped-post')).toMatch(/^(0 0|-1 997)$/); // done now, or WSA_IO_PENDING
    expect(out.get('overlapped-4MiB')).toBe(`${4 << 20} ok`);
  });
  it('"The connection has been closed": the receive returns the bytes that arrived, then recv returns 0', () => {
    expect(out.get('recv-closed-early')).toBe('1000 ok');
    expect(out.get('recv-after-close')).toBe('0 ok');
  });
  it('"an error occurred": a reset ends the waiting receive, and the next receive reports WSAECONNRESET', () => {
    expect(['1', '-10054']).toContain(out.get('reset-waitall-returned'));
    expect(out.get('reset-next')).toBe('-1 10054');
  });
});
