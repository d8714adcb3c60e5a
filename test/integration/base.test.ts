// kernel32's base surface: heaps and virtual memory, time conversions, the system's
// description and version, the environment, debugging. Each program's output is compared
// with what the same source built by mingw-w64 prints under Wine (test/fixtures/base/*.wine.txt),
// except where Wine and Microsoft's documentation disagree: there the documented behaviour is
// expected, and the sentence is quoted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { run } from '../helpers.js';
import { BUILD, ROOT } from '../paths.js';

const golden = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'base', `${name}.wine.txt`), 'utf8');

/** Wine's output with the lines where the documentation says otherwise replaced. */
function expected(name: string, documented: Record<string, string>): string {
  const text = golden(name);
  for (const [wine, doc] of Object.entries(documented)) {
    expect(text).toContain(wine); // the golden file still says what Wine says
  }
  return Object.entries(documented).reduce((t, [wine, doc]) => t.replace(wine, doc), text);
}

describe('heaps and virtual memory (heapapi.h, memoryapi.h)', () => {
  it('zeroing, HeapSize as requested, in-place reallocation, private heaps, VirtualAlloc granularity and MEM_RELEASE rules, as mingw-w64 under Wine', async () => {
    const r = await run('base_heap');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected('base_heap', {
      // HeapAlloc: "If the function fails, it does not call SetLastError." (Wine sets ERROR_NOT_ENOUGH_MEMORY)
      'over maximum: NULL, last error 8\n': 'over maximum: NULL, last error 12345\n',
    }));
  });
});

describe('HEAP_GENERATE_EXCEPTIONS', () => {
  it('a failure that would raise STATUS_NO_MEMORY ends the program with that reason (no structured exception handling)', async () => {
    const r = await run('base_heap', ['exceptions']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/STATUS_NO_MEMORY \(0xC0000017\) raised with HEAP_GENERATE_EXCEPTIONS/);
    expect(r.code).not.toBe(0);
  });
});

describe('FILETIME and SYSTEMTIME (sysinfoapi.h, timezoneapi.h)', () => {
  it('fixed conversions (1970-01-01 is 116444736000000000), validation with ERROR_INVALID_PARAMETER, CompareFileTime, the clock', async () => {
    const r = await run('base_time');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SystemTimeToFileTime(1970-01-01): 1 116444736000000000\n');
    expect(r.stdout).toBe(expected('base_time', {
      // SYSTEMTIME: wDay "The day of the month"; 2023 has no February 29 (Wine accepts it).
      'invalid 2023-02-29 00:00:00.000: 1 error 0\n': 'invalid 2023-02-29 00:00:00.000: 0 error 87\n',
      // SYSTEMTIME: wYear "The valid values for this member are 1601 through 30827." (Wine accepts 30828)
      'invalid 30828-01-01 00:00:00.000: 1 error 0\n': 'invalid 30828-01-01 00:00:00.000: 0 error 87\n',
    }));
  });
  it('local time follows the host time zone (TZ): FileTimeToLocalFileTime adds the current bias', async () => {
    const utc = await run('base_time', [], { env: { TZ: 'UTC' } });
    expect(utc.stdout).toContain('local round trip: 1\n');
  });
  it('GetTimeZoneInformation from TZ: "UTC = local time + bias"; no daylight saving time is TIME_ZONE_ID_UNKNOWN', async () => {
    const ny = await run('base_time', ['tz'], { env: { TZ: 'America/New_York' } });
    expect(ny.stdout).toMatch(/^id [12] bias 300 standard bias 0 daylight bias -60\n/);
    expect(ny.stdout).toContain('daylight starts month 3 day-of-week 0 hour 2; standard starts month 11 hour 2\n');
    const berlin = await run('base_time', ['tz'], { env: { TZ: 'Europe/Berlin' } });
    expect(berlin.stdout).toMatch(/^id [12] bias -60 standard bias 0 daylight bias -60\n/);
    // The change back happens at 03:00 daylight time, the local time of the state before it.
    expect(berlin.stdout).toContain('daylight starts month 3 day-of-week 0 hour 2; standard starts month 10 hour 3\n');
    const utc = await run('base_time', ['tz'], { env: { TZ: 'UTC' } });
    // TIME_ZONE_ID_UNKNOWN: "Daylight saving time is not used in the current time zone, because there are no transition dates"
    expect(utc.stdout).toMatch(/^id 0 bias 0 /);
  });
});

