// select, WSAPoll and WSAWaitForMultipleEvents report every socket that is ready when they
// return (test/programs/multiready.c). The program waits over 40 connections; the test stops
// it (SIGSTOP), makes all 40 readable, and lets it go on (SIGCONT): all 40 became ready in one
// turn of its event loop, so the wait must report all 40, not only the first to be delivered.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines } from '../helpers.js';
import { BUILD } from '../paths.js';

const N = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once the process is in the stopped state ('T' in /proc/<pid>/stat). */
async function stopped(pid: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    await sleep(2);
  }
  throw new Error(`process ${pid} did not stop`);
}

async function firstWait(mode: string): Promise<Map<string, string>> {
  const peers: net.Socket[] = [];
  let answers = 0;
  const srv = net.createServer((s) => { peers.push(s); s.on('data', () => answers++); });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const p = spawn(process.execPath, [path.join(BUILD, 'multiready.js'), String((srv.address() as net.AddressInfo).port), String(N), mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d) => (stdout += d));
  p.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => p.on('exit', r));
  while (!stdout.includes('connected:') || peers.length < N) await sleep(5);
  await sleep(150); // the program is in its wait now
  p.kill('SIGSTOP');
  await stopped(p.pid!); // a signal is delivered asynchronously: write only once it has taken effect
  for (const s of peers) s.write('x');
  await sleep(100); // every byte is in the program's socket buffers
  p.kill('SIGCONT');
  const code = await exited;
  await sleep(50);
  srv.close();
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(answers).toBeGreaterThanOrEqual(N);
  return lines(stdout);
}

describe('a wait over many sockets reports all that became ready together', () => {
  it('WSAPoll: "returns the number of elements in the array of WSAPOLLFD structures for which an revents member ... is nonzero": all 40', async () => {
    const out = await firstWait('poll');
    expect(out.get('ready-at-first-wait')).toBe(String(N));
    expect(out.get('poll-returned')).toBe(String(N));
  });
  it('select: "The select function returns the total number of socket handles that are ready": all 40', async () => {
    const out = await firstWait('select');
    expect(out.get('ready-at-first-wait')).toBe(String(N));
    expect(out.get('select-returned')).toBe(String(N));
  });
  it('WSAWaitForMultipleEvents: the first event, and the other 39 already set when it returns', async () => {
    const out = await firstWait('events');
    expect(out.get('wait-returned')).toBe('0');
    expect(out.get('ready-at-first-wait')).toBe(String(N));
  });
});
