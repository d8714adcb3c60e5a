// npm run bench: one Windows-source client (bench/client.c) built three ways and
// run side by side, in one run, against one native server on loopback:
//   wasm   - built with winsock-cc, run under this project's host
//   node   - the same protocol in plain Node net (bench/node_client.js)
//   native - built with gcc through the client's POSIX branch
// Each client runs its workload twice on one connection (cold, then warm) and times both;
// the bench prints the medians of each and the ratios against plain Node. The
// many-connections mode does the same with bench/many.c (WSAPoll over N connections),
// bench/node_many.js and the native build of many.c, against bench/many_server.c (epoll).
// BENCH_MODES (a comma list of bulk, pingpong, overlapped, many, browser) runs some only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { parseRule } from '../host/proxy/rules.js';
import { DEFAULTS, startProxy } from '../host/proxy/server.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = path.join(root, 'bench');
const out = path.join(root, 'build', 'bench');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BULK_MIB = Number(process.env.BENCH_BULK_MIB ?? 512);
const PING_COUNT = Number(process.env.BENCH_PING_COUNT ?? 20000);
const OVERLAPPED_COUNT = Number(process.env.BENCH_OVERLAPPED_COUNT ?? 10000);
const WEB_MIB = Number(process.env.BENCH_WEB_MIB ?? 128);
const MANY_CONNECTIONS = Number(process.env.BENCH_MANY_CONNECTIONS ?? 1000);
const MANY_EXCHANGES = Number(process.env.BENCH_MANY_EXCHANGES ?? 100);
const ALL_MODES = ['bulk', 'pingpong', 'overlapped', 'many', 'browser'];
const MODES = (process.env.BENCH_MODES ?? ALL_MODES.join(',')).split(',').map((m) => m.trim()).filter(Boolean);
for (const m of MODES) if (!ALL_MODES.includes(m)) throw new Error(`BENCH_MODES: unknown mode ${m} (known: ${ALL_MODES.join(', ')})`);
/** Modes that run bench/client.c against native_server.c. */
const CLIENT_MODES = ['bulk', 'pingpong', 'overlapped'];
const wants = (m: string): boolean => MODES.includes(m);
const CHROMIUM = process.env.WINSOCK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Where the processes run. Unpinned, the scheduler sometimes puts client and server on one
 * core and sometimes on two, and on loopback that alone moves a small-message rate by 2x
 * (a write that must wake a reader on another core costs about twice as much), so two runs
 * of the same client disagree more than two clients do. Pinned, the server has the last
 * CPU and every client the others: each client meets the server across cores, as over a
 * real network. BENCH_PIN=0 turns this off.
 */
function placement(): { server: string[]; client: string[]; text: string } {
  const cpus = os.cpus().length;
  const none = (why: string) => ({ server: [], client: [], text: `unpinned (${why})` });
  if (process.env.BENCH_PIN === '0') return none('BENCH_PIN=0');
  if (cpus < 2) return none('one CPU');
  if (spawnSync('taskset', ['-V']).status !== 0) return none('taskset not found');
  const last = cpus - 1;
  const others = last === 1 ? '0' : `0-${last - 1}`;
  return { server: ['taskset', '-c', String(last)], client: ['taskset', '-c', others], text: `server on CPU ${last}, clients on CPU ${others} (taskset)` };
}
const PIN = placement();
/** `cmd args` under a CPU placement prefix (empty when unpinned). */
const pinned = (prefix: string[], cmd: string, args: string[]): [string, string[]] =>
  prefix.length ? [prefix[0], [...prefix.slice(1), cmd, ...args]] : [cmd, args];

/**
 * The ceiling a page can reach: plain WebSocket sends of 64 KiB from page script to a `ws`
 * server in this process that discards them, keeping at most as much buffered as the client's
 * socket may (SO_SNDBUF's 64 KiB plus the 256 KiB of browser buffering the transport does not
 * count), watched the same way (bufferedAmount, looked at again at once). MB/s.
 */
