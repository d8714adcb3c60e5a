// A guest that polls instead of waiting still sees its data: the host lets the event loop
// turn when a call has had nothing to report for a few milliseconds.
import net from 'node:net';
import { expect, it } from 'vitest';
import { lines, run } from '../helpers.js';

it('busy loops on a non-blocking recv, on select with a zero timeout and on WSAPoll + Sleep(0) receive what arrives, as on Windows', async () => {
  const srv = net.createServer((s) => {
    setTimeout(() => s.write('first'), 100);
    s.on('data', (d) => {
      if (d.toString() === '1') setTimeout(() => s.write('second'), 100);
      if (d.toString() === '2') setTimeout(() => s.write('third'), 100);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const r = await run('polling', [String((srv.address() as net.AddressInfo).port)], { timeoutMs: 20_000 });
  srv.close();
  const out = lines(r.stdout);
  expect(out.get('spin-recv')).toBe('first');
  expect(out.get('spin-select')).toBe('second');
  expect(out.get('spin-poll')).toBe('third');
  expect(r.code).toBe(0);
});
