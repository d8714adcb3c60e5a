// AssemblyScript as a second guest language on the same ws2_32/kernel32 imports: the
// programs in asm/tests are built with asc (asconfig.json, --runPasses asyncify restricted
// to the suspending imports) and run under host/asm.ts with real loopback sockets.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORTS } from '../../host/abi/imports.js';
import * as L from '../../host/abi/layouts.js';
import { instantiateAssemblyScript, runAssemblyScript } from '../../host/asm.js';
import { lines, run } from '../helpers.js';
import { ROOT } from '../paths.js';

const OUT = path.join(ROOT, 'build', 'asm');
const wasm = (name: string) => path.join(OUT, `${name}.wasm`);

/** Run an AS program; its env.log lines as a map, the trace, and how often it unwound. */
async function runAs(name: string) {
  const log: string[] = [];
  const trace: string[] = [];
  const { driver, host } = await instantiateAssemblyScript({ wasm: wasm(name), log: (l) => log.push(l), trace: (l) => trace.push(l) });
  const code = await driver.call('main');
  await host.winsock.flushAll(1000);
  return { code, out: lines(log.join('\n')), log, trace, suspensions: driver.suspensions };
}

beforeAll(async () => {
  // asc through its API, as `npm run asbuild` does (node asm/build.js).
  const { buildAll } = await import(path.join(ROOT, 'asm', 'build.js') as string) as { buildAll(names: string[], target?: string): Promise<void> };
  await buildAll([]);
}, 120_000);

describe('AssemblyScript build', () => {
  it('restricts asyncify to the imports marked suspends: true in host/abi/imports.ts', async () => {
    const { suspendingImports } = await import(path.join(ROOT, 'asm', 'transform', 'asyncify-imports.js') as string) as { suspendingImports(): string[] };
    const expected = IMPORTS.filter((i) => i.suspends).map((i) => `${i.module}.${i.name}`);
    expect(suspendingImports().sort()).toEqual(expected.sort());
  });

  it('instruments only code that can reach a suspending import', () => {
    const instrumented = (wat: string) => {
      const fns = new Set<string>();
      let current = '';
      for (const line of wat.split('\n')) {
        const m = /^ \((func|global|export|data|elem|table|memory|type|import) (\S+)/.exec(line);
        if (m) current = m[1] === 'func' ? m[2] : '';
        else if (current && line.includes('__asyncify_state') && !current.startsWith('$asyncify_')) fns.add(current);
      }
      return fns;
    };
    // layout.ts calls no Winsock function: nothing is instrumented (env.log and env.abort are not asyncify imports).
    expect([...instrumented(fs.readFileSync(path.join(OUT, 'layout.wat'), 'utf8'))]).toEqual([]);
    const ws = instrumented(fs.readFileSync(path.join(OUT, 'wsasend.wat'), 'utf8'));
    expect(ws.has('$asm/tests/wsasend/main')).toBe(true);
    expect(ws.has('$asm/apc/runCompletionRoutines')).toBe(true);
    // The allocator and string code never wait, so they are left alone.
    expect([...ws].filter((f) => f.startsWith('$~lib/'))).toEqual([]);
    const ex = WebAssembly.Module.exports(new WebAssembly.Module(fs.readFileSync(wasm('wsasend')))).map((e) => e.name);
    expect(ex).toEqual(expect.arrayContaining(['main', 'malloc', 'free', 'memory', 'asyncify_start_unwind', 'asyncify_stop_unwind', 'asyncify_start_rewind', 'asyncify_stop_rewind', 'asyncify_get_state']));
    const im = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(wasm('wsasend'))));
    const known = new Set(IMPORTS.map((i) => `${i.module}.${i.name}`));
    for (const i of im) if (i.module !== 'env') expect(known.has(`${i.module}.${i.name}`), `${i.module}.${i.name}`).toBe(true);
  });
});

