// A checksummed transfer of 256 MiB (WINSOCK_TRANSFER_MIB to change it) through each send and
// each receive path of a Windows program (test/programs/transfer.c), over Node's net directly
// and through winsock-proxy: byte o of the stream is PAT(seed, o), checked on the other side.
// The overlapped paths keep six operations in flight and grow the guest's memory meanwhile.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRule } from '../../host/proxy/rules.js';
import { DEFAULTS, startProxy, type RunningProxy } from '../../host/proxy/server.js';
import { lines, run } from '../helpers.js';

const MIB = Number(process.env.WINSOCK_TRANSFER_MIB ?? 256);
const SEND_PATHS = ['send', 'WSASend', 'nonblocking-send', 'overlapped-send', 'routine-send'];
const RECV_PATHS = ['recv', 'WSARecv', 'nonblocking-recv', 'waitall-recv', 'overlapped-recv', 'routine-recv'];

const PAT = (seed: number, o: number) => ((Math.imul((o ^ Math.imul(seed, 0x9e3779b9)) >>> 0, 2654435761) >>> 24) ^ (o >>> 13)) & 255;

/** Reads an 8-byte header (direction, seed, u32 length), then checks ('S') or sends ('R') the stream. */
function checkingServer(): net.Server {
  return net.createServer((s) => {
    let header = Buffer.alloc(0);
    let o = 0, bad = -1, total = 0, seed = 0;
    const onData = (d: Buffer) => {
      if (header.length < 8) {
        header = Buffer.concat([header, d]);
        if (header.length < 8) return;
        d = header.subarray(8);
        seed = header[1];
        total = header.readUInt32LE(2);
        if (header[0] === 'R'.charCodeAt(0)) return sendStream(s, seed, total);
      }
      for (let i = 0; i < d.length; i++) if (bad < 0 && d[i] !== PAT(seed, o + i)) bad = o + i;
      o += d.length;
    };
    s.on('data', onData);
    s.on('end', () => {
      if (header[0] !== 'S'.charCodeAt(0)) return;
      s.end(bad >= 0 ? `bad at ${bad}` : o === total ? `ok ${o}` : `short ${o} of ${total}`);
    });
    s.on('error', () => {});
  });
}

function sendStream(s: net.Socket, seed: number, total: number): void {
  let o = 0;
  const pump = () => {
    while (o < total) {
      const n = Math.min(256 * 1024, total - o);
      const chunk = Buffer.allocUnsafe(n);
      for (let i = 0; i < n; i++) chunk[i] = PAT(seed, o + i);
      o += n;
      if (!s.write(chunk)) { s.once('drain', pump); return; }
    }
    s.end();
  };
  pump();
}

let server: net.Server;
let port: number;
let proxy: RunningProxy;
beforeAll(async () => {
  server = checkingServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as net.AddressInfo).port;
  proxy = await startProxy({
    host: '127.0.0.1', port: 0, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
    maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: () => {}, allow: [parseRule(`127.0.0.1:${port}`)],
  });
});
afterAll(async () => { server.close(); await proxy.close(); });

for (const via of ['direct', 'proxy'] as const) {
  describe(`${MIB} MiB, checked byte for byte, ${via === 'direct' ? "over Node's net" : 'through winsock-proxy'}`, () => {
    for (const path of [...SEND_PATHS, ...RECV_PATHS]) {
      it(`${path}: every byte arrives, in order, once`, async () => {
        const env = via === 'proxy' ? { WINSOCK_PROXY: proxy.url } : {};
        const r = await run('transfer', [String(port), path, String(MIB)], { env, timeoutMs: 170_000 });
        expect(r.stderr).toBe('');
        expect(lines(r.stdout).get('result')).toBe(`ok ${MIB * 1024 * 1024}`);
        expect(r.code).toBe(0);
        if (path.startsWith('overlapped') || path.startsWith('routine')) expect(Number(lines(r.stdout).get('memory-grown-mib'))).toBeGreaterThan(0);
      }, 180_000);
    }
  });
}