describe('system information and version (sysinfoapi.h, versionhelpers.h)', () => {
  it('Windows 10.0.19045 (Wine is set up as 7 SP1), pseudo-handles, GetComputerName size rules, ExitProcess status, OutputDebugString on stderr', async () => {
    const r = await run('base_sys');
    expect(r.code).toBe(3); // ExitProcess(3)
    expect(r.stderr).toBe('[debug] to the debugger\n');
    expect(r.stdout).toBe(expected('base_sys', {
      // The version a Windows 10 manifested application is told (the issue: report Windows 10).
      'GetVersionExA: 1 6.1 build 7601 platform 2 csd "Service Pack 1"\n': 'GetVersionExA: 1 10.0 build 19045 platform 2 csd ""\n',
      'GetVersionExW(EX): 1 6.1 sp 1.0 product 1\n': 'GetVersionExW(EX): 1 10.0 sp 0.0 product 1\n',
      'IsWindows7OrGreater 1 IsWindows8Point1OrGreater 0 IsWindows10OrGreater 0 IsWindowsServer 0\n':
        'IsWindows7OrGreater 1 IsWindows8Point1OrGreater 1 IsWindows10OrGreater 1 IsWindowsServer 0\n',
    }));
  });
});

describe('the computer name (sysinfoapi.h)', () => {
  it("the host's name: NetBIOS form uppercased and cut to MAX_COMPUTERNAME_LENGTH (15); DNS form as given; Ex reports ERROR_MORE_DATA", async () => {
    const r = await run('base_sys', ['name']);
    const first = os.hostname().split('.')[0];
    const netbios = first.toUpperCase().slice(0, 15);
    expect(r.stdout).toBe(`NetBIOS: ${netbios} (${netbios.length})\nwide length: ${netbios.length}\nDNS host: ${first}\nEx too small: 0 error 234\n`);
  });
});

describe('the user name (winbase.h, lmcons.h) and RtlGetVersion (ntdll.dll)', () => {
  it('GetUserNameA/W: the host\'s user, sizes in TCHARs with the terminator, ERROR_INSUFFICIENT_BUFFER with the size needed; RtlGetVersion through GetProcAddress(GetModuleHandle("ntdll.dll")) reports what GetVersionExW reports, as mingw-w64 under Wine', async () => {
    const r = await run('base_user');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(expected('base_user', {
      // Wine runs as root here; the host's user is os.userInfo().username.
      'A name: root\n': `A name: ${os.userInfo().username}\n`,
      // Windows 10.0.19045, as GetVersionEx here (Wine is set up as 7 SP1).
      'RtlGetVersion: 0 6.1 build 7601 platform 2\n': 'RtlGetVersion: 0 10.0 build 19045 platform 2\n',
      'RtlGetVersion(EX): 0 6.1 sp 1.0 product 1\n': 'RtlGetVersion(EX): 0 10.0 sp 0.0 product 1\n',
      // Wine leaves the last error. GetProcAddress: "If the function fails, the return value is NULL.
      // To get extended error information, call GetLastError": Windows sets ERROR_PROC_NOT_FOUND (127).
      'GetProcAddress(ntdll, NoSuchFunction): NULL err 12345\n': 'GetProcAddress(ntdll, NoSuchFunction): NULL err 127\n',
    }));
  });
});

