// Include names match as on Windows: case-insensitively, with `\` as a separator.
// Windows' file systems ignore case and take both separators, so Windows code writes
// <WinSock2.h>, "IOCPServer.h" for a file stored as iocpserver.h, and "..\common\util.h".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';

const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
const cxx = path.join(ROOT, 'bin', 'winsock-c++.js');
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-includes-test-')));
const proj = path.join(tmp, 'proj');
const server = path.join(proj, 'server');
// The compiler's temporary files go here, so a leftover overlay would be seen.
const tmpdir = path.join(tmp, 'tmpdir');

/** A source tree as it is stored: every file name lower-case, as an archive from Windows unpacks. */
const TREE: Record<string, string> = {
  'server/main.c': `#include <Windows.h>
#include <WinSock2.h>
#include <WS2tcpip.h>
#include <MSWSock.h>
#include <StdIO.h>
#include "IOCPServer.h"
#include "..\\common\\util.h"
#include <Config.H>

int main(void) {
  WSADATA wsa;
  struct in_addr a;
  SOCKET s;
  if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
  if (inet_pton(AF_INET, "127.0.0.1", &a) != 1) return 2;
  s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  printf("%s %d %d %d %s 0x%x %s\\n", IOCP_SERVER_NAME, util_twice(21), HELPER_VALUE, TYPES_VALUE,
         CONFIG_NAME, SO_UPDATE_ACCEPT_CONTEXT, s != INVALID_SOCKET ? "socket" : "no socket");
  closesocket(s);
  WSACleanup();
  return 0;
}
`,
  'server/main.cpp': `#include <WinSock2.h>
#include <WS2tcpip.h>
#include <Windows.h>
#include <MSWSock.h>
#include <iostream>
#include <string>
#include "IOCPServer.h"
#include "..\\common\\util.h"
#include <Config.H>

int main() {
  WSADATA wsa;
  if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
  std::cout << IOCP_SERVER_NAME << ' ' << util_twice(21) << ' ' << HELPER_VALUE + TYPES_VALUE << ' ' << std::string(CONFIG_NAME) << std::endl;
  WSACleanup();
  return 0;
}
`,
  // Found by a case-insensitive match, and includes its neighbour by yet another case.
  'server/iocpserver.h': '#pragma once\n#include "HELPER.h"\n#define IOCP_SERVER_NAME "iocp"\n',
  'server/helper.h': '#pragma once\n#define HELPER_VALUE 7\n',
  // Reached through "..\common\util.h"; its own include is relative to where it really is.
  'common/util.h': '#pragma once\n#include "Detail\\Types.H"\nstatic int util_twice(int x) { return 2 * x; }\n',
  'common/detail/types.h': '#pragma once\n#define TYPES_VALUE 3\n',
  'include/config.h': '#pragma once\n#define CONFIG_NAME "cfg"\n',
  'server/missing.c': '#include <WinSock2.h>\n#include "NoSuchHeader.h"\nint x;\n',
  'server/missing_rel.c': '#include "..\\nowhere\\util.h"\nint x;\n',
  // Two files differing only in case.
  'twins/Dup.h': 'const char *which = "Dup.h";\n',
  'twins/dup.h': 'const char *which = "dup.h";\n',
  'twins/exact_upper.c': '#include "Dup.h"\n',
  'twins/exact_lower.c': '#include "dup.h"\n',
  'twins/neither.c': '#include "DUP.H"\n',
  // A header of the program's own named as a system one, in another case.
  'shadow/Time.h': '#error the system <time.h> must win over a case-insensitive match\n',
  'shadow/uses_time.c': '#include <time.h>\nint main(void) { return (int)time(0) == 0; }\n',
  // lib/lib.h is reached through "..\lib\lib.h", one file name to clang, so clang asks
  // for its "..." includes in app/: "LibImpl.h" is answered from lib/, as Windows would;
  // "shared.h" clang finds as written in inc/, and that is left alone.
  'probe/app/main.c': '#include "shared.h"\n#include "..\\lib\\lib.h"\nconst char *s = SHARED, *i = IMPL;\n',
  'probe/inc/shared.h': '#pragma once\n#define SHARED "inc"\n',
  'probe/lib/lib.h': '#pragma once\n#include "shared.h"\n#include "LibImpl.h"\n',
  'probe/lib/shared.h': '#error app/shared.h must stay unmapped: clang finds "shared.h" in inc/ for app/main.c\n',
  'probe/lib/libimpl.h': '#pragma once\n#define IMPL "lib"\n',
};