const RAW_WS_PAGE = `<!doctype html><script>
async function rawSend(url, total) {
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';
  await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
  const chunk = new Uint8Array(65536), mc = new MessageChannel();
  const tick = () => new Promise((r) => { mc.port1.onmessage = r; mc.port2.postMessage(0); });
  const t0 = performance.now();
  for (let sent = 0; sent < total; sent += chunk.length) {
    while (ws.bufferedAmount > (320 - 64) * 1024) await tick();
    ws.send(chunk);
  }
  while (ws.bufferedAmount > 0) await tick();
  const rate = total / (performance.now() - t0) / 1000;
  ws.close();
  return rate;
}
</script>`;

/**
 * The same client built with --target=web, in headless Chromium, through winsock-proxy to the
 * same native server: bulk MB/s (cold, warm) per run. Undefined when Chromium is missing.
 */
async function browserBulk(serverPort: number, runs: number): Promise<{ cold: number; warm: number; raw: number }[] | undefined> {
  if (!fs.existsSync(CHROMIUM)) return undefined;
  const dir = path.join(out, 'web');
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, [path.join(root, 'bin', 'winsock-cc.js'), '--target=web', '-O2', path.join(benchDir, 'client.c'), '-o', path.join(dir, 'client.html')], { stdio: 'inherit' });
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const files = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    if (name === 'raw.html') { res.writeHead(200, { 'content-type': 'text/html' }).end(RAW_WS_PAGE); return; }
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', () => r()));
  const proxy = await startProxy({
    host: '127.0.0.1', port: 0, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
    maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: () => {}, allow: [parseRule(`127.0.0.1:${serverPort}`)],
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
  });
  const { WebSocketServer } = await import('ws');
  const sink = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 1 << 20 });
  sink.on('connection', (c) => c.on('message', () => {}));
  await new Promise<void>((r) => sink.once('listening', () => r()));
  const sinkUrl = `ws://127.0.0.1:${(sink.address() as net.AddressInfo).port}/`;
  const results: { cold: number; warm: number; raw: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const args = encodeURIComponent(`127.0.0.1 ${serverPort} bulk ${WEB_MIB}`);
      const url = `http://127.0.0.1:${(files.address() as net.AddressInfo).port}/client.html?args=${args}&proxy=ws://127.0.0.1:${proxy.port}/`;
      await page.goto(url);
      await page.waitForFunction('document.title.startsWith("exit:")', undefined, { timeout: 600_000 });
      const text = (await page.textContent('#stdout')) ?? '';
      const m = /bulk ([\d.]+) ([\d.]+)/.exec(text);
      if ((await page.title()) !== 'exit:0' || !m) throw new Error(`browser client failed: ${await page.title()} ${text}`);
      await page.goto(`http://127.0.0.1:${(files.address() as net.AddressInfo).port}/raw.html`);
      const raw = await page.evaluate(`rawSend(${JSON.stringify(sinkUrl)}, ${WEB_MIB * 1024 * 1024})`) as number;
      results.push({ cold: Number(m[1]), warm: Number(m[2]), raw });
      await page.close();
    }
  } finally {
    await browser.close();
    await proxy.close();
    sink.close();
    files.close();
  }
  return results;
}

interface Bins { wasm: string; native: string; server: string }

/** A benchmark client built both ways (winsock-cc and gcc), and the native server it talks to. */
function build(client: string, server: string): Bins {
  fs.mkdirSync(out, { recursive: true });
  const bins = { server: path.join(out, server), native: path.join(out, `${client}_native`), wasm: path.join(out, `${client}_wasm.js`) };
  execFileSync('gcc', ['-O2', '-o', bins.server, path.join(benchDir, `${server}.c`)], { stdio: 'inherit' });
  execFileSync('gcc', ['-O2', '-o', bins.native, path.join(benchDir, `${client}.c`)], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'bin', 'winsock-cc.js'), '-O2', path.join(benchDir, `${client}.c`), '-o', bins.wasm], { stdio: 'inherit' });
  return bins;
}

async function startServer(bin: string): Promise<{ port: number; stop: () => void }> {
  const p = spawn(...pinned(PIN.server, bin, ['0']), { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    p.stdout.on('data', (d: Buffer) => {
      const m = /listening (\d+)/.exec(d.toString());
      if (m) resolve(Number(m[1]));
    });
    p.on('exit', (c) => reject(new Error(`native server exited with ${c}`)));
  });
  return { port, stop: () => p.kill() };
}