describe('the environment (processenv.h)', () => {
  it('required sizes with the terminator, case-insensitive names, ERROR_ENVVAR_NOT_FOUND, NULL deletes, expansion, as mingw-w64 under Wine', async () => {
    const r = await run('base_env');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('base_env'));
  });
  it('the guest sees the real process environment (getenv and GetEnvironmentVariable agree; names case-insensitive)', async () => {
    const src = `#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  char a[256] = "", b[256] = "";
  DWORD n = GetEnvironmentVariableA("wsw_from_host", a, sizeof a);
  printf("getenv: %s\\n", getenv("WSW_FROM_HOST") ? getenv("WSW_FROM_HOST") : "(null)");
  printf("GetEnvironmentVariable: %lu %s\\n", n, a);
  GetEnvironmentVariableA("WSW_UTF8", b, sizeof b);
  printf("utf8 bytes: %u\\n", (unsigned)strlen(b));
  printf("USER=web_user: %d\\n", getenv("USER") && !strcmp(getenv("USER"), "web_user"));
  return 0;
}`;
    const { compileC } = await import('../compile.js');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wsw-env-')), 'env.js');
    const c = await compileC([src], ['-O1'], out);
    expect(c.stderr).toBe('');
    const env = { ...process.env, WSW_FROM_HOST: 'from the host', WSW_UTF8: 'é€' };
    delete env.USER;
    const r = spawnSync(process.execPath, [out], { env, encoding: 'utf8' });
    expect(r.stdout).toBe('getenv: from the host\nGetEnvironmentVariable: 13 from the host\nutf8 bytes: 5\nUSER=web_user: 0\n');
  });
});

/** Runs base_ctrl in `mode`, sends `signal` once it says "ready"; its output and how it ended. */
function signalled(mode: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(BUILD, 'base_ctrl.js'), mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    p.stdout.on('data', (d) => {
      stdout += d;
      // The program prints "ready" just before it waits; the signal is seen once it does.
      if (!sent && stdout.includes('ready\n')) { sent = true; setTimeout(() => p.kill(signal), 200); }
    });
    p.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => p.kill('SIGKILL'), 30_000);
    p.on('exit', (code, sig) => { clearTimeout(t); resolve({ code, signal: sig, stdout, stderr }); });
  });
}

describe('debugging and the console title (debugapi.h, consoleapi.h)', () => {
  it('DebugBreak with no debugger attached ends the program, saying so', async () => {
    const r = await run('base_ctrl', ['break']);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toMatch(/DebugBreak: a breakpoint with no debugger attached ends the program/);
    expect(r.code).not.toBe(0);
  });
  it('SetConsoleTitle is kept for GetConsoleTitle, which returns the title\'s full length and copies what fits', async () => {
    // GetConsoleTitle: "If the function succeeds, the return value is the length of the console window's title, in characters."
    const r = await run('base_ctrl', ['title']);
    expect(r.stdout).toBe('SetConsoleTitleA: 1\nGetConsoleTitleA(8): 13 "winsock"\nGetConsoleTitleW: 6 1\nsurrogate pair: 2 1 4\n');
  });
});

describe('console control handlers (SetConsoleCtrlHandler), signals sent while the program waits', () => {
  it('SIGINT is CTRL_C_EVENT: handlers run last-registered first until one returns TRUE; SetEvent wakes main, which exits cleanly', async () => {
    // "the last one registered is the first one called ... If none of the handlers returns TRUE, the default handler is called"
    const r = await signalled('event', 'SIGINT');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ready\nsecond handler: 0\nfirst handler: 0\nwait: 0\nclean exit\n');
    expect(r.code).toBe(0);
  });
  it('SIGTERM is CTRL_CLOSE_EVENT', async () => {
    const r = await signalled('event', 'SIGTERM');
    expect(r.stdout).toBe('ready\nsecond handler: 2\nfirst handler: 2\nwait: 0\nclean exit\n');
    expect(r.code).toBe(0);
  });
  it('a handler that closes the listening socket ends a blocking accept with WSAEINTR', async () => {
    // closesocket: "Any pending blocking, asynchronous calls issued by any thread in this process are canceled"
    const r = await signalled('accept', 'SIGINT');
    expect(r.stdout).toContain('first handler: 0\naccept: INVALID_SOCKET, error 10004\n');
    expect(r.code).toBe(0);
  });
  it('no handler returns TRUE: the default handler ends the process (status 130, as a shell reports SIGINT)', async () => {
    const r = await signalled('default', 'SIGINT');
    expect(r.stdout).toBe('ready\nsecond handler: 0\n');
    expect(r.code).toBe(130);
  });
  it('a handler that would wait fails clearly on stderr (no second thread to wait on)', async () => {
    const r = await signalled('wait', 'SIGINT');
    expect(r.stderr).toMatch(/console control handler called a function that would wait/);
    expect(r.code).toBe(1);
  });
  it('SetConsoleCtrlHandler(NULL, TRUE) ignores CTRL+C', async () => {
    // "If the HandlerRoutine parameter is NULL, a TRUE value causes the calling process to ignore CTRL+C input"
    const r = await signalled('ignore', 'SIGINT');
    expect(r.stdout).toBe('ready\nsurvived\n');
    expect(r.code).toBe(0);
  });
  it("without a handler, Node's default: SIGINT ends the process", async () => {
    const r = await signalled('none', 'SIGINT');
    expect(r.stdout).toBe('ready\n');
    expect(r.signal).toBe('SIGINT');
  });
});

