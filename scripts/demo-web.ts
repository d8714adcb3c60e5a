// npm run demo:web: builds wasm/examples/tcp_echo.c and overlapped_echo_client.c as pages
// (winsock-cc --target=web), serves them, starts winsock-proxy on port 8787 (the pages'
// default) admitting only a local TCP echo server, and prints the URLs to open.
//   PORT=8000 PROXY_PORT=8787 npm run demo:web
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRule } from '../host/proxy/rules.js';
import { DEFAULTS, startProxy } from '../host/proxy/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'build', 'web-demo');
const PAGES = ['tcp_echo', 'overlapped_echo_client'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

for (const name of PAGES) {
  process.stdout.write(`building ${name}.html ... `);
  execFileSync(process.execPath, [path.join(root, 'bin', 'winsock-cc.js'), '--target=web', '-O2', path.join(root, 'wasm', 'examples', `${name}.c`), '-o', path.join(out, `${name}.html`)], { stdio: ['ignore', 'inherit', 'inherit'] });
  process.stdout.write('ok\n');
}

const echo = net.createServer({ allowHalfOpen: true }, (s) => { s.on('data', (d) => s.write(d)); s.on('end', () => s.end()); });
await new Promise<void>((r) => echo.listen(0, '127.0.0.1', () => r()));
const echoPort = (echo.address() as net.AddressInfo).port;

const proxyPort = Number(process.env.PROXY_PORT ?? 8787);
const proxy = await startProxy({
  host: '127.0.0.1', port: proxyPort, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
  maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: (l) => process.stdout.write(`  [proxy] ${l}\n`),
  allow: [parseRule(`127.0.0.1:${echoPort}`)],
});

const files = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'tcp_echo.html';
  const file = path.join(out, name);
  if (!file.startsWith(out + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
const port = Number(process.env.PORT ?? 8000);
await new Promise<void>((r) => files.listen(port, '127.0.0.1', () => r()));

const base = `http://127.0.0.1:${port}`;
const proxyQ = proxyPort === 8787 ? '' : `&proxy=${encodeURIComponent(proxy.url)}`;
process.stdout.write(`
echo server 127.0.0.1:${echoPort}, winsock-proxy ${proxy.url} (admits only the echo server)
open:
  ${base}/tcp_echo.html?args=${encodeURIComponent(`client 127.0.0.1 ${echoPort} hello from a page`)}${proxyQ}
  ${base}/overlapped_echo_client.html?args=${encodeURIComponent(`127.0.0.1 ${echoPort} 100`)}${proxyQ}
  ${base}/overlapped_echo_client.html?args=${encodeURIComponent(`127.0.0.1 ${echoPort + 1} 1`)}${proxyQ}   (not admitted: WSAEACCES)
Ctrl-C stops.
`);
