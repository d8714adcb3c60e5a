// The file functions in a page (--target=web): the same runtime C (wasm/runtime/kernel32_file.c)
// over Emscripten's MEMFS. Needs Debian's chromium; skipped without it.
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage as build, CHROMIUM, haveChromium, staticServer } from '../page.js';
import { ROOT } from '../paths.js';

const WEB = path.join(ROOT, 'build', 'web-files');

describe.skipIf(!haveChromium)('files in a page (MEMFS), in Chromium', () => {
  let server: http.Server;
  let browser: { newPage(): Promise<{ goto(u: string): Promise<unknown>; waitForFunction(f: string, a?: unknown, o?: { timeout: number }): Promise<unknown>; title(): Promise<string>; textContent(s: string): Promise<string | null>; close(): Promise<void> }>; close(): Promise<void> };

  beforeAll(async () => {
    fs.mkdirSync(WEB, { recursive: true });
    await build(path.join(ROOT, 'test', 'fixtures', 'files', 'files_page.c'), path.join(WEB, 'files_page.html'));
    server = await staticServer(WEB);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] }) as unknown as typeof browser;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('CreateFile/WriteFile/SetFilePointer/ReadFile round-trip a file in MEMFS, with a drive letter and backslashes; FindFirstFile lists it; DeleteFile and RemoveDirectory remove it; the page\'s stdout is a character device', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}/files_page.html`);
      await page.waitForFunction('document.title.startsWith("exit:")', undefined, { timeout: 30_000 }).catch(() => {});
      const stdout = (await page.textContent('#stdout')) ?? '';
      expect(await page.title(), stdout).toBe('exit:0');
      expect(stdout).toBe([
        'CreateDirectory: 1',
        // "If the specified file does not exist and is a valid path to a writable location, ... the last-error code is set to zero."
        'CreateFile: ok err=0',
        'WriteFile: 1 n=10',
        'SetFilePointer: 0',
        'ReadFile: 1 n=10 "round trip"',
        'GetFileSize: 10 type=1',
        'CloseHandle: 1',
        'FindFirstFile: ok round.txt 10',
        'DeleteFile: 1 RemoveDirectory: 1',
        // FILE_TYPE_CHAR: "The specified file is a character file, typically an LPT device or a console."
        'GetFileType stdout: 2',
        '',
      ].join('\n'));
    } finally {
      await page.close();
    }
  }, 60_000);
});
