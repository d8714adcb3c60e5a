// The CRT's system surface around sockets: the entry points (main, main(void), wmain, WinMain,
// wWinMain) with __argc/__argv/__wargv and the command line, CommandLineToArgvW, io.h's _O_*
// values and low-level I/O, _access, the _stat family, direct.h, process.h, the environment
// names and winmm's timer functions. Golden output from mingw-w64's msvcrt under Wine 8
// (x86_64-w64-mingw32-gcc test/programs/crtsys_*.c, run with WINEDEBUG=-all wine); where
// Wine and Microsoft's documentation differ, the documentation wins and the line says so.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileC, compileCxx } from '../compile.js';
import { ROOT } from '../paths.js';

const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-crtsys-test-'));
const PROGRAMS = ['crtsys_cmdline', 'crtsys_files', 'crtsys_wmain', 'crtsys_winmain', 'crtsys_wwinmain', 'crtsys_mainvoid', 'crtsys_conio', 'crtsys_main3', 'crtsys_wmain3', 'crtsys_tmain3'];

function build(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const src = path.join(ROOT, 'test', 'programs', `${name}.c`);
    const p = spawn(process.execPath, [cc, '-O2', '-Wall', '-Wextra', src, '-o', path.join(tmp, `${name}.js`)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('exit', (code) => (code === 0 && log === '' ? resolve() : reject(new Error(`winsock-cc ${name} (${code}):\n${log}`))));
  });
}

function runIn(name: string, args: string[] = [], cwd = tmp, input = '', env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [path.join(tmp, `${name}.js`), ...args], { cwd, input, env, encoding: 'utf8', timeout: 60_000 });
}

/** Arguments with blanks, quotes, backslashes before quotes, a trailing backslash, an empty one. */
const ARGS = ['a', 'b c', 'd"e', 'f\\', '', 'x\\"y', 'tab\tt'];

beforeAll(async () => {
  const queue = [...PROGRAMS];
  await Promise.all([0, 1].map(async () => { while (queue.length) await build(queue.shift()!); }));
}, 600_000);

describe('CommandLineToArgvW (shellapi.h)', () => {
  it('follows the documented rules: 2n backslashes and a quote give n and a delimiter, 2n+1 give n and a literal quote, other backslashes are literal; a leading blank makes an empty first argument, trailing blanks are ignored; the program name takes no escapes; a NULL pNumArgs is ERROR_INVALID_PARAMETER', () => {
    const r = runIn('crtsys_cmdline');
    expect([r.status, r.stderr]).toEqual([0, '']);
    // Golden: mingw-w64 + Wine 8 (shell32's CommandLineToArgvW), which agrees with the
    // rules of the CommandLineToArgvW page and the CRT's "Parsing C command-line arguments" table.
    expect(r.stdout.split('\n')).toEqual([
    "4: [prog] [abc] [d] [e]",
    "4: [prog] [a\\\\b] [de fg] [h]",
    "4: [prog] [a\\\"b] [c] [d]",
    "4: [prog] [a\\\\b c] [d] [e]",
    "4: [prog] [ab\"] [c] [d]",
    "2: [C:\\Program Files\\x\\y.exe] [one]",
    "2: [C:\\dir\\a\\\"b] [c]",
    "2: [] [lead]",
    "2: [prog] [trail]",
    "3: [prog] [] [a b\" x\\]",
    "2: [prog] [\" \"a\"]",
    "null count: NULL 87",
    "",
  ]);
  });
});

