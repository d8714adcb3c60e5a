// "Bad input from the guest gets the documented Winsock error code. It never throws into
// the host, never crashes the process, never corrupts another socket." (DESIGN.md, rule 6)
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { IMPORTS } from '../../host/abi/imports.js';
import { WinsockHost } from '../../host/instance.js';
import type { Suspender } from '../../host/guests/suspender.js';
import { FakeNetwork } from '../fake-network.js';

let stderr: ReturnType<typeof vi.spyOn>;
beforeEach(() => { stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true); });
afterEach(() => stderr.mockRestore());

/** A guest that cannot wait: a call that would suspend is recorded and answers -1. */
const pending: Promise<number>[] = [];
const recordWaits: Suspender = {
  wrap: (f) => (a0, a1, a2, a3, a4, a5, a6, a7, a8) => {
    const r = f(a0, a1, a2, a3, a4, a5, a6, a7, a8);
    if (typeof r === 'number') return r;
    pending.push(r);
    return -1;
  },
};

// Deterministic pseudo-random arguments: NULL, -1, small numbers, handles, pointers near the end of memory.
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const INTERESTING = [0, 1, -1, 2, 23, 0x100, 0x104, 0xffff, 0x7fffffff, 0x80000000 | 0, 0xfff0, 0x10000 - 4, 0x10000, 0x20000, 64, 4096];
const arg = () => (rand() < 0.7 ? INTERESTING[Math.floor(rand() * INTERESTING.length)] : Math.floor(rand() * 0x20000));

it('every import survives garbage arguments: no exception, no internal error, a number (or nothing) back', async () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const host = new WinsockHost({ network: new FakeNetwork() });
  let heap = 0x8000;
  host.attach(() => memory, () => ({ malloc: (n) => { const p = heap; heap += n; return heap > 0x10000 ? 0 : p; }, free: () => {} }));
  const imports = host.imports(recordWaits) as unknown as Record<string, Record<string, (...a: number[]) => unknown>>;
  imports.ws2_32.WSAStartup(0x0202, 0x1000);
  imports.ws2_32.socket(2, 1, 6);
  imports.ws2_32.socket(2, 2, 17);
  for (let round = 0; round < 300; round++) {
    for (const spec of IMPORTS) {
      if (spec.name === 'Sleep' || spec.name === 'SleepEx' || spec.name === 'WSACleanup') continue;
      const args = Array.from({ length: 9 }, arg);
      const r = imports[spec.module][spec.name](...args);
      expect(['number', 'bigint', 'undefined']).toContain(typeof r);
    }
  }
  await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, 2000))]);
  const internal = stderr.mock.calls.filter((c: unknown[]) => String(c[0]).includes('internal error'));
  expect(internal).toEqual([]);
});
