// "Bad input from the guest gets the documented Winsock error code. It never throws into
// the host, never crashes the process, never corrupts another socket." (DESIGN.md, rule 6)
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { IMPORTS } from '../../host/abi/imports.js';
import { WinsockHost } from '../../host/instance.js';
import type { Suspender } from '../../host/guests/suspender.js';
import { FakeNetwork } from '../fake-network.js';
import { declarations } from '../../scripts/abi-doc.js';
import { WSA } from '../../host/abi/constants.js';
import { KNOWN_OPTIONS } from '../../host/abi/options.js';

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

// A bounds check and the access it guards must cover the same bytes: every pointer argument
// of every import, placed at each of the last 64 bytes of memory, with the other arguments
// plausible (live handles of each kind, lengths of real structures), gets an error code or a
// result, never a host exception (a RangeError from reading past the end of memory).
it('every pointer argument at each of the last 64 bytes of memory: no exception, no internal error', async () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const size = memory.buffer.byteLength;
  const host = new WinsockHost({ network: new FakeNetwork() });
  let heap = 0x8000;
  host.attach(() => memory, () => ({ malloc: (n) => { const p = heap; heap += n; return heap > 0xc000 ? 0 : p; }, free: () => {} }));
  const imports = host.imports(recordWaits) as unknown as Record<string, Record<string, (...a: number[]) => unknown>>;
  const ws = imports.ws2_32;
  ws.WSAStartup(0x0202, 0x1000);
  const handles = [ws.socket(2, 1, 6), ws.socket(2, 2, 17), ws.socket(23, 1, 6), ws.socket(23, 2, 17), ws.WSACreateEvent()] as number[];
  // A bound UDP socket and a connected TCP socket, so that data calls get past their state checks.
  const sin = 0x2000;
  new DataView(memory.buffer).setUint16(sin, 2, true);
  new DataView(memory.buffer).setUint32(sin + 4, 0x0100007f, true);
  ws.bind(handles[1], sin, 16);
  new DataView(memory.buffer).setUint16(sin + 2, 0x5000, true);
  // Only this connect's wait: calls of the test before may wait for ever (a GetMessage that no message reaches).
  const settled = pending.length;
  ws.connect(handles[0], sin, 16);
  await Promise.allSettled(pending.slice(settled));
  const pointerArgs = new Map(declarations().map((d) => [d.name, d.params.map((p, i) => (/\*|^(const )?(LP|P[A-Z])/.test(p) ? i : -1)).filter((i) => i >= 0)]));
  const PLAUSIBLE = [...handles, 0, 1, 2, 4, 8, 16, 28, 64, 0xffff, 6, 41, 0x1006, 0x80, 0x1001, 0x7fffffff, -1];
  let calls = 0;
  for (const spec of IMPORTS) {
    if (spec.name === 'Sleep' || spec.name === 'SleepEx' || spec.name === 'WSACleanup') continue;
    for (const at of pointerArgs.get(spec.name) ?? []) {
      for (let k = 0; k <= 64; k++) {
        for (let round = 0; round < 4; round++) {
          const args = Array.from({ length: 9 }, () => PLAUSIBLE[Math.floor(rand() * PLAUSIBLE.length)]);
          for (const p of pointerArgs.get(spec.name)!) if (p !== at) args[p] = rand() < 0.5 ? 0x3000 : 0;
          args[at] = size - k;
          const r = imports[spec.module][spec.name](...args);
          expect(['number', 'bigint', 'undefined']).toContain(typeof r);
          calls++;
        }
      }
    }
  }
  expect(calls).toBeGreaterThan(10_000);
  await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, 2000))]);
  const internal = stderr.mock.calls.filter((c: unknown[]) => String(c[0]).includes('internal error'));
  expect(internal).toEqual([]);
});

it('setsockopt and getsockopt of every option, at every length 0..8, ending at each of the last 9 bytes of memory: a result or WSAEFAULT, never an exception', async () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const size = memory.buffer.byteLength;
  const host = new WinsockHost({ network: new FakeNetwork() });
  host.attach(() => memory, () => ({ malloc: () => 0, free: () => {} }));
  const imports = host.imports(recordWaits) as unknown as Record<string, Record<string, (...a: number[]) => number>>;
  const ws = imports.ws2_32;
  ws.WSAStartup(0x0202, 0x1000);
  const sockets = [ws.socket(2, 1, 6), ws.socket(2, 2, 17), ws.socket(23, 1, 6)];
  const lenPtr = 0x2000;
  const view = new DataView(memory.buffer);
  let checked = 0;
  for (const s of sockets) {
    for (const o of KNOWN_OPTIONS) {
      for (let optlen = 0; optlen <= 8; optlen++) {
        for (let k = 0; k <= 8; k++) {
          const r = ws.setsockopt(s, o.level, o.name, size - k, optlen);
          const e = ws.WSAGetLastError();
          expect(r === 0 || (r === -1 && [WSA.WSAEFAULT, WSA.WSAEINVAL, WSA.WSAENOPROTOOPT].includes(e as never)), `setsockopt ${o.label} len ${optlen} at end-${k}: ${r} ${e}`).toBe(true);
          // Fewer bytes left than the option's value needs: "optval is not in a valid part of the process address space".
          if (k === 0 && optlen > 0) expect(e, `setsockopt ${o.label} len ${optlen} at the very end`).not.toBe(0);
          view.setInt32(lenPtr, optlen, true);
          const g = ws.getsockopt(s, o.level, o.name, size - k, lenPtr);
          const ge = ws.WSAGetLastError();
          expect(g === 0 || (g === -1 && [WSA.WSAEFAULT, WSA.WSAEINVAL, WSA.WSAENOPROTOOPT].includes(ge as never)), `getsockopt ${o.label} len ${optlen} at end-${k}: ${g} ${ge}`).toBe(true);
          if (g === 0) expect(view.getInt32(lenPtr, true)).toBeLessThanOrEqual(Math.min(optlen, k));
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  const internal = stderr.mock.calls.filter((c: unknown[]) => String(c[0]).includes('internal error'));
  expect(internal).toEqual([]);
});