describe('entry points and the command line', () => {
  it('main(void): __argc and __argv (and __wargv) are set before main ("These global variables provide the arguments to main or wmain"); GetCommandLineA quotes each argument as CommandLineToArgvW reads it back', () => {
    const r = runIn('crtsys_mainvoid', ARGS);
    expect(r.stderr).toBe('');
    expect(`${r.stdout}rc=${r.status}`.split('\n')).toEqual([
    "__argc: 8",
    "__argv[1]: [a]",
    "__wargv[1]: [a]",
    "__argv[2]: [b c]",
    "__wargv[2]: [b c]",
    "__argv[3]: [d\"e]",
    "__wargv[3]: [d\"e]",
    "__argv[4]: [f\\]",
    "__wargv[4]: [f\\]",
    "__argv[5]: []",
    "__wargv[5]: []",
    "__argv[6]: [x\\\"y]",
    "__wargv[6]: [x\\\"y]",
    "__argv[7]: [tab\tt]",
    "__wargv[7]: [tab\tt]",
    "GetCommandLineA: a \"b c\" d\\\"e f\\ \"\" x\\\\\\\"y \"tab\tt\"",
    "rc=0",
  ]);
  });

  it('WinMain runs without a main: hPrevInstance "is always NULL", lpCmdLine is "the command line for the application, excluding the program name", nCmdShow SW_SHOWDEFAULT; its return value is the exit code', () => {
    const r = runIn('crtsys_winmain', ARGS);
    expect(r.stderr).toBe('');
    expect(`${r.stdout}rc=${r.status}`.split('\n')).toEqual([
    "WinMain: hInstance set, hPrevInstance NULL, nCmdShow 10",
    "lpCmdLine: [a \"b c\" d\\\"e f\\ \"\" x\\\\\\\"y \"tab\tt\"]",
    "same as GetCommandLineA's tail: 1",
    "__argc: 8",
    "__argv[1]: [a]",
    "__wargv[1]: [a]",
    "__argv[2]: [b c]",
    "__wargv[2]: [b c]",
    "__argv[3]: [d\"e]",
    "__wargv[3]: [d\"e]",
    "__argv[4]: [f\\]",
    "__wargv[4]: [f\\]",
    "__argv[5]: []",
    "__wargv[5]: []",
    "__argv[6]: [x\\\"y]",
    "__wargv[6]: [x\\\"y]",
    "__argv[7]: [tab\tt]",
    "__wargv[7]: [tab\tt]",
    "GetCommandLineA: a \"b c\" d\\\"e f\\ \"\" x\\\\\\\"y \"tab\tt\"",
    "rc=4",
  ]);
  });

  it('wWinMain: lpCmdLine in UTF-16', () => {
    const r = runIn('crtsys_wwinmain', ARGS);
    expect(r.stderr).toBe('');
    expect(`${r.stdout}rc=${r.status}`.split('\n')).toEqual([
      'wWinMain: hInstance set, hPrevInstance NULL, nCmdShow 10',
      'lpCmdLine: [a "b c" d\\"e f\\ "" x\\\\\\"y "tab\tt"]',
      'rc=5',
    ]);
  });

  it('wmain gets the arguments in UTF-16 (U+00E9 one unit, U+1F600 a surrogate pair) and __wargv is its argv', () => {
    const r = runIn('crtsys_wmain', ['\u00e9', '\u{1F600}', ...ARGS]);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('wmain argc: 10');
    expect(out[1]).toBe('argv[1]: [\u00e9] 00e9');
    expect(out[2]).toBe('argv[2]: [\u{1F600}] d83d de00');
    // Golden (mingw-w64 -municode under Wine) for the ASCII arguments.
    expect(out.slice(3, 10)).toEqual(['argv[3]: [a]', 'argv[4]: [b c]', 'argv[5]: [d"e]', 'argv[6]: [f\\]', 'argv[7]: []', 'argv[8]: [x\\"y]', 'argv[9]: [tab\tt]']);
    expect(out.slice(10)).toEqual(['__wargv: same', 'GetCommandLineW: has arguments', '']);
    expect(r.status).toBe(3);
  });

  // "envp: The envp parameter is a pointer to an array of null-terminated strings that represent
  // the values set in the user's environment variables. [...] The array is terminated by a NULL
  // entry." (Microsoft Learn, main function and command-line arguments.) Golden: mingw-w64
  // (-municode for the wide two) under Wine, run with WSW_ENVP_TEST='v x' and the argument 'a b'.
  it('main(argc, argv, envp): envp is the environment, narrow, NULL-terminated; the exit code is main\'s', () => {
    const r = runIn('crtsys_main3', ['a b'], tmp, '', { ...process.env, WSW_ENVP_TEST: 'v x' });
    expect([r.status, r.stderr]).toEqual([4, '']);
    expect(r.stdout.split('\n')).toEqual(['envp: [WSW_ENVP_TEST=v x]', 'main argc: 2 [a b]', 'found: 1, terminated: yes, getenv: [v x]', '']);
  });

  it('wmain(argc, argv, envp): envp is the environment in UTF-16 (U+00E9 one unit)', () => {
    const golden = runIn('crtsys_wmain3', ['a b'], tmp, '', { ...process.env, WSW_ENVP_TEST: 'v x' });
    expect([golden.status, golden.stderr]).toEqual([5, '']);
    expect(golden.stdout.split('\n')).toEqual(['envp: [WSW_ENVP_TEST=v x]', 'wmain argc: 2 [a b]', 'found: 1, terminated: yes', '']);
    const r = runIn('crtsys_wmain3', ['a b'], tmp, '', { ...process.env, WSW_ENVP_TEST: 'v \u00e9 x' });
    expect(r.stdout.split('\n')[0]).toBe('envp: [WSW_ENVP_TEST=v \u00e9 x] 00e9');
  });

  it('_tmain(argc, argv, envp) under UNICODE and _UNICODE is wmain with a wide envp', () => {
    const r = runIn('crtsys_tmain3', ['a b'], tmp, '', { ...process.env, WSW_ENVP_TEST: 'v x' });
    expect([r.status, r.stderr]).toEqual([6, '']);
    expect(r.stdout.split('\n')).toEqual(['envp: [WSW_ENVP_TEST=v x] 17 units', '_tmain argc: 2 [a b] sizeof(TCHAR) 2', 'found: 1, terminated: yes', '']);
  });

  it('C++: main(argc, argv, envp) and wmain(argc, argv, envp) link and run', async () => {
    const cases: [string, string][] = [
      ['cxx_main3', '#include <cstdio>\n#include <cstring>\nint main(int argc, char **argv, char **envp) { int n = 0; for (; *envp; envp++) n += std::strncmp(*envp, "WSW_ENVP_TEST=", 14) == 0; std::printf("%d %s %d\\n", argc, argv[1], n); return 0; }\n'],
      ['cxx_wmain3', '#include <windows.h>\n#include <cstdio>\n#include <cwchar>\nint wmain(int argc, wchar_t **argv, wchar_t **envp) { int n = 0; for (; *envp; envp++) n += std::wcsncmp(*envp, L"WSW_ENVP_TEST=", 14) == 0; std::printf("%d %ls %d\\n", argc, argv[1], n); return 0; }\n'],
    ];
    for (const [name, src] of cases) {
      const out = path.join(tmp, `${name}.js`);
      const c = await compileCxx([src], ['-Wall', '-Wextra'], out);
      expect(c.stderr.replace(/^winsock-c\+\+: buil.*\n/gm, '')).toBe('');
      const r = spawnSync(process.execPath, [out, 'x y'], { encoding: 'utf8', env: { ...process.env, WSW_ENVP_TEST: '1' } });
      expect([name, r.status, r.stdout, r.stderr]).toEqual([name, 0, '2 x y 1\n', '']);
    }
  }, 300_000);

  it('C++: wmain and wWinMain keep C linkage (as MSVC gives them), so the runtime finds them', async () => {
    const out = path.join(tmp, 'cxx_wmain.js');
    const c = await compileCxx(['#include <windows.h>\n#include <cstdio>\nint wmain(int argc, wchar_t **argv) { std::printf("%d %ls\\n", argc, argv[1]); return 0; }\n'], ['-Wall', '-Wextra'], out);
    expect(c.stderr.replace(/^winsock-c\+\+: buil.*\n/gm, '')).toBe(''); // (the first C++ link builds libc++)
    const r = spawnSync(process.execPath, [out, 'x y'], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '2 x y\n', '']);
  });
});

