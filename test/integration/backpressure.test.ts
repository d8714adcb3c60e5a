// "received data beyond SO_RCVBUF pauses the source, so the peer feels it" (DESIGN.md, rule 3).
import net from 'node:net';
import { expect, it } from 'vitest';
import { lines, run, waitFor } from '../helpers.js';

it('a program that does not read stalls its peer: the host buffers at most about SO_RCVBUF, and nothing is lost', async () => {
  const TOTAL = 64 * 1024 * 1024;
  let peer!: net.Socket;
  const chunk = Buffer.alloc(256 * 1024, 7);
  let written = 0;
  const srv = net.createServer((s) => {
    peer = s;
    const pump = () => {
      while (written < TOTAL) {
        written += chunk.length;
        if (!s.write(chunk)) { s.once('drain', pump); return; }
      }
      s.end();
    };
    pump();
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  let reading = false;
  let flushedWhileStalled = -1;
  const prog = run('backpressure', [String(port), '1500'], {
    onStdout: (s) => {
      if (!reading && s.includes('reading: 1')) {
        reading = true;
        // What reached the kernel while the guest read nothing: kernel buffers plus the host's bounded queue.
        flushedWhileStalled = peer.bytesWritten - peer.writableLength;
      }
    },
  });
  await waitFor(() => peer !== undefined);
  const r = await prog;
  srv.close();
  const out = lines(r.stdout);
  expect(out.get('total')).toBe(String(TOTAL));
  expect(out.get('last')).toBe('0');
  expect(flushedWhileStalled).toBeGreaterThan(0);
  expect(flushedWhileStalled).toBeLessThan(TOTAL / 4);
}, 60_000);
