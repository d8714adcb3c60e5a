// winsock-cc --target=web: a page built from Windows C runs in Chromium, its sockets going
// through winsock-proxy to a real TCP server; a target the rules refuse is WSAEACCES.
// Needs Debian's chromium (apt-get install chromium); skipped without it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRule } from '../../host/proxy/rules.js';
import { DEFAULTS, startProxy, type RunningProxy } from '../../host/proxy/server.js';
import { echoServer, freePort } from '../helpers.js';
import { buildPage as build, CHROMIUM, haveChromium, staticServer } from '../page.js';
import { ROOT } from '../paths.js';

const WEB = path.join(ROOT, 'build', 'web');

const port = (s: net.Server | http.Server) => (s.address() as net.AddressInfo).port;

/** bench/native_server.c's 'B' mode: after the byte 'B', count everything to EOF and answer with the count (8 bytes LE). */
function countingServer(): Promise<net.Server> {
  const srv = net.createServer((s) => {
    let total = -1n; // the mode byte is not counted
    s.on('data', (d) => { total += BigInt(d.length); });
    s.on('end', () => { const b = Buffer.alloc(8); b.writeBigUInt64LE(total); s.end(b); });
    s.on('error', () => {});
  });
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv)));
}

describe.skipIf(!haveChromium)(`a page built with --target=web, in Chromium (${haveChromium ? CHROMIUM : `skipped: needs Chromium at ${CHROMIUM} (Debian package: chromium)`})`, () => {
  let files: http.Server;
  let echo: { port: number; close: () => void };
  let forbidden: net.Server;
  let forbiddenSeen = 0;
  let counter: net.Server;
  let proxy: RunningProxy;
  // playwright-core's types are not needed: the page API used is small.
  let browser: { newPage(): Promise<Page>; close(): Promise<void> };
  interface Page {
    goto(url: string): Promise<unknown>;
    waitForFunction(f: string, arg?: unknown, o?: { timeout: number }): Promise<unknown>;
    title(): Promise<string>;
    textContent(sel: string): Promise<string | null>;
    close(): Promise<void>;
    on(ev: string, f: (m: { text(): string }) => void): void;
  }

  beforeAll(async () => {
    fs.mkdirSync(WEB, { recursive: true });
    await Promise.all([
      ...['tcp_echo', 'overlapped_echo_client', 'asyncselect_client'].map((name) =>
        build(path.join(ROOT, 'wasm', 'examples', `${name}.c`), path.join(WEB, `${name}.html`))),
      build(path.join(ROOT, 'bench', 'client.c'), path.join(WEB, 'bench_client.html')),
      build(path.join(ROOT, 'test', 'programs', 'unseen_client.c'), path.join(WEB, 'unseen_client.html')),
    ]);
    files = await staticServer(WEB);
    echo = await echoServer();
    counter = await countingServer();
    forbidden = net.createServer((s) => { forbiddenSeen++; s.destroy(); });
    await new Promise<void>((r) => forbidden.listen(0, '127.0.0.1', () => r()));
    proxy = await startProxy({
      host: '127.0.0.1', port: 0, origins: [], maxPerClient: DEFAULTS.maxPerClient, maxTotal: DEFAULTS.maxTotal,
      maxFrame: DEFAULTS.maxFrame, idleMs: DEFAULTS.idleMs, log: () => {},
      allow: [parseRule(`127.0.0.1:${echo.port}`), parseRule(`127.0.0.1:${port(counter)}`)],
    });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    }) as unknown as typeof browser;
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    files?.close();
    echo?.close();
    forbidden?.close();
    counter?.close();
  });

  /** Open a page; wait for the program to exit; title, #stdout and console lines. */
  async function openUrl(url: string): Promise<{ title: string; stdout: string; console: string[] }> {
    const page = await browser.newPage();
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    try {
      await page.goto(url);
      await page.waitForFunction('document.title.startsWith("exit:")', undefined, { timeout: 30_000 }).catch(() => {});
      return { title: await page.title(), stdout: (await page.textContent('#stdout')) ?? '', console: consoleLines };
    } finally {
      await page.close();
    }
  }

  /** One of the built pages with these argv words, through the test's proxy. */
  function openPage(name: string, args: string): Promise<{ title: string; stdout: string; console: string[] }> {
    return openUrl(`http://127.0.0.1:${port(files)}/${name}.html?${new URLSearchParams({ args, proxy: proxy.url })}`);
  }

  it('runs the tcp_echo client in the page: echo through winsock-proxy, exit:0', async () => {
    const r = await openPage('tcp_echo', `client 127.0.0.1 ${echo.port} hello from a page`);
    expect(r.title, `${r.stdout}\n${r.console.join('\n')}`).toBe('exit:0');
    // The echo may come back in several pieces, each printed as "client: received: <piece>".
    expect(r.stdout.replaceAll('client: received: ', '')).toContain('client: sent 18 bytes\nhello\nfrom\na\npage\nclient: 18 of 18 bytes came back\n');
  });

  it('a client written as Windows documentation samples are (getaddrinfo on a name, send, shutdown, receive to the end) runs unchanged in the page', async () => {
    // The name is resolved at the proxy; it connects to the first resolved address the rules admit.
    const r = await openPage('unseen_client', `localhost ${echo.port}`);
    expect(r.title, `${r.stdout}\n${r.console.join('\n')}`).toBe('exit:0');
    expect(r.stdout).toBe('Bytes Sent: 14\nBytes received: 14\nConnection closed\n');
  });

  it('overlapped I/O with completion routines echoes through the proxy in the page', async () => {
    const r = await openPage('overlapped_echo_client', `127.0.0.1 ${echo.port} 200`);
    expect(r.title, `${r.stdout}\n${r.console.join('\n')}`).toBe('exit:0');
    expect(r.stdout).toMatch(/200 messages, (\d+) bytes sent, \1 bytes echoed and verified/);
  });

  it('a WSAAsyncSelect client (WSAAsyncGetHostByName resolved at the proxy, one GetMessage loop on a message-only window) echoes through the proxy in the page', async () => {
    const r = await openPage('asyncselect_client', `localhost ${echo.port} hello from a window`);
    expect(r.title, `${r.stdout}\n${r.console.join('\n')}`).toBe('exit:0');
    expect(r.stdout.replaceAll('received: ', '')).toContain('connected\nsent 19 bytes\nhello from a window\n19 of 19 bytes came back\n');
  });

  it('blocking WSASends of 64 KiB stream 2 x 16 MiB out of the page and every byte arrives (the browser send buffer drains without a callback)', async () => {
    // A browser WebSocket has no "sent" callback: the transport watches bufferedAmount. The
    // client checks the server's count against what it sent and exits 1 on any difference.
    const r = await openPage('bench_client', `127.0.0.1 ${port(counter)} bulk 16`);
    expect(r.title, `${r.stdout}\n${r.console.join('\n')}`).toBe('exit:0');
    expect(r.stdout).toMatch(/^bulk [\d.]+ [\d.]+$/m);
  });

  it('a port outside the allow rules fails with WSAEACCES (10013), the page exits, the server sees nothing', async () => {
    const r = await openPage('overlapped_echo_client', `127.0.0.1 ${port(forbidden)} 1`);
    expect(r.title, `${r.stdout}\n${r.console.join('\n')}`).toMatch(/^exit:[1-9]/);
    expect(r.stdout).toContain(`cannot connect to 127.0.0.1:${port(forbidden)} (10013)`);
    await new Promise((res) => setTimeout(res, 100));
    expect(forbiddenSeen).toBe(0);
  });

  it('npm run demo:web serves its pages, the proxy and an echo server: the URLs it prints work, and the one it says is not admitted gets WSAEACCES', async () => {
    const [port, proxyPort] = [await freePort(), await freePort()];
    const demo = spawn(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'demo-web.js')], {
      env: { ...process.env, PORT: String(port), PROXY_PORT: String(proxyPort) }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    demo.stdout.on('data', (d) => (out += d));
    demo.stderr.on('data', (d) => (out += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setInterval(() => { if (out.includes('Ctrl-C stops')) { clearInterval(t); resolve(); } }, 100);
        demo.on('exit', (code) => { clearInterval(t); reject(new Error(`demo:web exited with ${code}:\n${out}`)); });
      });
      const urls = [...out.matchAll(/^\s+(http:\/\/\S+)/gm)].map((m) => m[1]);
      expect(urls.length, out).toBe(3);
      const echoed = await openUrl(urls[0]);
      expect(echoed.title, echoed.stdout).toBe('exit:0');
      expect(echoed.stdout).toContain('bytes came back');
      const overlapped = await openUrl(urls[1]);
      expect(overlapped.title, overlapped.stdout).toBe('exit:0');
      expect(overlapped.stdout).toMatch(/100 messages, (\d+) bytes sent, \1 bytes echoed and verified/);
      const refused = await openUrl(urls[2]);
      expect(refused.title).toMatch(/^exit:[1-9]/);
      expect(refused.stdout).toContain('(10013)');
    } finally {
      demo.kill();
    }
  }, 180_000);
});
