import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { BUILD } from './paths.js';

export interface Run { code: number | null; stdout: string; stderr: string }

/** Run a built program under Node; resolves when it exits (or is killed after `timeoutMs`). */
export function run(name: string, args: string[] = [], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; onStdout?: (s: string) => void } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(BUILD, `${name}.js`), ...args], {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; opts.onStdout?.(stdout); });
    p.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => p.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    p.on('exit', (code) => { clearTimeout(t); resolve({ code, stdout, stderr }); });
  });
}

/** "name: value" lines as a map. */
export function lines(stdout: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const i = line.indexOf(': ');
    if (i > 0) m.set(line.slice(0, i), line.slice(i + 2));
  }
  return m;
}

/** A free TCP/UDP port number on loopback (bound and released). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function waitFor(cond: () => boolean, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      if (cond()) return resolve();
      if (Date.now() - t0 > ms) return reject(new Error('timed out'));
      setTimeout(tick, 10);
    };
    tick();
  });
}

/** Run a test program that must succeed quietly; its "name: value" lines. */
export async function runLines(name: string): Promise<Map<string, string>> {
  const r = await run(name);
  if (r.stderr !== '' || r.code !== 0) throw new Error(`${name} exited ${r.code}: ${r.stderr}\n${r.stdout}`);
  return lines(r.stdout);
}

/** A plain Node echo server on loopback: echoes, and ends when the client ends. */
export function echoServer(): Promise<{ port: number; close: () => void }> {
  return new Promise((resolve) => {
    const srv = net.createServer({ allowHalfOpen: true }, (s) => {
      s.on('data', (d) => s.write(d));
      s.on('end', () => s.end());
    }).listen(0, '127.0.0.1', () => resolve({ port: (srv.address() as net.AddressInfo).port, close: () => srv.close() }));
  });
}

/**
 * A loopback port whose SYNs go unanswered: a listener (in a child process whose event loop
 * is then blocked, so it never accepts) with a backlog of 1, filled with connections; the
 * kernel drops further SYNs, so a connect to it waits as to an address that never answers.
 */
export async function unansweredPort(): Promise<{ port: number; close: () => void }> {
  const child = spawn(process.execPath, ['-e', `
    const srv = require('node:net').createServer();
    srv.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
      process.stdout.write(srv.address().port + '\\n', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0));
    });`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (d) => { text += d; if (text.includes('\n')) resolve(Number(text.trim())); });
    child.on('exit', () => reject(new Error('the listener exited')));
  });
  // Fill the accept queue (backlog + 1 on Linux), then one more that stays unanswered.
  const fillers: net.Socket[] = [];
  for (let i = 0; i < 3; i++) fillers.push(net.connect(port, '127.0.0.1').on('error', () => {}));
  await new Promise((r) => setTimeout(r, 200));
  return { port, close: () => { for (const s of fillers) s.destroy(); child.kill('SIGKILL'); } };
}
