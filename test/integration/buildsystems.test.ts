// Make and CMake projects built unchanged with winsock-make, winsock-cmake and the
// toolchain file; winsock-ar and winsock-ranlib; the programs run over loopback.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { freePort, waitFor } from '../helpers.js';

const bin = (name: string) => path.join(ROOT, 'bin', `${name}.js`);
const projects = path.join(ROOT, 'test', 'projects');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-buildsys-'));

interface Proc { code: number | null; stdout: string; stderr: string }

/** Runs a command to its end without blocking this process (the test runner talks to it meanwhile). */
function sh(cmd: string, args: string[], cwd = tmp): Promise<Proc & { status: number | null }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code, status: code, stdout, stderr }));
  });
}

const tool = (name: string, args: string[], cwd = tmp) => sh(process.execPath, [bin(name), ...args], cwd);

async function ok(pr: Promise<Proc & { status: number | null }>) {
  const r = await pr;
  if (r.status !== 0) throw new Error(`exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Runs a built program with node, without blocking this process's event loop (peers live here). */
function start(file: string, args: string[], cwd: string) {
  const p = spawn(process.execPath, [file, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const res: Proc = { code: null, stdout: '', stderr: '' };
  p.stdout.on('data', (d) => (res.stdout += d));
  p.stderr.on('data', (d) => (res.stderr += d));
  const kill = setTimeout(() => p.kill('SIGKILL'), 20_000);
  const done = new Promise<Proc>((resolve) => p.on('exit', (code) => { clearTimeout(kill); res.code = code; resolve(res); }));
  return { res, done };
}

/** Compile commands make printed: the sources compiled, sorted. */
const compiled = (out: string) => [...out.matchAll(/ -c (\S+\.c)/g)].map((m) => m[1]).sort();

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('winsock-ar, winsock-ranlib, winsock-make and winsock-cmake', { timeout: 240_000 }, () => {
  it('each answers --help and --version', async () => {
    for (const name of ['winsock-ar', 'winsock-ranlib', 'winsock-make', 'winsock-cmake']) {
      const h = await tool(name, ['--help']);
      expect(h.status, name).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`^usage: ${name} `));
      const v = await tool(name, ['--version']);
      expect(v.status, name).toBe(0);
      expect(v.stdout).toMatch(new RegExp(`^${name} \\(winsock-wasm\\) \\d+\\.\\d+\\.\\d+\\n`));
    }
  });

  it('winsock-ar writes the wasm symbol index wasm-ld needs to take members by -l; winsock-ranlib adds one to an archive without', async () => {
    const dir = path.join(tmp, 'ar');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'f.c'), 'int f(void) { return 5; }\n');
    fs.writeFileSync(path.join(dir, 'm.c'), 'int f(void);\nint main(void) { return f(); }\n');
    await ok(tool('winsock-cc', ['-c', 'f.c', '-o', 'f.o'], dir));
    await ok(tool('winsock-ar', ['rc', 'libf.a', 'f.o'], dir));
    await ok(tool('winsock-cc', ['m.c', '-L.', '-lf', '-o', 'm.exe'], dir));
    expect((await sh(process.execPath, [path.join(dir, 'm.exe')])).status).toBe(5);
    // S: no index, as GNU ar leaves one of wasm objects; the link fails until ranlib.
    await ok(tool('winsock-ar', ['rcS', 'libg.a', 'f.o'], dir));
    expect((await tool('winsock-cc', ['m.c', '-L.', '-lg', '-o', 'g.exe'], dir)).stderr).toContain('archive has no index');
    await ok(tool('winsock-ranlib', ['libg.a'], dir));
    await ok(tool('winsock-cc', ['m.c', '-L.', '-lg', '-o', 'g.exe'], dir));
  });

  it('winsock-make sets CC, AR and RANLIB in the environment and on make\'s command line, and keeps what the command line sets', async () => {
    const dir = path.join(tmp, 'vars');
    fs.mkdirSync(dir);
    // A hard assignment in the Makefile loses to the command line, as with emmake's variables.
    fs.writeFileSync(path.join(dir, 'Makefile'), 'CC = gcc\nall:\n\t@echo "cc=$(CC) cxx=$(CXX) ar=$(AR) ranlib=$(RANLIB) env=$$AR"\n');
    const r = await ok(tool('winsock-make', ['make', '-s', 'RANLIB=true'], dir));
    expect(r.stdout).toBe(`cc=${bin('winsock-cc')} cxx=${bin('winsock-c++')} ar=${bin('winsock-ar')} ranlib=true env=${bin('winsock-ar')}\n`);
    const e = await ok(tool('winsock-make', ['sh', '-c', 'echo "$CC $RANLIB"'], dir));
    expect(e.stdout).toBe(`${bin('winsock-cc')} ${bin('winsock-ranlib')}\n`);
  });
});

describe('a Makefile project (GNU make, -MMD -MP, a static library, .exe programs)', { timeout: 240_000 }, () => {
  const dir = path.join(tmp, 'make-echo');
  beforeAll(() => fs.cpSync(path.join(projects, 'make-echo'), dir, { recursive: true }));

  it('builds with winsock-make make, and the programs echo over loopback', async () => {
    const r = await ok(tool('winsock-make', ['make', '-j2'], dir));
    expect(compiled(r.stdout)).toEqual(['client.c', 'net.c', 'server.c', 'util.c']);
    expect(r.stdout).toContain(`${bin('winsock-ar')} rc libnet.a net.o util.o`);
    for (const f of ['libnet.a', 'server.exe', 'server.wasm', 'client.exe', 'client.wasm', 'server.d']) {
      expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    }
    const server = start('server.exe', ['0'], dir);
    await waitFor(() => /listening on \d+\n/.test(server.res.stdout));
    const port = server.res.stdout.match(/listening on (\d+)/)![1];
    const client = await start('client.exe', [port, 'over make'], dir).done;
    expect(client).toMatchObject({ code: 0, stdout: 'reply: over make\n', stderr: '' });
    expect(await server.done).toMatchObject({ code: 0, stdout: `listening on ${port}\nechoed 9 bytes\n`, stderr: '' });
    // Nothing listens there any more: WSAECONNREFUSED, as on Windows.
    const refused = await start('client.exe', [port], dir).done;
    expect(refused.stdout).toBe('connect failed: 10061\n');
  });

  it('a second make does nothing', async () => {
    expect((await tool('winsock-make', ['make', '-q'], dir)).status).toBe(0);
    const r = await ok(tool('winsock-make', ['make'], dir));
    expect(r.stdout).toMatch(/Nothing to be done for 'all'/);
  });

  it('touching a header rebuilds only the objects that include it (-MMD dependencies)', async () => {
    // Everything built a while ago, then the header edited now.
    const earlier = new Date(Date.now() - 10_000);
    for (const f of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, f), earlier, earlier);
    const now = new Date();
    fs.utimesSync(path.join(dir, 'util.h'), now, now);
    expect((await tool('winsock-make', ['make', '-q'], dir)).status).toBe(1);
    const r = await ok(tool('winsock-make', ['make'], dir));
    expect(compiled(r.stdout)).toEqual(['server.c', 'util.c']);
    expect((await tool('winsock-make', ['make', '-q'], dir)).status).toBe(0);
  });

  it('GNU ar by mistake (make CC=winsock-cc, AR left as ar): the link says to use winsock-ar', async () => {
    await ok(sh('make', ['clean'], dir));
    const r = await sh('make', [`CC=${bin('winsock-cc')}`, 'server.exe'], dir);
    expect(r.stdout).toContain('ar rc libnet.a');
    expect(r.stderr).toContain('build archives with winsock-ar');
  });
});

describe('a CMake project (add_subdirectory, a static library, configure checks into config.h, WIN32 branches)', { timeout: 240_000 }, () => {
  const build = path.join(tmp, 'cmake-build');
  let peer: net.Server;
    beforeAll(async () => {
    peer = net.createServer((s) => s.pipe(s));
    await new Promise<void>((resolve) => peer.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => peer.close());

  it('configures with winsock-cmake: WIN32, winsock-cc and winsock-ar, and checks that mean something', async () => {
    const configure = await ok(tool('winsock-cmake', ['cmake', '-S', path.join(projects, 'cmake-echo'), '-B', build]));
    expect(configure.stderr).toContain(`-DCMAKE_TOOLCHAIN_FILE=${path.join(ROOT, 'cmake', 'winsock-wasm.cmake')}`);
    const cache = fs.readFileSync(path.join(build, 'CMakeCache.txt'), 'utf8');
    expect(cache).toContain(`CMAKE_AR:FILEPATH=${bin('winsock-ar')}`);
    expect(cache).toContain(`CMAKE_RANLIB:FILEPATH=${bin('winsock-ranlib')}`);
    const config = fs.readFileSync(path.join(build, 'config.h'), 'utf8');
    expect(config).toContain('#define PLATFORM_NAME "Windows"');
    expect(config).toContain('#define HAVE_WINSOCK2_H 1');
    expect(config).toContain('#define HAVE_WSAPOLL 1');
    expect(config).toContain('#define HAVE_WSANOSUCHFUNCTION 0'); // no header declares it
    expect(config).toContain('#define HAVE_INET_PTON 1');
    expect(config).toContain('#define HAVE_NO_SUCH_FUNCTION_ANYWHERE 0'); // nothing defines it: the link fails
    expect(config).toContain('#define HAVE_WIN32_LAYOUTS 1'); // try_compile of Win32 layout assertions
    expect(config).toContain('#define HAVE_BROKEN_PROBE 0'); // try_compile of code that does not compile
    expect(config).toContain('#define SIZEOF_SOCKET 4');
    expect(config).toContain('#define SIZEOF_WSABUF 8');
  });

  it('builds lib<name>.a and <name>.exe from the Windows sources, and the program talks to a loopback peer', async () => {
    const r = await ok(sh('cmake', ['--build', build, '-j2']));
    expect(r.stdout).toContain('net_win32.c');
    expect(r.stdout).not.toMatch(/net_posix|posix_only/);
    expect(fs.existsSync(path.join(build, 'netlib', 'libnetlib.a'))).toBe(true);
    const echoPort = (peer.address() as net.AddressInfo).port;
    const closed = await freePort();
    const p = await start(path.join(build, 'echo_client.exe'), [String(echoPort), String(closed)], build).done;
    expect(p.stderr).toBe('');
    expect(p.code).toBe(0);
    expect(p.stdout).toBe([
      'platform Windows, backend winsock',
      'HAVE_WINSOCK2_H 1',
      'HAVE_WSAPOLL 1',
      'HAVE_WSANOSUCHFUNCTION 0',
      'HAVE_INET_PTON 1',
      'HAVE_NO_SUCH_FUNCTION_ANYWHERE 0',
      'HAVE_WIN32_LAYOUTS 1',
      'HAVE_BROKEN_PROBE 0',
      'SIZEOF_SOCKET 4',
      'SIZEOF_WSABUF 8',
      'exchange: 0 "ping over winsock"',
      'closed port: 10061',
      '',
    ].join('\n'));
  });

  it('a second cmake --build compiles and links nothing', async () => {
    const exe = path.join(build, 'echo_client.exe');
    const before = fs.statSync(exe).mtimeMs;
    const r = await ok(sh('cmake', ['--build', build]));
    expect(r.stdout).not.toMatch(/Building|Linking/);
    expect(fs.statSync(exe).mtimeMs).toBe(before);
  });
});

describe('a C++ CMake project', { timeout: 240_000 }, () => {
  it('configures with winsock-c++ as the C++ compiler, builds and runs', async () => {
    const build = path.join(tmp, 'cmake-cxx');
    await ok(tool('winsock-cmake', ['cmake', '-S', path.join(projects, 'cmake-cxx'), '-B', build]));
    await ok(sh('cmake', ['--build', build]));
    const link = fs.readFileSync(path.join(build, 'CMakeFiles', 'wsa_version.dir', 'link.txt'), 'utf8');
    expect(link.startsWith(`${bin('winsock-c++')} `)).toBe(true);
    expect(link).toContain('-lws2_32');
    const p = await start(path.join(build, 'wsa_version.exe'), [], build).done;
    expect(p).toMatchObject({ code: 0, stdout: 'winsock 2.2\n', stderr: '' });
  });
});