function winsockCc(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  // -E output of windows.h is over a MiB (spawnSync's default maxBuffer, beyond which it kills the child).
  return spawnSync(process.execPath, [cc, ...args], {
    cwd: opts.cwd ?? server, encoding: 'utf8', env: { ...process.env, TMPDIR: tmpdir, ...opts.env }, maxBuffer: 256 * 1024 * 1024,
  });
}

/** A build, without blocking the test worker while emcc runs. */
function winsockCcAsync(args: string[], driver = cc): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [driver, ...args], { cwd: server, env: { ...process.env, TMPDIR: tmpdir }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (status) => resolve({ status, stderr }));
  });
}

const overlaysLeft = () => fs.readdirSync(tmpdir).filter((f) => f.startsWith('winsock-cc-vfs-'));

beforeAll(() => {
  for (const [f, text] of Object.entries(TREE)) {
    fs.mkdirSync(path.dirname(path.join(proj, f)), { recursive: true });
    fs.writeFileSync(path.join(proj, f), text);
  }
  fs.mkdirSync(tmpdir);
});

describe('include names match as on Windows', () => {
  it('<Windows.h>, <WinSock2.h>, <WS2tcpip.h>, <MSWSock.h>, "IOCPServer.h" stored as iocpserver.h, "..\\common\\util.h" and an -I directory\'s <Config.H>: the program builds and runs', async () => {
    const b = await winsockCcAsync(['-Wall', '-I../include', 'main.c', '-o', 'main.js']);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    const r = spawnSync(process.execPath, [path.join(server, 'main.js')], { encoding: 'utf8' });
    // HELPER_VALUE came through "HELPER.h" inside iocpserver.h, TYPES_VALUE through
    // "Detail\Types.H" inside common/util.h.
    expect(r.stdout).toBe('iocp 42 7 3 cfg 0x700b socket\n');
    expect(r.status).toBe(0);
    expect(overlaysLeft()).toEqual([]);
  });

  it('C++ with winsock-c++: the same names build and run', async () => {
    const b = await winsockCcAsync(['-Wall', '-I../include', 'main.cpp', '-o', 'main_cpp.js'], cxx);
    // (This test's own TMPDIR may hold no libc++ yet: building it once says so.)
    expect(b.stderr.replace(/^winsock-c\+\+: buil(ding|t) libc\+\+ .*\n/gm, '')).toBe('');
    expect(b.status).toBe(0);
    const r = spawnSync(process.execPath, [path.join(server, 'main_cpp.js')], { encoding: 'utf8' });
    expect(r.stdout).toBe('iocp 42 10 cfg\n');
    expect(r.status).toBe(0);
  }, 240_000); // may build libc++ into this test's own TMPDIR first

  it('a .cpp source given to winsock-cc is searched as C++ (libc++ directories first)', () => {
    const m = winsockCc(['-M', '-I../include', 'main.cpp']);
    expect(m.stderr).toBe('');
    expect(m.status).toBe(0);
    expect(m.stdout).toMatch(/c\+\+\/v1\/iostream/);
    expect(m.stdout).toContain(path.join(proj, 'common', 'detail', 'types.h'));
  });

  it('-MMD -MF names each header by the file that exists, so a second make does nothing and a change to a header rebuilds', () => {
    fs.writeFileSync(path.join(server, 'Makefile'), [
      `CC = ${process.execPath} ${cc}`,
      'main.o: main.c',
      '\t$(CC) -I../include -MMD -MF main.d -c main.c -o main.o',
      '-include main.d',
      '',
    ].join('\n'));
    const make = (...a: string[]) => spawnSync('make', a, { cwd: server, encoding: 'utf8', env: { ...process.env, TMPDIR: tmpdir } });
    const first = make();
    expect(first.status).toBe(0);
    const deps = fs.readFileSync(path.join(server, 'main.d'), 'utf8');
    for (const real of ['server/iocpserver.h', 'server/helper.h', 'common/util.h', 'common/detail/types.h', 'include/config.h']) {
      expect(deps).toContain(path.join(proj, real));
    }
    expect(deps).not.toMatch(/IOCPServer|HELPER|Types\.H|Config\.H|\\common/);
    const second = make();
    expect(second.stdout).toMatch(/'main\.o' is up to date/);
    expect(make('-q').status).toBe(0);
    // A header reached through two differently-cased names is a real prerequisite.
    const later = new Date(Date.now() + 10_000);
    fs.utimesSync(path.join(proj, 'common/detail/types.h'), later, later);
    expect(make('-q').status).toBe(1);
  });

  it('-E and -M see the same files', () => {
    const e = winsockCc(['-E', '-I../include', 'main.c']);
    expect(e.status).toBe(0);
    expect(e.stdout).toContain(`# 1 "${path.join(server, 'iocpserver.h')}"`);
    expect(e.stdout).toContain(`# 1 "${path.join(proj, 'common', 'detail', 'types.h')}"`);
    const m = winsockCc(['-MM', '-I../include', 'main.c']);
    expect(m.status).toBe(0);
    expect(m.stdout).toMatch(/^main\.o: main\.c /);
    expect(m.stdout).toContain(path.join(proj, 'common', 'util.h'));
  });

  it('a name that matches nothing fails with clang\'s "file not found" naming the written name, and leaves no overlay behind', () => {
    const r = winsockCc(['-c', 'missing.c', '-o', 'missing.o']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("fatal error: 'NoSuchHeader.h' file not found");
    const rel = winsockCc(['-c', 'missing_rel.c', '-o', 'missing_rel.o']);
    expect(rel.status).not.toBe(0);
    expect(rel.stderr).toContain("fatal error: '..\\nowhere\\util.h' file not found");
    expect(overlaysLeft()).toEqual([]);
  });

  it('of two files differing only in case, the exact one wins; a third spelling takes the first in code-unit order, every time', () => {
    const twins = path.join(proj, 'twins');
    const which = (src: string) => {
      const r = winsockCc(['-E', src], { cwd: twins });
      expect(r.status).toBe(0);
      return /which = "([^"]+)"/.exec(r.stdout)?.[1];
    };
    expect(which('exact_upper.c')).toBe('Dup.h');
    expect(which('exact_lower.c')).toBe('dup.h');
    expect(which('neither.c')).toBe('Dup.h');
    expect(which('neither.c')).toBe('Dup.h');
  });

  it('an include clang resolves as written is unchanged: <time.h> is the system one, not an -I directory\'s Time.h', () => {
    const r = winsockCc(['-c', '-I.', 'uses_time.c', '-o', 'uses_time.o'], { cwd: path.join(proj, 'shadow') });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a header reached through a backslash name finds its neighbours where Windows does, unless clang finds the name as written', () => {
    const app = path.join(proj, 'probe', 'app');
    const r = winsockCc(['-E', '-I../inc', 'main.c'], { cwd: app });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`# 1 "${path.join(proj, 'probe', 'lib', 'libimpl.h')}"`);
    expect(r.stdout).toContain('const char *s = "inc", *i = "lib";');
  });

  it('works from a working directory reached through a symbolic link (clang takes $PWD)', () => {
    const link = path.join(tmp, 'link');
    fs.symlinkSync(server, link);
    const r = winsockCc(['-MM', '-I../include', 'main.c'], { cwd: link, env: { PWD: link } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The overlay names a header by its real path, symbolic links resolved.
    expect(r.stdout).toContain(path.join(server, 'iocpserver.h'));
    expect(r.stdout).toContain(path.join(server, 'helper.h'));
  });

  it.skipIf(!fs.existsSync('/usr/bin/clang-16'))('works with clang 16 (EM_CLANG_ADD_VERSION=16)', () => {
    const r = winsockCc(['-I../include', '-MMD', '-MF', 'main16.d', '-c', 'main.c', '-o', 'main16.o'], { env: { EM_CLANG_ADD_VERSION: '16' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(server, 'main16.d'), 'utf8')).toContain(path.join(proj, 'common', 'detail', 'types.h'));
  });
});
