// What the browser tests share: Debian's Chromium, a page built with winsock-cc --target=web,
// and a plain static file server for it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './paths.js';

/** Debian's chromium (WINSOCK_CHROMIUM overrides the path). */
export const CHROMIUM = process.env.WINSOCK_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

/** A plain static file server on loopback: no special headers (no COOP/COEP). */
export function staticServer(dir: string): Promise<http.Server> {
  const srv = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(dir, name);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv)));
}

/** winsock-cc --target=web -O2 src -o out (a .html page and its files beside it). */
export function buildPage(src: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'winsock-cc.js'), '--target=web', '-O2', src, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`winsock-cc --target=web failed (${code}):\n${log}`))));
  });
}
