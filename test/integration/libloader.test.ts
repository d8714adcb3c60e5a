// Dynamic loading (test/programs/dynload.c, wasm/runtime/libloader.c), the generated export
// table (scripts/gen-exports.mjs) and wspiapi.h (test/programs/wspiapi.c).
// The loader's error lines match Windows' (mingw-w64 build under Wine) except where noted.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoServer, lines, run, runLines } from '../helpers.js';
import { ROOT } from '../paths.js';

let out: Map<string, string>;
let server: { port: number; close: () => void };
beforeAll(async () => {
  server = await echoServer();
  const r = await run('dynload', [String(server.port)]);
  if (r.code !== 0 || r.stderr !== '') throw new Error(`dynload exited ${r.code}: ${r.stderr}\n${r.stdout}`);
  out = lines(r.stdout);
});
afterAll(() => server?.close());

describe('LoadLibrary / GetModuleHandle / GetProcAddress / FreeLibrary', () => {
  it('an unknown DLL: NULL and ERROR_MOD_NOT_FOUND (126), A and W (as under Wine)', () => {
    expect(out.get('load-unknown')).toBe('null 126');
    expect(out.get('load-unknown-w')).toBe('null 126');
  });
  it('names match case-insensitively, with or without ".dll", behind a path; one HMODULE per DLL', () => {
    expect(out.get('load-ws2_32')).toBe('ok 0');
    expect(out.get('load-same-handle')).toBe('1');
    expect(out.get('load-path')).toBe('ok 0');
    expect(out.get('load-ex-w')).toBe('ok 0');
    expect(out.get('load-wsock32')).toBe('ok 0');
    expect(out.get('wsock32-differs')).toBe('1');
    expect(out.get('load-mswsock')).toBe('ok 0');
  });
  it('LoadLibraryEx with a non-NULL hFile fails: "This parameter is reserved for future use. It must be NULL." (Wine accepts it)', () => {
    expect(out.get('load-ex-file')).toBe('null 87');
  });
  it('GetModuleHandle: kernel32 is loaded, NULL is the program, handles are distinct', () => {
    expect(out.get('module-kernel32')).toBe('ok 0');
    expect(out.get('module-program')).toBe('ok 0');
    expect(out.get('module-distinct')).toBe('1');
  });
  it('GetProcAddress: an unknown name and a wrong case give NULL and ERROR_PROC_NOT_FOUND (127)', () => {
    expect(out.get('proc-unknown')).toBe('null 127');
    expect(out.get('proc-case')).toBe('null 127');
    expect(out.get('proc-known')).toBe('ok 0');
    expect(out.get('proc-kernel32')).toBe('ok 0');
  });
  it('wsock32.dll exports the Winsock 1.1 functions, not the Winsock 2 ones (as under Wine)', () => {
    expect(out.get('proc-wsock32-send')).toBe('ok 0');
    expect(out.get('proc-wsock32-winsock2-only')).toBe('null 127');
  });
  it('FreeLibrary decrements the count: one of several LoadLibrary references freed leaves the module loaded', () => {
    expect(out.get('free-ws2_32')).toBe('ok 0');
    expect(out.get('module-still-loaded')).toBe('ok 0');
  });
  it('a loopback TCP echo through pointers from GetProcAddress works, and the last-error function found through it reports WSAENOTSOCK', () => {
    expect(out.get('echo-startup')).toBe('0');
    expect(out.get('echo-connect')).toBe('0');
    expect(out.get('echo-send')).toBe('22');
    expect(out.get('echo-recv')).toBe('hello through pointers');
    expect(out.get('echo-bad-send')).toBe('-1 10038');
    expect(out.get('echo-close')).toBe('0');
    expect(out.get('echo-cleanup')).toBe('0');
  });
});

describe('the export table', () => {
  it('wasm/runtime/exports_table.c is what scripts/gen-exports.mjs generates from the headers', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-exports.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
  it('assigns functions to their Windows DLLs and leaves out private and unavailable ones', async () => {
    const { collect } = await import(path.join(ROOT, 'scripts', 'gen-exports.mjs'));
    const t = collect() as Map<string, Map<string, string>>;
    expect(t.get('ws2_32')?.has('inet_addr')).toBe(true); // runtime C, exported by ws2_32
    expect(t.get('ws2_32')?.has('htons')).toBe(true);
    expect(t.get('ws2_32')?.has('htonll')).toBe(false); // inline in Windows' winsock2.h
    expect(t.get('kernel32')?.has('GetProcAddress')).toBe(true);
    expect(t.get('wsock32')?.has('WSASend')).toBe(false);
    for (const m of t.values()) expect(m.has('apc_next')).toBe(false);
  });
});

describe('wspiapi.h', () => {
  it('WspiapiGetAddrInfo resolves localhost, WspiapiGetNameInfo prints it back, unknown host is WSAHOST_NOT_FOUND', async () => {
    const w = await runLines('wspiapi');
    expect(w.get('gai-rc')).toBe('0');
    expect(w.get('gai-family')).toBe('2');
    expect(w.get('gni-rc')).toBe('0');
    expect(w.get('gni')).toBe('127.0.0.1 80');
    expect(w.get('gai-bad-rc')).toBe('11001');
  });
});
