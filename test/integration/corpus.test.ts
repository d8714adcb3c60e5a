// The corpus in test/corpus: programs written in the styles real Windows code uses, each
// built unchanged by its own build files and run over loopback.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { freePort, waitFor } from '../helpers.js';

const corpus = path.join(ROOT, 'test', 'corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-corpus-'));

interface Proc { code: number | null; stdout: string; stderr: string }

/** Runs a command without blocking this process's event loop; killed after 60 s. */
function start(cmd: string, args: string[], cwd: string): { res: Proc; done: Promise<Proc> } {
  const p = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const res: Proc = { code: null, stdout: '', stderr: '' };
  p.stdout.on('data', (d) => (res.stdout += d));
  p.stderr.on('data', (d) => (res.stderr += d));
  const kill = setTimeout(() => p.kill('SIGKILL'), 60_000);
  const done = new Promise<Proc>((resolve) => p.on('exit', (code) => { clearTimeout(kill); res.code = code; resolve(res); }));
  return { res, done };
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('echo-sample: C++ in the style of the Windows SDK samples (capitalised includes, SEH cleanup)', () => {
  const out = path.join(tmp, 'echo-sample');
  const exe = path.join(out, 'EchoSample.exe');
  let build: Proc;

  beforeAll(async () => {
    fs.mkdirSync(out, { recursive: true });
    // The sample's own makefile, with winsock-make setting CXX, as for a mingw-w64 port.
    build = await start(process.execPath, [path.join(ROOT, 'bin', 'winsock-make.js'), 'make', `OUT=${out}`], path.join(corpus, 'echo-sample')).done;
  }, 120_000);

  it('builds with its Makefile, -Wall and no warnings: <Windows.h>, <WinSock2.h>, "SampleUtil.h" as sampleutil.h, "..\\common\\Trace.h", __try/__leave/__finally, __forceinline, __declspec, __int64, _countof', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).not.toMatch(/warning|error/i);
    expect(fs.existsSync(exe)).toBe(true);
  });

  it('the server and the client print what Microsoft\'s Winsock server and client samples print on Windows, and each __finally block runs', async () => {
    const port = String(await freePort());
    const server = start(process.execPath, [exe, 'server', port], out);
    await waitFor(() => server.res.stdout.includes('listening'), 20_000);
    const client = await start(process.execPath, [exe, 'client', '127.0.0.1', port], out).done;
    const s = await server.done;
    expect(client.stdout).toBe('Bytes Sent: 14\nBytes received: 14\nConnection closed\nclient cleanup done\n');
    expect(client.code).toBe(0);
    expect(s.stdout).toBe(`RunServer: listening on port ${port}\nBytes received: 14\nBytes sent: 14\nConnection closing...\nRunServer: echoed 14 bytes\nserver cleanup done\n`);
    expect(s.code).toBe(0);
  });

  it('__leave out of a failed connect runs the __finally block ("the termination handler is executed" on leaving the guarded section)', async () => {
    const port = String(await freePort()); // nothing listens there
    const client = await start(process.execPath, [exe, 'client', '127.0.0.1', port], out).done;
    expect(client.stdout).toBe('Unable to connect to server!\nclient cleanup done\n');
    expect(client.code).toBe(1);
  });

  it('a second make does nothing', async () => {
    const again = await start('make', ['-q', `OUT=${out}`, `CXX=${path.join(ROOT, 'bin', 'winsock-c++.js')}`], path.join(corpus, 'echo-sample')).done;
    expect(again.code).toBe(0);
  });
});