describe('AssemblyScript layouts equal the C headers', () => {
  let asm: Map<string, string>;
  let c: Map<string, string>;
  beforeAll(async () => {
    asm = (await runAs('layout')).out;
    const r = await run('layout_probe'); // built by the global setup from test/programs/layout_probe.c
    expect(r.code).toBe(0);
    c = lines(r.stdout);
  });

  it('WSABUF 8 bytes (len @0, buf @4), WSAOVERLAPPED 20 (hEvent @16), sockaddr_in 16 (port @2, addr @4), WSADATA 400', () => {
    for (const [k, v] of [['WSABUF.size', 8], ['WSABUF.len', 0], ['WSABUF.buf', 4], ['WSAOVERLAPPED.size', 20],
      ['WSAOVERLAPPED.Internal', 0], ['WSAOVERLAPPED.InternalHigh', 4], ['WSAOVERLAPPED.Offset', 8], ['WSAOVERLAPPED.OffsetHigh', 12],
      ['WSAOVERLAPPED.hEvent', 16], ['SOCKADDR_IN.size', 16], ['SOCKADDR_IN.sin_family', 0], ['SOCKADDR_IN.sin_port', 2],
      ['SOCKADDR_IN.sin_addr', 4], ['SOCKADDR_IN.sin_zero', 8], ['WSADATA.size', 400], ['WSADATA.wVersion', 0], ['WSADATA.wHighVersion', 2],
      ['WSADATA.szDescription', 4], ['WSADATA.szSystemStatus', 261], ['WSADATA.iMaxSockets', 390], ['WSADATA.iMaxUdpDg', 392],
      ['WSADATA.lpVendorInfo', 396]] as const) {
      expect(`${k} ${asm.get(k)}`).toBe(`${k} ${v}`);
    }
  });

  it('every struct offset and constant the C layout probe prints is the same in asm/', () => {
    let compared = 0;
    for (const [k, v] of asm) {
      if (!c.has(k)) continue;
      expect(`${k} ${v}`).toBe(`${k} ${c.get(k)}`);
      compared++;
    }
    expect(compared).toBeGreaterThan(90);
  });

  it('and the host layouts (host/abi/layouts.ts) agree', () => {
    expect(Number(asm.get('APC_RECORD.size'))).toBe(L.APC_RECORD.size);
    for (const f of ['routine', 'error', 'transferred', 'overlapped', 'flags'] as const) expect(Number(asm.get(`APC_RECORD.${f}`))).toBe(L.APC_RECORD[f]);
    expect(Number(asm.get('WSAPOLLFD.size'))).toBe(L.WSAPOLLFD.size);
    expect(Number(asm.get('WSAPOLLFD.revents'))).toBe(L.WSAPOLLFD.revents);
    expect(Number(asm.get('WSANETWORKEVENTS.size'))).toBe(L.WSANETWORKEVENTS.size);
    expect(Number(asm.get('WSANETWORKEVENTS.iErrorCode'))).toBe(L.WSANETWORKEVENTS.iErrorCode);
    expect(Number(asm.get('ADDRINFO.size'))).toBe(L.ADDRINFO.size);
    expect(Number(asm.get('HOSTENT.size'))).toBe(L.HOSTENT.size);
    expect(Number(asm.get('SOCKADDR_IN6.size'))).toBe(L.SOCKADDR_IN6.size);
  });
});

