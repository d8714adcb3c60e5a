// How a program ends under Node: every trap, abort and host exception prints its message and
// the wasm stack and exits non-zero, on either side of a suspension; and the host never lets
// the process end while the guest waits in a call (test/programs/trap.c, built with -g, and stall.c).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { BUILD } from '../paths.js';

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

describe("the program's standard output", () => {
  it('8 MiB written to stdout after a socket was destroyed all arrive, with stdout and stderr on one slow pipe (2>&1): no write fails with EAGAIN', async () => {
    // `node prog 2>&1 | slow reader`: fds 1 and 2 share one pipe; Node opened it non-blocking.
    const prog = path.join(BUILD, 'stdio_flood.js');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${prog}" 8 2>&1 | (sleep 1; wc -c; cat >/dev/null)`], { encoding: 'utf8', timeout: 60_000 });
    const bytes = Number(r.stdout.trim().split('\n')[0]);
    expect(bytes).toBe(8 * 1024 * 1024 + 'failed-writes: 0\n'.length);
  });
  it("the process's own fds 0, 1 and 2 stay open when a program that uses files exits (the host still writes to them)", () => {
    // A preload records every close of fds 0-2 made in the process, on fd 3.
    const hook = path.join(BUILD, 'close-hook.cjs');
    fs.writeFileSync(hook, "const fs = require('fs'); const c = fs.closeSync; fs.closeSync = (fd) => { if (fd <= 2) fs.writeSync(3, `closed ${fd}\\n`); return c(fd); };\n");
    const r = spawnSync(process.execPath, ['-r', hook, path.join(BUILD, 'stdio_flood.js'), '0'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('failed-writes: 0\n');
    expect(String(r.output[3])).toBe('');
  });
});
