// The Microsoft C dialect and Windows include conventions in the project's headers:
// __declspec, __int64, calling conventions, MSVC pragmas, structured-exception cleanup
// (__try/__finally), what windows.h brings in, the _WIN32_WINNT gates, and the CRT
// headers MSVC also has, mixed with the Winsock headers in C and C++.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileC, compileCxx, link } from '../compile.js';
import { ROOT } from '../paths.js';

const DIR = path.join(ROOT, 'test', 'programs', 'dialect');
const src = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8').replace(/#include "/g, `#include "${DIR}/`);
const WARN = ['-Wall', '-Wextra'];

async function runLinked(sources: string[], flags: string[] = []): Promise<{ stdout: string; stderr: string; status: number | null; build: string }> {
  const out = path.join(fs.mkdtempSync(path.join(ROOT, 'build', 'dialect-')), 'prog.js');
  const b = await compileC(sources, [...WARN, ...flags], out);
  if (b.status !== 0) return { stdout: '', stderr: '', status: b.status, build: b.stderr };
  const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, build: b.stderr };
}

describe('the MSVC dialect', () => {
  it('__declspec, __int8..__int64, __forceinline, calling conventions, #pragma warning/comment/pack/once and __pragma compile without a warning under -Wall -Wextra, and mean what MSVC means', async () => {
    const r = await runLinked([src('dialect_main.c'), src('dialect_other.c')]);
    expect(r.build).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([
      '__FUNCTION__: main',
      '_countof-like: 7',
      'calls: 23',
      'sizes: 1 2 4 8',
      'unsigned: 255 18446744073709551615',
      'pack: 5 6 8',
      'align16: 1',
      // "selectany ... the linker picks one" : both units see one object.
      'selectany one object: 1 2',
      'selectany name: chosen',
      '',
    ].join('\n'));
  });

  it('the same in C++, with a novtable interface and a dllexport class', async () => {
    const r = await compileCxx([src('dialect_main.c'), src('dialect_other.c')], [...WARN, '-c']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('MSVC pragmas on the first line, before any header, stay silent even when the user asks for -Wunknown-pragmas after the driver\'s flags', async () => {
    const r = await compileC(['#pragma warning(disable: 4996)\n#pragma comment(lib, "ws2_32.lib")\n__declspec(dllexport) __int64 first_line(void) { return 1; }\n'], [...WARN, '-Wunknown-pragmas', '-c']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('__declspec(naked) fails at compile time (no assembly-only functions on wasm)', async () => {
    const r = await compileC(['__declspec(naked) void f(void);\n'], ['-c']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/naked/);
  });
});

// Microsoft's "try-finally statement" page (C++ language reference):
//   "The handler specifies a set of actions that execute when you exit the guarded section,
//    whether it exits the guarded section by an exception (abnormal termination), or by
//    standard fall through (normal termination)."
//   "The __leave keyword is valid only within the guarded section of a try-finally
//    statement, and its effect is to jump to the end of the guarded section. Execution
//    continues at the first statement in the termination handler."
// and "try-except statement": the handler runs only for an exception the filter accepts;
// wasm raises none, so it never runs.
const SEH_GOLDEN = [
  'finally: steps 2, abnormal 0', // fall through: the handler runs, AbnormalTermination() FALSE
  'completed: 2',
  'finally: steps 1, abnormal 0', // __leave: the handler runs next, and __leave is a normal termination
  'left: 1',
  'outer guarded', 'inner guarded', 'inner after leave point', 'inner finally', 'outer after inner', 'outer finally',
  'outer guarded', 'inner guarded', 'inner finally', 'outer after inner', 'outer finally', // __leave ends the innermost section only
  'loop left at 3',
  'first', 'first finally', 'second', 'second finally',
  'guarded with handler', // the filter and the handler never run
  'end',
  '',
].join('\n');

describe('structured-exception cleanup (excpt.h, through windows.h)', () => {
  it('C: __finally runs after the guarded section completes and after __leave, nested too; __except handlers never run; no warning under -Wall -Wextra', async () => {
    const r = await runLinked([src('seh.c')]);
    expect(r.build).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(SEH_GOLDEN);
  });

  it('C++: the same program, the same output', async () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'build', 'dialect-'));
    const c = await compileCxx([src('seh.c')], [...WARN, '-O2', '-c', '-o', path.join(dir, 'seh.o')]);
    expect(c.stderr).toBe('');
    const l = await link([path.join(dir, 'seh.o')], path.join(dir, 'seh.js'));
    expect(l.status).toBe(0);
    const r = spawnSync(process.execPath, [path.join(dir, 'seh.js'), 'x'], { encoding: 'utf8' });
    expect(r.stdout).toBe(SEH_GOLDEN);
  });

  it('__leave outside a guarded section does not compile', async () => {
    const r = await compileC(['#include <windows.h>\nvoid f(void) { __leave; }\n'], ['-c']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/__wsw_leave/);
  });

  it('-Wdangling-else still warns in the program\'s own code after a __try', async () => {
    const r = await compileC(['#include <windows.h>\nint f(int a, int b) { __try { a++; } __finally { b++; }\n if (a) if (b) return 1; else return 2; return 0; }\n'], ['-Wall', '-c']);
    expect(r.stderr).toMatch(/dangling else/);
    expect(r.stderr.match(/warning:/g)).toHaveLength(1);
  });
});

// mingw-w64's windows.h brings in these C headers, with and without WIN32_LEAN_AND_MEAN
// (x86_64-w64-mingw32-gcc -E -H): ctype.h, errno.h, excpt.h, limits.h, malloc.h,
// stdarg.h, stddef.h, stdlib.h, string.h.
const USES_CRT = `#include <windows.h>
static int sum(int n, ...) { va_list ap; int s = 0; va_start(ap, n); while (n--) s += va_arg(ap, int); va_end(ap); return s; }
int use_crt(const char *text) {
  char buf[16];
  char *heap = (char *)malloc(8);
  size_t len = strlen(text);
  memcpy(buf, text, len < sizeof buf ? len : sizeof buf - 1);
  buf[0] = (char)tolower((unsigned char)buf[0]);
  free(heap);
  errno = 0;
  void *stack = _alloca(4);
  (void)stack;
  return sum(2, INT_MAX - 1, (int)offsetof(OVERLAPPED, hEvent)) + atoi(text) + (isdigit('1') ? 1 : 0) + (int)_countof(buf) + EXCEPTION_EXECUTE_HANDLER;
}
`;

describe('windows.h brings in the C headers mingw-w64\'s does', () => {
  for (const lean of [false, true]) {
    it(`tolower, va_start, memcpy, malloc, errno, INT_MAX, offsetof, _alloca with only <windows.h>${lean ? ' and WIN32_LEAN_AND_MEAN' : ''}, in C and C++`, async () => {
      const s = (lean ? '#define WIN32_LEAN_AND_MEAN\n' : '') + USES_CRT;
      const c = await compileC([s], [...WARN, '-c']);
      expect(c.stderr).toBe('');
      expect(c.status).toBe(0);
      const cxx = await compileCxx([s], [...WARN, '-fsyntax-only']);
      expect(cxx.stderr).toBe('');
      expect(cxx.status).toBe(0);
    });
  }
});

describe('_WIN32_WINNT, WINVER and NTDDI_VERSION gate declarations as the Windows SDK does', () => {
  it('a library for XP (_WIN32_WINNT 0x0501) defines its own inet_ntop and inet_pton; NTDDI_VERSION and WINVER follow; no POLL* flags', async () => {
    // ws2tcpip.h declares inet_pton/inet_ntop under NTDDI_VERSION >= NTDDI_VISTA (their
    // pages: "Minimum supported client: Windows Vista"); winsock2.h WSAPoll, WSAPOLLFD and
    // POLL* under _WIN32_WINNT >= 0x0600.
    const r = await runLinked([src('xp_inet.c')]);
    expect(r.build).toBe('');
    expect(r.stdout).toBe('xp:10.1.2.3\n');
  });

  it('the poll function, WSAPOLLFD and POLL* are undeclared before Vista, with mswsock.h too, and declared from 0x0600; the default is Windows 10', async () => {
    const uses = '#include <winsock2.h>\n#include <ws2tcpip.h>\n#include <mswsock.h>\nint f(SOCKET s) { WSAPOLLFD p = { s, POLLRDNORM, 0 }; char t[46]; inet_ntop(AF_INET6, &in6addr_loopback, t, sizeof t); return WSAPoll(&p, 1, 0); }\n';
    const xp = await compileC(['#define _WIN32_WINNT 0x0502\n' + uses], ['-c']);
    expect(xp.status).not.toBe(0);
    expect(xp.stderr).toMatch(/WSAPOLLFD/);
    expect(xp.stderr).toMatch(/POLLRDNORM/);
    expect(xp.stderr).toMatch(/inet_ntop/);
    const vista = await compileC(['#define _WIN32_WINNT 0x0600\n' + uses], [...WARN, '-c']);
    expect(vista.stderr).toBe('');
    const dflt = await compileC(['#include <windows.h>\n_Static_assert(_WIN32_WINNT == 0x0A00 && WINVER == 0x0A00 && NTDDI_VERSION == NTDDI_WIN10, "Windows 10");\n' + uses], [...WARN, '-c']);
    expect(dflt.stderr).toBe('');
    expect(dflt.status).toBe(0);
  });
});

describe('io.h: the MSVC low-level I/O names', () => {
  it('_open, _write, _lseek, _read, _dup, _dup2, _isatty, _access, _chmod, _unlink, _close work on real files; Winsock\'s host-name function stays the ws2_32 one after <unistd.h>', async () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'build', 'dialect-'));
    const b = await compileC([src('crt_io.c')], WARN, path.join(dir, 'crt_io.js'));
    expect(b.stderr).toBe('');
    const r = spawnSync(process.execPath, [path.join(dir, 'crt_io.js')], { encoding: 'utf8', cwd: dir });
    expect(r.stdout).toBe([
      // _dup2: "returns 0 to indicate success" (Microsoft's _dup, _dup2 page), not the descriptor.
      'write 8, size 8, read 6 "llo io", access 0, dup 1, dup2 0, isatty 0',
      'read after close -1',
      'chmod 0, unlink 0, access after unlink -1',
      'gethostname 0, WSAGetLastError 0, name set',
      '',
    ].join('\n'));
  });
});