describe('WSASend from AssemblyScript over real sockets', () => {
  let r: Awaited<ReturnType<typeof runAs>>;
  beforeAll(async () => { r = await runAs('wsasend'); });
  const v = (k: string) => r.out.get(k);

  it('runs to the end and returns 0', () => {
    expect(r.code).toBe(0);
    expect(v('WSACleanup')).toBe('0');
  });

  it('WSAStartup fills WSADATA at the C offsets', () => {
    expect(v('WSAStartup')).toBe('0');
    expect(v('wsadata.wVersion')).toBe(String(0x0202));
    expect(v('wsadata.description.nonempty')).toBe('1');
  });

  it('blocking pair: bind 127.0.0.1:0, listen, connect, accept', () => {
    expect([v('bind'), v('listen'), v('getsockname'), v('port.nonzero'), v('getsockname.family'), v('getsockname.addr')]).toEqual(['0', '0', '0', '1', '2', '1']);
    expect([v('connect'), v('accept.valid'), v('accept.addrlen'), v('accept.family')]).toEqual(['0', '1', '16', '2']);
  });

  it('WSASend of two WSABUFs sends both in order; recv with MSG_WAITALL gets all 15 bytes', () => {
    expect([v('WSASend'), v('WSASend.sent'), v('WSASend.error')]).toEqual(['0', '15', '0']);
    expect(v('recv.waitall')).toBe('15');
    expect(v('recv.text')).toBe('Hello, winsock!');
  });

  it('non-blocking recv with no data: WSAEWOULDBLOCK (10035)', () => {
    expect([v('ioctlsocket.FIONBIO'), v('recv.nonblocking'), v('recv.nonblocking.error')]).toEqual(['0', '-1', '10035']);
  });

  it('a WSABUF array outside memory: WSAEFAULT (10014); a bad handle: WSAENOTSOCK (10038)', () => {
    expect([v('WSASend.fault'), v('WSASend.fault.error')]).toEqual(['-1', '10014']);
    expect([v('WSASend.notsock'), v('WSASend.notsock.error')]).toEqual(['-1', '10038']);
    expect([v('closesocket.bad'), v('closesocket.bad.error')]).toEqual(['-1', '10038']);
  });

  it('overlapped WSARecv with an event: WSA_IO_PENDING (997), then WSAWaitForMultipleEvents and WSAGetOverlappedResult', () => {
    expect([v('WSARecv.overlapped'), v('WSARecv.overlapped.error')]).toEqual(['-1', '997']);
    expect(v('WSAWaitForMultipleEvents')).toBe('0');
    expect([v('WSAGetOverlappedResult'), v('WSAGetOverlappedResult.transferred'), v('overlapped.InternalHigh')]).toEqual(['1', '10', '10']);
    expect(v('overlapped.text')).toBe('overlapped');
  });

  it('overlapped WSARecv with a completion routine: the routine runs in guest code inside alertable SleepEx (WAIT_IO_COMPLETION)', () => {
    expect([v('WSARecv.routine'), v('WSARecv.routine.error')]).toEqual(['-1', '997']);
    expect(v('SleepEx.alertable')).toBe('192');
    expect([v('routine.calls'), v('routine.error'), v('routine.bytes'), v('routine.overlapped'), v('routine.text')]).toEqual(['1', '0', '8', '1', 'routine!']);
  });

  it('send after shutdown(SD_SEND): WSAESHUTDOWN (10058); the peer reads the end of the stream', () => {
    expect([v('shutdown'), v('WSASend.shutdown'), v('WSASend.shutdown.error')]).toEqual(['0', '-1', '10058']);
    expect(v('recv.eof')).toBe('0');
  });

  it('only real waits unwind the guest: WSASend with room, ioctlsocket, socket and the error paths return at once', () => {
    const waits = r.trace.filter((l) => l.endsWith('... waits'));
    expect(waits.length).toBeGreaterThan(0);
    expect(r.suspensions).toBeGreaterThanOrEqual(waits.length);
    expect(waits.filter((l) => /WSASend|ioctlsocket|WSAStartup|\.socket\(|shutdown|getsockopt|setsockopt/.test(l))).toEqual([]);
    // connect, accept (or the MSG_WAITALL recv) and the event wait did wait for the peer.
    expect(waits.some((l) => /connect|accept|recv|WSAWaitForMultipleEvents|SleepEx/.test(l))).toBe(true);
    expect(r.trace.some((l) => /^ws2_32\.WSASend\(.*\) = 0/.test(l))).toBe(true);
  });

  it('runAssemblyScript resolves with main\'s return value', async () => {
    expect(await runAssemblyScript({ wasm: wasm('layout'), log: () => {} })).toBe(0);
  });
});
