// How a program ends under Node: every trap, abort and host exception prints its message and
// the wasm stack and exits non-zero, on either side of a suspension; and the host never lets
// the process end while the guest waits in a call (test/programs/trap.c, built with -g, and stall.c).
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a trap, an abort or a bad call is reported, before or after the first wait', () => {
  it.each([
    ['store', /RuntimeError: memory access out of bounds[\s\S]*at store_wild \(wasm:/],
    ['store-after-wait', /RuntimeError: memory access out of bounds[\s\S]*at store_wild \(wasm:/],
    ['abort-after-wait', /Aborted|abort/],
    ['null-call-after-wait', /RuntimeError: null function or function signature mismatch[\s\S]*at (call_null|main) \(wasm:/],
  ])('%s: the message and the C function (built with -g) on stderr, a non-zero status', async (mode, report) => {
    const r = await run('trap', [mode]);
    expect(r.stdout).toContain('started: 1');
    expect(r.stdout).not.toContain('survived');
    expect(r.stderr).toMatch(report);
    expect(r.stderr).toContain('winsock-wasm: ');
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull(); // it ended by itself, not by the test's kill
  });

  it('a trap after a wait for a socket (a blocking recv) is reported too, and still exits non-zero', async () => {
    const srv = net.createServer((s) => setTimeout(() => s.write('wake up'), 20));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const r = await run('trap', ['after-recv', String((srv.address() as net.AddressInfo).port)]);
    srv.close();
    expect(r.stderr).toMatch(/RuntimeError: memory access out of bounds[\s\S]*at store_wild \(wasm:[\s\S]*at main \(wasm:/);
    expect(r.code).toBe(1);
  });
});

it('a program waiting in a call nothing can end (the event loop is empty) is named on stderr and exits non-zero, not 0', async () => {
  const r = await run('stall', [], { timeoutMs: 10_000 });
  expect(r.stdout).toContain('waiting: 1');
  expect(r.stdout).not.toContain('woke');
  expect(r.stderr).toMatch(/the program waits in kernel32\.WaitForSingleObject\(0x[0-9a-f]+, 4294967295\), and nothing can end that wait/);
  expect(r.code).toBe(1);
});
