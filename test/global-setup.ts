// Builds every C program the integration tests run, once per test run, with winsock-cc.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD, ROOT, PROGRAMS } from './paths.js';

function build(src: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'winsock-cc.js'), '-O2', '-Wall', src, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`winsock-cc ${src} failed (${code}):\n${log}`))));
  });
}

export default async function setup(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'host', 'node.js'))) throw new Error('dist/ is missing: npm test runs "npm run build" first');
  fs.mkdirSync(BUILD, { recursive: true });
  const jobs = Object.entries(PROGRAMS).map(([name, src]) => () => build(src, path.join(BUILD, `${name}.js`)));
  // Two at a time: emcc with Asyncify is CPU-bound and the machine has two cores.
  const queue = [...jobs];
  await Promise.all([0, 1].map(async () => {
    while (queue.length) await queue.shift()!();
  }));
}
