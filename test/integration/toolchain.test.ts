// winsock-cc as a compiler driver, the import surface, and WINSOCK_TRACE.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORTS } from '../../host/abi/imports.js';
import { BUILD, ROOT } from '../paths.js';
import { run } from '../helpers.js';

const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-cc-test-'));

function compile(src: string, args: string[] = []) {
  const file = path.join(tmp, `p${Math.random().toString(36).slice(2)}.c`);
  fs.writeFileSync(file, src);
  return spawnSync(process.execPath, [cc, file, '-o', file.replace(/\.c$/, '.js'), ...args], { encoding: 'utf8' });
}

describe('winsock-cc', () => {
  it('imports every Winsock function from module ws2_32 and the Win32 ones from kernel32, as a Windows executable imports those DLLs', () => {
    const wasm = fs.readFileSync(path.join(BUILD, 'stream.wasm'));
    const mod = new WebAssembly.Module(wasm);
    const imports = WebAssembly.Module.imports(mod);
    const ours = imports.filter((i) => i.module === 'ws2_32' || i.module === 'kernel32');
    for (const name of ['WSAStartup', 'socket', 'connect', 'accept', 'send', 'recv', 'WSASend', 'WSARecv', 'select', 'setsockopt']) {
      expect(ours).toContainEqual({ module: 'ws2_32', name, kind: 'function' });
    }
    expect(ours).toContainEqual({ module: 'kernel32', name: 'GetTickCount', kind: 'function' });
    // Nothing networking-related comes from Emscripten's env.
    const env = imports.filter((i) => i.module === 'env').map((i) => i.name);
    for (const n of ['send', 'recv', 'socket', 'connect', 'select', 'getaddrinfo']) expect(env).not.toContain(n);
    // Every import the program uses is one the host provides.
    const provided = new Set(IMPORTS.map((s) => `${s.module}.${s.name}`));
    for (const i of ours) expect(provided.has(`${i.module}.${i.name}`)).toBe(true);
  });

  it('accepts #pragma comment(lib, "ws2_32.lib") and -lws2_32, and defines _WIN32', () => {
    const r = compile(`#include <winsock2.h>
#pragma comment(lib, "ws2_32.lib")
#include <stdio.h>
int main(void) {
#ifdef _WIN32
  puts("windows path");
#else
  puts("other path");
#endif
  return 3;
}`, ['-lws2_32', '-lkernel32']);
    expect(r.stderr).not.toMatch(/warning|error/i);
    expect(r.status).toBe(0);
  });

  it('passes argv, stdout and the exit status through', async () => {
    const file = path.join(tmp, 'argv.c');
    fs.writeFileSync(file, '#include <windows.h>\n#include <stdio.h>\nint main(int argc, char **argv) { for (int i = 1; i < argc; i++) printf("[%s]", argv[i]); printf("\\n"); Sleep(20); return argc; }\n');
    execFileSync(process.execPath, [cc, file, '-o', path.join(tmp, 'argv.js')]);
    const r = spawnSync(process.execPath, [path.join(tmp, 'argv.js'), 'a b', 'c'], { encoding: 'utf8' });
    expect(r.stdout).toBe('[a b][c]\n');
    expect(r.status).toBe(3); // after a Sleep, so the status survives a suspended main
  });

  it('a call to a Windows function the project does not provide fails to build, naming the function', () => {
    const r = compile('#include <winsock2.h>\nint main(void) { return WSAFooBar(1); }\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('WSAFooBar');
  });
});

describe('WINSOCK_TRACE', () => {
  it('prints each call with decoded arguments and its result, including the error name', async () => {
    const r = await run('errors', [], { env: { WINSOCK_TRACE: '1' } });
    expect(r.stderr).toMatch(/ws2_32\.WSAStartup\(2\.2, 0x[0-9a-f]+\) = 0/);
    expect(r.stderr).toMatch(/ws2_32\.socket\(AF_INET, SOCK_STREAM, IPPROTO_TCP\) = \d+/);
    expect(r.stderr).toMatch(/ws2_32\.WSASend\(0x[0-9a-f]+, 0xfffffff0, 1, 0x[0-9a-f]+, 0, NULL, NULL\) = -1 \[WSAEFAULT\]/);
    expect(r.stderr).toMatch(/ws2_32\.sendto\(0x[0-9a-f]+, 0x[0-9a-f]+, 65508, 0, 127\.0\.0\.1:9, 16\) = -1 \[WSAEMSGSIZE\]/);
    expect(r.stderr).toMatch(/ws2_32\.WSASend\(0x[0-9a-f]+, \[5\], 1, 0x[0-9a-f]+, MSG_PARTIAL, NULL, NULL\) = -1 \[WSAEOPNOTSUPP: MSG_PARTIAL is not supported\]/);
    // A function without a result leaves the last error alone, so no error is shown with it.
    expect(r.stderr).toMatch(/ws2_32\.WSASetLastError\(\d+\) = void\n/);
    // Tracing does not change what the program prints.
    const plain = await run('errors');
    expect(r.stdout).toBe(plain.stdout);
  });
});

describe('a program as a Windows process', () => {
  it('stdin, stdout, stderr and the exit status pass through', () => {
    const r = spawnSync(process.execPath, [path.join(BUILD, 'stdin_echo.js')], { input: 'alpha\nbe ta\n', encoding: 'utf8' });
    expect(r.stdout).toBe('5:alpha\n5:be ta\n');
    expect(r.stderr).toBe('lines=2\n');
    expect(r.status).toBe(2);
  });

  it('all of a long output reaches a slow reader through a pipe before the program exits', async () => {
    const p = spawn(process.execPath, [path.join(BUILD, 'conformance_layout.js')]);
    let out = '';
    p.stdout.on('data', (d) => {
      out += d;
      p.stdout.pause(); // a reader slower than the writer fills the pipe
      setTimeout(() => p.stdout.resume(), 2);
    });
    const code = await new Promise((r) => p.on('close', r));
    expect(code).toBe(0);
    expect(out.split('\n').filter((l) => l.includes(': ')).length).toBeGreaterThan(1000);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('separate compile and link steps, as a Makefile with CC=winsock-cc does', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'make-'));
    fs.writeFileSync(path.join(dir, 'a.c'), '#include <winsock2.h>\nint twice(int x);\nint main(void) { WSADATA w; if (WSAStartup(MAKEWORD(2,2), &w)) return 1; return twice(21) == 42 ? 0 : 1; }\n');
    fs.writeFileSync(path.join(dir, 'b.c'), 'int twice(int x) { return 2 * x; }\n');
    execFileSync(process.execPath, [cc, '-c', path.join(dir, 'a.c'), '-o', path.join(dir, 'a.o')]);
    execFileSync(process.execPath, [cc, '-c', path.join(dir, 'b.c'), '-o', path.join(dir, 'b.o')]);
    execFileSync(process.execPath, [cc, path.join(dir, 'a.o'), path.join(dir, 'b.o'), '-lws2_32', '-o', path.join(dir, 'prog.js')]);
    const r = spawnSync(process.execPath, [path.join(dir, 'prog.js')]);
    expect(r.status).toBe(0);
  });
});