describe('FormatMessage (winbase.h)', () => {
  it('inserts, escapes, line widths, buffers and errors, as mingw-w64 under Wine except where the reference says otherwise', async () => {
    const r = await run('messages');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected('messages', {
      // "it specifies the maximum number of characters in an output line": "the lazy dog" is 12
      // characters and fits a 12-character line (Wine breaks it).
      'width 12: 47 [the quick\\r\\nbrown fox\\r\\njumps over\\r\\nthe lazy\\r\\ndog] terminated 1\n':
        'width 12: 46 [the quick\\r\\nbrown fox\\r\\njumps over\\r\\nthe lazy dog] terminated 1\n',
      // "The function never splits a string delimited by white space across a line break." (Wine splits it)
      'width 12 long word: 31 [a\\r\\nsupercalifra\\r\\ngilistic\\r\\nword] terminated 1\n':
        'width 12 long word: 29 [a\\r\\nsupercalifragilistic\\r\\nword] terminated 1\n',
      // "If you pass a specific LANGID in this parameter, FormatMessage will return a message for that
      // LANGID only. If the function cannot find a message for that LANGID, it sets Last-Error to
      // ERROR_RESOURCE_LANG_NOT_FOUND." The texts are English only.
      'system lang 0x407: text error 0\n': 'system lang 0x407: 0 error 1815\n',
      // FORMAT_MESSAGE_FROM_HMODULE: "If the module has no message table resource, the function fails
      // with ERROR_RESOURCE_TYPE_NOT_FOUND." (Wine: ERROR_RESOURCE_DATA_NOT_FOUND)
      'module none: 0 error 1812\n': 'module none: 0 error 1813\n',
      // Windows' text for 34 has inserts ("Insert %2 (Volume Serial Number: %3) into drive %1."), Wine's
      // has none; an insert with no arguments fails, as Wine's own "string inserts, no arguments" line shows.
      'inserts, no arguments: text error 0\n': 'inserts, no arguments: 0 error 87\n',
      // LocalUnlock: "If the memory object is unlocked after decrementing the lock count, the function
      // returns zero and GetLastError returns NO_ERROR." "If the memory object is already unlocked,
      // LocalUnlock returns FALSE and GetLastError reports ERROR_NOT_LOCKED." (Wine sets neither)
      'unlock: 1 error 12345\nunlock: 0 error 12345\nunlock unlocked: 0 error 12345\n':
        'unlock: 1 error 12345\nunlock: 0 error 0\nunlock unlocked: 0 error 158\n',
      // GlobalUnlock: "If the memory object is unlocked after decrementing the lock count, the function
      // returns zero and GetLastError returns NO_ERROR."
      'GHND: lock 1 flags 1 handle 1\nunlock: 0 error 12345\n': 'GHND: lock 1 flags 1 handle 1\nunlock: 0 error 0\n',
    }));
  });

  /** Windows' message texts, from Microsoft's System Error Codes pages (wasm/runtime/messages/system.txt). */
  const texts = new Map(fs.readFileSync(path.join(ROOT, 'wasm', 'runtime', 'messages', 'system.txt'), 'utf8')
    .split('\n').filter(Boolean).map((l) => l.split('\t')).map(([code, name, text]) => [Number(code), { name, text }]));

  it("FORMAT_MESSAGE_FROM_SYSTEM gives Windows' own texts for the WSA* and ERROR_* codes, ending in CR LF", async () => {
    const r = await run('messages', ['system']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    // The example, spelled out: not Wine's "Connection refused."
    expect(out).toContain('10061: 77 [No connection could be made because the target machine actively refused it.\\r\\n]');
    let checked = 0;
    for (const line of out) {
      const m = /^(\d+): (\d+) \[(.*)\]$/.exec(line);
      if (!m) continue;
      const want = texts.get(Number(m[1]))!.text;
      expect(m[3], `message ${m[1]}`).toBe(`${want}\\r\\n`);
      expect(Number(m[2]), `length of message ${m[1]}`).toBe(want.length + 2);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
    expect(out).toContain(`wide 10061: 77 [${texts.get(10061)!.text}\\r\\n]`);
    expect(out).toContain(`allocated 10054: 64 [${texts.get(10054)!.text}\\r\\n]`);
    // FORMAT_MESSAGE_MAX_WIDTH_MASK: "The function ignores regular line breaks in the message definition
    // text": the final line break becomes a space.
    expect(out).toContain(`max width 10060: ${texts.get(10060)!.text.length + 1} [${texts.get(10060)!.text} ]`);
    expect(out).toContain('inserts 34: 99 [The wrong diskette is in the drive. Insert DISK1 (Volume Serial Number: 1234-5678) into drive A:.\\r\\n]');
    // An unknown code: ERROR_MR_MID_NOT_FOUND.
    expect(out).toContain('unknown: 0 error 317');
    // gai_strerror is the SDK's inline FormatMessage call (FORMAT_MESSAGE_MAX_WIDTH_MASK) into a static
    // buffer, which keeps its last text for a code with no message.
    expect(out).toContain(`gai_strerror(WSAHOST_NOT_FOUND): [${texts.get(11001)!.text} ]`);
    expect(out).toContain(`gai_strerror(EAI_AGAIN): [${texts.get(11002)!.text} ]`);
    expect(out).toContain(`gai_strerrorW(EAI_NONAME): [${texts.get(11001)!.text} ]`);
    expect(out).toContain(`gai_strerror(0x4567): [${texts.get(11002)!.text} ]`);
  });

  it('the message table and the generated error names match their source (node scripts/gen-messages.mjs)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-messages.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it("winerror.h's hand-written codes have the values Microsoft's pages give their names", () => {
    const byName = new Map([...texts].map(([code, { name }]) => [name, code]));
    const header = fs.readFileSync(path.join(ROOT, 'wasm', 'include', 'winerror.h'), 'utf8');
    let compared = 0;
    for (const m of header.matchAll(/^#define ((?:ERROR|WSA)[A-Z0-9_]*)\s+(\d+)L?\s*$/gm)) {
      const code = byName.get(m[1]);
      if (code === undefined) continue;
      expect(Number(m[2]), m[1]).toBe(code);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('GlobalMemoryStatusEx, GlobalMemoryStatus (sysinfoapi.h, winbase.h)', () => {
  it("the host's physical memory; the 32-bit form clamps as documented; the address space is the guest's", async () => {
    const r = await run('messages', ['memory']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const v = (name: string) => { const m = new RegExp(`^${name} (\\d+)`, 'm').exec(r.stdout); return Number(m![1]); };
    expect(v('total')).toBe(os.totalmem());
    expect(v('avail')).toBeGreaterThan(0);
    expect(v('avail')).toBeLessThanOrEqual(v('total'));
    expect(v('load')).toBe(Math.floor(((v('total') - v('avail')) * 100) / v('total')));
    // "On computers with more than 4 GB of memory, the GlobalMemoryStatus function can return incorrect
    // information, reporting a value of -1 to indicate an overflow."; between 2 and 4 GB it "will always return 2 GB".
    const t = os.totalmem();
    expect(v('32-bit total')).toBe(t >= 2 ** 32 ? 2 ** 32 - 1 : t >= 2 ** 31 ? 2 ** 31 : t);
    const [space, free] = /^virtual (\d+) (\d+)/m.exec(r.stdout)!.slice(1).map(Number);
    expect(space).toBeGreaterThan(0);
    expect(space).toBeLessThanOrEqual(2 ** 32); // a wasm32 address space
    expect(free).toBeLessThan(space);
  });
});
