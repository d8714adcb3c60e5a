// Every header of the project is usable from C and C++ in any include order with the C
// library's headers (and MSVC's io.h), under -Wall -Wextra without a warning: each header
// is compiled once before and once after the standard headers, all headers of one order
// and language in one compiler run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileC, compileCxx } from '../compile.js';
import { ROOT } from '../paths.js';

const INCLUDE = path.join(ROOT, 'wasm', 'include');
// (sys/stat.h, the C library's with MSVC's _stat family, included.)
const HEADERS = [
  ...fs.readdirSync(INCLUDE).filter((f) => f.endsWith('.h')),
  ...fs.readdirSync(path.join(INCLUDE, 'sys')).filter((f) => f.endsWith('.h')).map((f) => `sys/${f}`),
].sort();
// The wrappers that read libc++'s configuration with _WIN32 hidden exist for C++ only.
const LIBCXX_WRAPPERS = new Set(['__config', '__cxxabi_config.h', 'cxxabi.h']);
const C_HEADERS = HEADERS.filter((h) => !LIBCXX_WRAPPERS.has(h));
const C_STD = ['stdio.h', 'stdlib.h', 'string.h', 'unistd.h', 'sys/types.h', 'sys/stat.h', 'errno.h', 'time.h', 'fcntl.h', 'io.h'];
const CXX_STD = [...C_STD, 'string', 'iostream', 'vector'];
const WARN = ['-Wall', '-Wextra'];

function unit(header: string, std: string[], before: boolean, cxx: boolean): string {
  const ours = `#include <${header}>`;
  const theirs = std.map((h) => `#include <${h}>`).join('\n');
  // Something from each side, so that a header that silently hid the other's names fails.
  const use = cxx
    ? 'int probe_use(void) { std::vector<std::string> v{"a"}; std::cout << v[0].size(); return (int)strlen("x") + (int)sizeof(struct stat) + EINTR + (int)time(0) + O_RDONLY + _isatty(0) + getpid(); }'
    : 'int probe_use(void) { printf("%d", (int)strlen("x")); return (int)sizeof(struct stat) + EINTR + (int)time(0) + O_RDONLY + _isatty(0) + getpid() + (int)sizeof(off_t) + atoi("1"); }';
  return `/* ${header} ${before ? 'before' : 'after'} the standard headers */\n${before ? `${ours}\n${theirs}` : `${theirs}\n${ours}`}\n${use}\n`;
}

function failures(stderr: string): string {
  return stderr.split('\n').filter((l) => /warning|error/.test(l)).slice(0, 40).join('\n');
}

describe('every project header with the C library and C++ standard headers, in either order', () => {
  it(`${HEADERS.length} headers are compared`, async () => {
    for (const h of ['winsock2.h', 'ws2tcpip.h', 'windows.h', 'mswsock.h', 'io.h', 'unistd.h', 'excpt.h', 'direct.h', 'process.h', 'shellapi.h', 'mmsystem.h', 'timeapi.h', 'conio.h', 'sys/stat.h', 'fileapi.h', 'processenv.h', 'consoleapi.h']) expect(HEADERS).toContain(h);
  });
  for (const before of [true, false]) {
    it(`C: each header ${before ? 'before' : 'after'} <stdio.h> ... <io.h>, -Wall -Wextra, no warning`, async () => {
      const r = await compileC(C_HEADERS.map((h) => unit(h, C_STD, before, false)), [...WARN, '-c']);
      expect(failures(r.stderr)).toBe('');
      expect(r.status).toBe(0);
    });
    it(`C++: each header ${before ? 'before' : 'after'} <stdio.h> ... <io.h>, <string>, <iostream>, <vector>, -Wall -Wextra, no warning`, async () => {
      const r = await compileCxx(HEADERS.map((h) => unit(h, CXX_STD, before, true)), [...WARN, '-std=c++17', '-fsyntax-only']);
      expect(failures(r.stderr)).toBe('');
      expect(r.status).toBe(0);
    }, 240_000); // one C++ unit with <iostream> per project header: minutes on two loaded cores
  }
  it('winsock2.h, ws2tcpip.h and windows.h together with <unistd.h> and <io.h> in every order of the three, C and C++', async () => {
    const three = ['winsock2.h', 'ws2tcpip.h', 'windows.h'];
    const perms = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const units: string[] = [];
    for (const p of perms) {
      const win = p.map((i) => `#include <${three[i]}>`);
      for (const at of [0, 1, 2, 3]) {
        const lines = [...win];
        lines.splice(at, 0, '#include <unistd.h>\n#include <io.h>\n#include <sys/types.h>');
        units.push(`${lines.join('\n')}\nint use(char *n) { return gethostname(n, 64) + _close(-1) + (int)sizeof(fd_set); }\n`);
      }
    }
    const c = await compileC(units, [...WARN, '-c']);
    expect(failures(c.stderr)).toBe('');
    const cxx = await compileCxx(units, [...WARN, '-fsyntax-only']);
    expect(failures(cxx.stderr)).toBe('');
  });

  it('the string headers (strsafe.h, tchar.h, winnls.h, winuser.h) with windows.h in every order, narrow and with UNICODE/_UNICODE, C and C++', async () => {
    const four = ['strsafe.h', 'tchar.h', 'winnls.h', 'winuser.h', 'windows.h'];
    const units: string[] = [];
    for (const unicode of [false, true]) {
      for (let rot = 0; rot < four.length; rot++) {
        for (const rev of [false, true]) {
          let order = [...four.slice(rot), ...four.slice(0, rot)];
          if (rev) order = order.reverse();
          units.push(`${unicode ? '#define UNICODE\n#define _UNICODE\n' : ''}${order.map((h) => `#include <${h}>`).join('\n')}
int use(void) { TCHAR b[8]; _TCHAR t[8]; size_t n = 0; StringCchCopy(b, 8, TEXT("x")); StringCchLength(b, 8, &n);
  _tcscpy(t, _T("y")); CharUpper(b); return lstrlen(b) + (int)_tcslen(t) + (int)n + (int)GetACP() + wsprintf(b, TEXT("%d"), 1)
  + MultiByteToWideChar(CP_UTF8, 0, "a", -1, NULL, 0) + (int)IsCharAlpha(b[0]); }\n`);
        }
      }
    }
    const c = await compileC(units, [...WARN, '-c']);
    expect(failures(c.stderr)).toBe('');
    expect(c.status).toBe(0);
    const cxx = await compileCxx(units, [...WARN, '-fsyntax-only']);
    expect(failures(cxx.stderr)).toBe('');
    expect(cxx.status).toBe(0);
  });
});