describe('files, directories, the environment, the process and the timer', () => {
  it('io.h\'s _O_* and sys/stat.h\'s _S_* have MSVC\'s values, the _stat structures MSVC\'s sizes, and _open/_access/_stat/_mkdir/_rmdir set errno as documented', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'files-'));
    const r = runIn('crtsys_files', [], dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')).toEqual([
    "flags: 0 1 2 8 100 200 400 4000 8000",
    "flags2: 80 40 10000 20000 40000",
    "modes: f000 4000 8000 2000 100 80",
    "sizes: 36 48 48 56",
    "size64: 56 8",
    "open-new: ok",
    "write: 11",
    "setmode: 8000 4000",
    "tell: 11 11",
    "filelength: 11",
    "chsize: 0 5",
    "open-excl: -1 EEXIST",
    "open-missing: -1 ENOENT",
    "append: 6 hello!",
    "eof: 1",
    "lseek-end: 4",
    "trunc: 0",
    "badfd: -1 EBADF",
    "access: 0 0 0 0",
    "access-missing: -1 ENOENT",
    "access-ro: 0 -1 EACCES",
    "stat: 0 100444 3",
    "stati64: 0 100666 0",
    "stat-time: 1",
    "stat-missing: -1 ENOENT",
    "fstat: 0 1 0",
    "mkdir: 0",
    "mkdir-again: -1 EEXIST",
    "mkdir-noparent: -1 ENOENT",
    "stat-dir: 0 40777",
    "access-dir: 0",
    "rmdir-full: -1 ENOTEMPTY",
    "rmdir-missing: -1 ENOENT",
    "chdir: 0",
    "getcwd: 1",
    "getcwd-short: 1 1",
    "getcwd-alloc: 1",
    "chdir-up: 0",
    "unlink: 0",
    "rmdir: 0",
    "wmkdir: 0",
    "wfopen: 1",
    "waccess: 0",
    "wstat64: 0 4",
    "wrename: 0",
    "wremove: 0",
    "wrmdir: 0",
    "putenv: 0 vw",
    "wgetenv: 1 77",
    "putenv-remove: 1",
    "getpid: 1",
    "timeGetDevCaps: 0 97 1 1000000",
    "timeBeginPeriod: 0 97",
    "timeEndPeriod: 0 97",
    "timeGetTime: 1",
    "",
  ]);
    // (timeGetDevCaps: Wine says wPeriodMax 65535; Windows reports 1000000, the range
    // timeBeginPeriod accepts here.)
  });

  it('_access mode 1 (execute) is not a documented mode: EINVAL; _setmode of an unknown mode is EINVAL', async () => {
    const out = path.join(tmp, 'access_mode.js');
    const c = await compileC(['#include <io.h>\n#include <errno.h>\n#include <stdio.h>\nint main(void) { errno = 0; int a = _access(".", 1); int ea = errno; errno = 0; int s = _setmode(1, 0x1234); printf("%d %d %d %d\\n", a, ea == EINVAL, s, errno == EINVAL); return 0; }\n'], ['-Wall', '-Wextra'], out);
    expect(c.stderr).toBe('');
    const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    expect(r.stdout).toBe('-1 1 -1 1\n');
  });

  it('_getpid is the host process\'s id, not Emscripten\'s fixed 42', async () => {
    const out = path.join(tmp, 'getpid.js');
    const c = await compileC(['#include <process.h>\n#include <stdio.h>\nint main(void) { printf("%d\\n", _getpid()); return 0; }\n'], ['-Wall', '-Wextra'], out);
    expect(c.stderr).toBe('');
    const p = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    const pid = Number(p.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    expect(pid).not.toBe(42);
  });
});