/**
 * A client prints "<mode> <cold> <warm>": its first pass, and the same work again on the same
 * connection; the many mode adds "<cold seconds> <warm seconds> <connect seconds>" (in `more`).
 */
interface Sample { cold: number; warm: number; more: number[] }
function runClient(cmd: string, args: string[]): Sample {
  const r = spawnSync(...pinned(PIN.client, cmd, args), { encoding: 'utf8' });
  const m = /^(bulk|pingpong|overlapped|many) ([\d.]+) ([\d.]+)((?: [\d.]+)*)/m.exec(r.stdout ?? '');
  if (r.status !== 0 || !m) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stdout}${r.stderr}`);
  return { cold: Number(m[2]), warm: Number(m[3]), more: m[4].trim().split(' ').filter(Boolean).map(Number) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One mode: how much work, its unit, what it does, and how to run each client once. */
interface Mode { name: string; unit: string; digits: number; detail: string; clients: Record<string, () => Sample> }

async function main(): Promise<void> {
  const host = '127.0.0.1';
  const servers: { stop: () => void }[] = [];
  const modes: Mode[] = [];
  let serverPort = 0;   // native_server's, for the browser section
  const stopAll = () => { for (const s of servers) s.stop(); };
  try {
    if (CLIENT_MODES.some(wants) || wants('browser')) {
      const bins = build('client', 'native_server');
      const server = await startServer(bins.server);
      servers.push(server);
      serverPort = server.port;
      const port = String(server.port);
      const three = (mode: string, n: number): Record<string, () => Sample> => ({
        wasm: () => runClient(process.execPath, [bins.wasm, host, port, mode, String(n)]),
        node: () => runClient(process.execPath, [path.join(benchDir, 'node_client.js'), host, port, mode, String(n)]),
        native: () => runClient(bins.native, [host, port, mode, String(n)]),
      });
      if (wants('bulk')) modes.push({ name: 'bulk', unit: 'MB/s', digits: 1, clients: three('bulk', BULK_MIB), detail: `${BULK_MIB} MiB in 64 KiB WSASend calls of two WSABUFs` });
      if (wants('pingpong')) modes.push({ name: 'pingpong', unit: 'round trips/s', digits: 0, clients: three('pingpong', PING_COUNT), detail: `${PING_COUNT} round trips of 64 bytes` });
      if (wants('overlapped')) {
        modes.push({
          name: 'overlapped', unit: 'messages/s', digits: 0, clients: three('overlapped', OVERLAPPED_COUNT),
          detail: `${OVERLAPPED_COUNT} overlapped WSASends of 64 bytes with completion routines, 16 in flight (node: writes with callbacks; native: plain sends)`,
        });
      }
    }
    if (wants('many')) {
      const bins = build('many', 'many_server');
      const server = await startServer(bins.server);
      servers.push(server);
      const args = [host, String(server.port), String(MANY_CONNECTIONS), String(MANY_EXCHANGES)];
      modes.push({
        name: 'many', unit: 'exchanges/s', digits: 0,
        clients: {
          wasm: () => runClient(process.execPath, [bins.wasm, ...args]),
          node: () => runClient(process.execPath, [path.join(benchDir, 'node_many.js'), ...args]),
          native: () => runClient(bins.native, args),
        },
        detail: `${MANY_CONNECTIONS} connections × ${MANY_EXCHANGES} exchanges of 64 bytes each, all at once under one WSAPoll loop `
          + `(node: ${MANY_CONNECTIONS} net sockets; native: poll; server: epoll echo; connection setup timed apart)`,
      });
    }
  } catch (e) {
    stopAll();
    throw e;
  }
  console.log(`winsock-wasm bench: ${RUNS} runs each, interleaved; loopback; ${os.cpus().length} cores; node ${process.version}`);
  console.log(`placement: ${PIN.text}; the browser section runs unpinned`);
  const results: Record<string, Record<string, { cold: number; warm: number }>> = {};
  try {
    for (const mode of modes) {
      const samples: Record<string, Sample[]> = { wasm: [], node: [], native: [] };
      for (let i = 0; i < RUNS; i++) for (const name of Object.keys(mode.clients)) samples[name].push(mode.clients[name]());
      results[mode.name] = {};
      const what = mode.name === 'many' ? 'connections' : 'connection';
      console.log(`\n${mode.name}: ${mode.detail} (${mode.unit}; median of ${RUNS}; cold = first pass, warm = the same work again on the same ${what})`);
      const digits = mode.digits;
      for (const name of Object.keys(samples)) {
        const cold = median(samples[name].map((x) => x.cold));
        const warm = median(samples[name].map((x) => x.warm));
        results[mode.name][name] = { cold, warm };
        // The many mode's clients also report each pass's time and the connection setup's.
        const times = mode.name === 'many'
          ? `   warm pass ${median(samples[name].map((x) => x.more[1])).toFixed(3)} s, connect ${median(samples[name].map((x) => x.more[2])).toFixed(3)} s`
          : '';
        console.log(`  ${name.padEnd(7)} cold ${cold.toFixed(digits).padStart(9)}  warm ${warm.toFixed(digits).padStart(9)}   warm runs: ${samples[name].map((x) => x.warm.toFixed(0)).join(' ')}${times}`);
      }
      const r = results[mode.name];
      const ratio = (a: string, b: string, k: 'cold' | 'warm') => (r[a][k] / r[b][k]).toFixed(2);
      console.log(`  ratio wasm/node: cold ${ratio('wasm', 'node', 'cold')}x, warm ${ratio('wasm', 'node', 'warm')}x   native/node warm ${ratio('native', 'node', 'warm')}x   wasm/native warm ${ratio('wasm', 'native', 'warm')}x`);
    }
    if (wants('browser')) {
      const web = await browserBulk(serverPort, Math.min(RUNS, 3));
      if (!web) {
        console.log(`\nbrowser: skipped (needs Chromium at ${CHROMIUM}; Debian package chromium)`);
      } else {
        const cold = median(web.map((x) => x.cold));
        const warm = median(web.map((x) => x.warm));
        console.log(`\nbrowser bulk: the client built with --target=web in headless Chromium, through winsock-proxy, ${WEB_MIB} MiB (MB/s; median of ${web.length})`);
        console.log(`  browser cold ${cold.toFixed(1).padStart(9)}  warm ${warm.toFixed(1).padStart(9)}   warm runs: ${web.map((x) => x.warm.toFixed(0)).join(' ')}`);
        const raw = median(web.map((x) => x.raw));
        console.log(`  raw page WebSocket to a discarding ws server, same buffering: ${raw.toFixed(1)} (the ceiling for a page here)   runs: ${web.map((x) => x.raw.toFixed(0)).join(' ')}`);
        const vsWasm = results.bulk
          ? `ratio browser/wasm-in-Node-over-net: cold ${(cold / results.bulk.wasm.cold).toPrecision(2)}x, warm ${(warm / results.bulk.wasm.warm).toPrecision(2)}x   `
          : '';
        console.log(`  ${vsWasm}browser warm/raw page WebSocket ${(warm / raw).toFixed(2)}x`);
      }
    }
  } finally {
    stopAll();
  }
  const target = (name: string, mode: string, want: number) => {
    const w = results[mode].wasm.warm / results[mode].node.warm;
    const c = results[mode].wasm.cold / results[mode].node.cold;
    return `${name} >= ${want.toFixed(2)}x node: warm ${w.toFixed(2)}x ${w >= want ? 'met' : 'NOT met'} (cold ${c.toFixed(2)}x)`;
  };
  const targets: [string, string, number][] = [['bulk', 'bulk', 0.8], ['ping-pong', 'pingpong', 0.7], ['overlapped', 'overlapped', 0.7], ['many', 'many', 0.8]];
  const met = targets.filter(([, mode]) => results[mode]).map(([name, mode, want]) => target(name, mode, want));
  if (met.length) console.log(`\ntargets (on the warm pass): ${met.join('; ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
