// npm start: build the example programs of wasm/examples with winsock-cc and run
// them against each other on loopback, printing what they print.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'build', 'examples');
const EXAMPLES = ['tcp_echo', 'wsasend_client', 'select_server', 'udp_exchange', 'eventselect_server', 'overlapped_echo_client'];

function build(name: string): void {
  process.stdout.write(`building ${name}.c ... `);
  execFileSync(process.execPath, [path.join(root, 'bin', 'winsock-cc.js'), '-O2', path.join(root, 'wasm', 'examples', `${name}.c`), '-o', path.join(out, `${name}.js`)], { stdio: ['ignore', 'inherit', 'inherit'] });
  process.stdout.write('ok\n');
}

interface Proc { done: Promise<number>; started: Promise<void> }

/** Run an example, prefixing its output; `readyText` marks it as started. */
function start(name: string, args: string[], tag: string, readyText?: string): Proc {
  const p = spawn(process.execPath, [path.join(out, `${name}.js`), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let ready!: () => void;
  const started = new Promise<void>((r) => (ready = r));
  if (!readyText) ready();
  const relay = (stream: NodeJS.ReadableStream, sink: NodeJS.WriteStream) => {
    let partial = '';
    stream.on('data', (d: Buffer) => {
      partial += d.toString();
      const parts = partial.split('\n');
      partial = parts.pop()!;
      for (const line of parts) {
        sink.write(`  [${tag}] ${line}\n`);
        if (readyText && line.includes(readyText)) ready();
      }
    });
  };
  relay(p.stdout, process.stdout);
  relay(p.stderr, process.stderr);
  const done = new Promise<number>((resolve) => p.on('exit', (code) => resolve(code ?? 1)));
  return { done, started };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  for (const e of EXAMPLES) build(e);
  const failures: string[] = [];
  const check = (what: string, code: number) => { if (code !== 0) failures.push(`${what} exited with ${code}`); };

  console.log('\n1. tcp_echo: a blocking TCP server and client (one program, two roles)');
  let port = String(await freePort());
  let server = start('tcp_echo', ['server', port, '2'], 'server', 'listening');
  await server.started;
  check('tcp_echo client', await start('tcp_echo', ['client', '127.0.0.1', port, 'hello from wasm', 'over real TCP'], 'client').done);

  console.log('\n2. wsasend_client: WSASend with two WSABUFs, WSARecv into two WSABUFs (same echo server)');
  check('wsasend_client', await start('wsasend_client', ['127.0.0.1', port, 'scatter/gather body'], 'wsasend').done);
  check('tcp_echo server', await server.done);

  console.log('\n3. select_server: one thread, select(), three clients at once');
  port = String(await freePort());
  server = start('select_server', [port, '3'], 'select', 'listening');
  await server.started;
  const clients = [1, 2, 3].map((i) => start('tcp_echo', ['client', '127.0.0.1', port, `message from client ${i}`], `client ${i}`));
  for (const c of clients) check('select client', await c.done);
  check('select_server', await server.done);

  console.log('\n4. udp_exchange: sendto/recvfrom between two programs');
  port = String(await freePort());
  server = start('udp_exchange', ['responder', port, '3'], 'responder', 'on port');
  await server.started;
  check('udp sender', await start('udp_exchange', ['sender', '127.0.0.1', port, 'one', 'two', 'three'], 'sender').done);
  check('udp responder', await server.done);

  console.log('\n5. eventselect_server (WSAEventSelect + WSAWaitForMultipleEvents) with an overlapped client driven by completion routines, and a blocking one');
  port = String(await freePort());
  server = start('eventselect_server', [port, '2'], 'eventselect', 'listening');
  await server.started;
  const overlapped = start('overlapped_echo_client', ['127.0.0.1', port, '200'], 'overlapped');
  const blocking = start('tcp_echo', ['client', '127.0.0.1', port, 'hello from a blocking client'], 'blocking');
  check('overlapped_echo_client', await overlapped.done);
  check('tcp_echo client', await blocking.done);
  check('eventselect_server', await server.done);

  console.log(failures.length ? `\nfailed: ${failures.join('; ')}` : '\nall examples ran and exited with status 0');
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