describe('conio.h on standard input and output', () => {
  it('_getch reads a character "without echoing", _getche "echoes the character read", _ungetch "pushes the character c back" once (a second is EOF), _putch and _cputs write in order with printf; _cputs returns 0', () => {
    const r = runIn('crtsys_conio', [], tmp, 'pq');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('start q [pq] ungetch 1 -1 z ! cputs\ncputs 0\n');
  });
});

describe('what is not provided fails at compile time, naming the reason', () => {
  const cases: [string, string, string][] = [
    ['_beginthreadex', '#include <process.h>\nunsigned f(void *p) { (void)p; return 0; }\nint main(void) { return (int)_beginthreadex(0, 0, f, 0, 0, 0); }\n', 'threads (CreateThread, _beginthreadex) arrive with thread support'],
    ['_spawnl', '#include <process.h>\nint main(void) { return (int)_spawnl(_P_WAIT, "x", "x", (char *)0); }\n', 'a wasm guest cannot start processes'],
    ['_popen', '#include <stdio.h>\nint main(void) { return _popen("ls", "r") != 0; }\n', 'a wasm guest cannot start processes'],
    ['_kbhit', '#include <conio.h>\nint main(void) { return _kbhit(); }\n', 'asks whether standard input has a byte waiting'],
    // STARTUPINFOA and PROCESS_INFORMATION are declared (processthreadsapi.h), so the error is CreateProcessA's reason.
    ['CreateProcessA', '#include <windows.h>\nint main(void) { STARTUPINFOA si = { sizeof si }; PROCESS_INFORMATION pi; char c[] = "x"; return CreateProcessA(NULL, c, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi); }\n', 'a wasm guest cannot start or inspect processes'],
  ];
  for (const [name, src, reason] of cases) {
    it(name, async () => {
      const r = await compileC([src], ['-fsyntax-only']);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(reason);
      expect(r.stderr).not.toContain('implicit');
      expect(r.stderr).not.toContain('unknown type name');
    });
  }
  it('a program that only declares CreateProcess\'s structures compiles; they have Windows\' sizes', async () => {
    const r = await compileC(['#include <windows.h>\n_Static_assert(sizeof(STARTUPINFOA) == 68 && sizeof(STARTUPINFOW) == 68 && sizeof(PROCESS_INFORMATION) == 16, "sizes");\nint main(void) { STARTUPINFO si; PROCESS_INFORMATION pi; ZeroMemory(&si, sizeof si); ZeroMemory(&pi, sizeof pi); si.cb = sizeof si; return (int)si.cb - 68 + (int)pi.dwProcessId; }\n'], ['-fsyntax-only', '-Wall', '-Wextra']);
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});
