// C++ through winsock-c++ (and winsock-cc with C++ sources): libc++ with _WIN32 defined,
// exceptions on by default (as MSVC's /EHsc) across calls that suspend, RTTI, std::thread's
// clear failure, and a C++ socket program that prints what it prints on Windows.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { freePort } from '../helpers.js';

const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
const cxx = path.join(ROOT, 'bin', 'winsock-c++.js');
const programs = path.join(ROOT, 'test', 'programs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-cxx-test-'));

function drive(driver: string, args: string[]) {
  return spawnSync(process.execPath, [driver, ...args], { encoding: 'utf8', cwd: tmp });
}
function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}
/** Runs a built program as a child, so this process can serve its peer meanwhile. */
function runProgram(exe: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(exe, args, { cwd: tmp });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('C++ sources', () => {
  const isCxx = '#ifndef __cplusplus\n#error compiled as C\n#endif\nint f() { return 1; }\n';
  const isC = '#ifdef __cplusplus\n#error compiled as C++\n#endif\nint g(void) { return 1; }\n';

  it('.cpp, .cc, .cxx, .c++ and .C compile as C++, .c as C, in one command too; -x c++ makes a .c file C++', () => {
    for (const ext of ['cpp', 'cc', 'cxx', 'c++', 'C']) {
      const r = drive(cc, ['-c', write(`u.${ext}`, isCxx), '-o', path.join(tmp, `u-${ext}.o`)]);
      expect(r.status, `.${ext}: ${r.stderr}`).toBe(0);
    }
    expect(drive(cc, ['-c', write('plain.c', isC), '-o', path.join(tmp, 'plain.o')]).status).toBe(0);
    const mixed = drive(cc, ['-c', path.join(tmp, 'u.cpp'), path.join(tmp, 'plain.c')]);
    expect(mixed.stderr).toBe('');
    expect(mixed.status).toBe(0);
    const x = drive(cc, ['-c', '-x', 'c++', write('asx.c', isCxx)]);
    expect(x.stderr).toBe('');
    expect(x.status).toBe(0);
  });

  it('winsock-c++ compiles every source as C++, .c too, as em++ and g++ do', () => {
    const r = drive(cxx, ['-c', write('cxx-of-c.c', isCxx), '-o', path.join(tmp, 'cxx-of-c.o')]);
    expect(r.status, r.stderr).toBe(0); // (clang++ warns that it treats 'c' input as 'c++', as with em++)
  });

  it('-x c++ on a link line: the .c source is C++, and the driver\'s own objects still link as objects', async () => {
    const src = write('x-link.c', '#include <winsock2.h>\n#include <string>\n#include <cstdio>\nint main() { std::string s("c++"); WSADATA w; std::printf("%s %d\\n", s.c_str(), WSAStartup(MAKEWORD(2, 2), &w)); return 0; }\n');
    const b = drive(cc, ['-x', 'c++', src, '-o', path.join(tmp, 'x-link')]);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect((await runProgram(path.join(tmp, 'x-link'), [])).stdout).toBe('c++ 0\n');
  });

  it('C++ compiles with exceptions on; C compiles as before (emcc ignores exceptions there)', () => {
    const c = drive(cc, ['-v', '-c', path.join(tmp, 'plain.c'), '-o', path.join(tmp, 'plain.o')]);
    const line = (s: string) => s.split('\n').find((l) => / -c /.test(l) && l.includes('clang'))!;
    expect(line(c.stderr)).toContain('-fignore-exceptions');
    expect(line(c.stderr)).not.toContain('-fexceptions');
    const p = drive(cc, ['-v', '-c', path.join(tmp, 'u.cpp'), '-o', path.join(tmp, 'u.o')]);
    expect(line(p.stderr)).toMatch(/clang\+\+/);
    expect(line(p.stderr)).toContain('-fexceptions');
    expect(line(p.stderr)).not.toContain('-fignore-exceptions');
  });

  it('-fno-exceptions is respected', () => {
    const r = drive(cxx, ['-fno-exceptions', '-c', write('try.cpp', 'int f() { try { return 1; } catch (...) { return 2; } }\n')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cannot use 'try' with exceptions disabled");
  });

  const headers = ['string', 'vector', 'map', 'unordered_map', 'memory', 'functional', 'algorithm', 'iostream', 'sstream', 'fstream', 'chrono', 'atomic', 'thread', 'mutex', 'condition_variable'];
  const windows = ['winsock2.h', 'ws2tcpip.h', 'mswsock.h', 'windows.h'];
  const use = `int main() {
  std::vector<int> v{3, 1, 2};
  std::sort(v.begin(), v.end());
  std::map<std::string, int> m{{"a", 1}};
  std::unordered_map<int, std::string> u{{1, "x"}};
  auto p = std::make_shared<std::string>("s");
  std::function<int(int)> f = [](int x) { return x + 1; };
  std::ostringstream os;
  os << v[0] << m["a"] << u[1] << *p << f(1);
  std::atomic<int> a{1};
  std::mutex mu;
  std::lock_guard<std::mutex> g(mu);
  std::condition_variable cv;
  auto t0 = std::chrono::steady_clock::now();
  std::ifstream in("nothing");
  SOCKET s = INVALID_SOCKET;
  std::cout << os.str() << a.load() << (std::max)(1, 2) << (s == INVALID_SOCKET) << (t0 <= std::chrono::steady_clock::now()) << std::endl;
  return 0;
}
`;
  it.each([['before', true], ['after', false]])('libc++ headers compile with <winsock2.h> and <windows.h> included %s them', (_, first) => {
    const inc = (l: string[]) => l.map((h) => `#include <${h}>\n`).join('');
    const src = write(`headers-${first ? 'after' : 'before'}.cpp`, first ? inc(windows) + inc(headers) + use : inc(headers) + inc(windows) + use);
    const r = drive(cxx, ['-Wall', '-c', src, '-o', src.replace(/\.cpp$/, '.o')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('libc++ still sees _WIN32 restored afterwards: the program\'s own #ifdef _WIN32 takes the Windows path', () => {
    const src = write('still-win32.cpp', '#include <string>\n#include <cxxabi.h>\n#include <winsock2.h>\n#if !defined(_WIN32) || !defined(WIN32)\n#error _WIN32 lost\n#endif\n#ifdef _LIBCPP_WIN32API\n#error libc++ took its Win32 branches\n#endif\nint main() { return 0; }\n');
    const r = drive(cxx, ['-c', src, '-o', path.join(tmp, 'still-win32.o')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('C++ programs', () => {
  it('a C++ socket program (RAII, std::string, containers, iostreams, exceptions around socket calls) prints what it prints on Windows', async () => {
    const exe = path.join(tmp, 'cxx_socket');
    const b = drive(cxx, ['-O2', '-Wall', path.join(programs, 'cxx_socket.cpp'), '-o', exe]);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    // The peer upper-cases each line and sends it back a byte at a time.
    const peer = net.createServer((c) => {
      let buf = '';
      c.on('data', (d) => {
        buf += d;
        for (let i; (i = buf.indexOf('\n')) >= 0; buf = buf.slice(i + 1)) for (const ch of buf.slice(0, i).toUpperCase() + '\n') c.write(ch);
      });
      c.on('error', () => {});
    });
    await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
    const closed = await freePort();
    try {
      const r = await runProgram(exe, [String((peer.address() as net.AddressInfo).port), String(closed)]);
      // What the same source built with x86_64-w64-mingw32-g++ prints under Wine.
      expect(r.stdout).toBe(`alpha -> ALPHA
beta -> BETA
delta -> DELTA
gamma -> GAMMA
by length: beta alpha delta gamma
caught: connect failed with 10061 (WSAECONNREFUSED)
caught: bad address not an address
main caught: a final failed with 0
`);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    } finally {
      peer.close();
    }
  });

  // As the mingw-w64 build prints under Wine (10060: WSAETIMEDOUT after SO_RCVTIMEO).
  const suspendThrowOutput = `~inner guard
~outer guard
Sleep: caught WaitFailed: thrown after Sleep resumed
~recv guard
~outer guard
recv: caught WaitFailed: recv failed with 10060
loop: caught 10, stack moved 0, locals corrupt 0
dynamic_cast: 7
`;

  it.each([['-O2'], ['-O0']])('a throw after a call that suspended (Sleep, a recv that waits), in a try inside a function called in a try, reaches the outer catch (%s)', async (opt) => {
    const exe = path.join(tmp, `cxx_suspend_throw${opt}`);
    const b = drive(cxx, [opt, '-Wall', path.join(programs, 'cxx_suspend_throw.cpp'), '-o', exe]);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    const r = await runProgram(exe, []);
    // (-O0 keeps every frame on the C stack: a catch after a rewind must not leave the stack pointer below them.)
    expect(r.stdout).toBe(suspendThrowOutput);
    expect(r.code).toBe(0);
  });

  it('std::thread fails clearly: std::system_error, and a line on stderr that threads are not supported yet; separate compile and link', async () => {
    const src = write('thread.cpp', `#include <winsock2.h>
#include <cstdio>
#include <system_error>
#include <thread>
int main() {
  try {
    std::thread t([] { std::puts("in the thread"); });
    t.join();
    std::puts("joined");
  } catch (const std::system_error &e) {
    std::printf("system_error: %s (resource_unavailable_try_again: %d)\\n", e.what(), e.code() == std::errc::resource_unavailable_try_again);
  }
  std::puts("after");
  return 0;
}
`);
    const obj = path.join(tmp, 'thread.o');
    expect(drive(cxx, ['-c', src, '-o', obj]).status).toBe(0);
    // Only an object: winsock-c++ links the C++ library and exception support, as em++ does;
    // winsock-cc too (a Makefile linking with $(CC)), seeing an object that catches: without
    // it the C++ library's own throws (here std::thread's) would abort.
    for (const driver of [cxx, cc]) {
      const b = drive(driver, [obj, '-o', path.join(tmp, 'thread')]);
      expect(b.stderr).toBe('');
      const r = await runProgram(path.join(tmp, 'thread'), []);
      expect(r.stdout).toBe('system_error: thread constructor failed: Resource temporarily unavailable (resource_unavailable_try_again: 1)\nafter\n');
      expect(r.stderr).toBe('winsock-wasm: threads are not supported yet: pthread_create (std::thread) fails with EAGAIN\n');
      expect(r.code).toBe(0);
    }
  });
});
