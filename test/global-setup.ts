// Builds every C program the integration tests run, once per test run, with winsock-cc.
// A program whose inputs (its source, the headers beside it, the project's headers, runtime
// and driver, the import list, its flags) are unchanged since its last build is not rebuilt.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD, ROOT, PROGRAMS } from './paths.js';

function build(src: string, flags: string[], out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'winsock-cc.js'), '-O2', '-Wall', ...flags, src, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`winsock-cc ${src} failed (${code}):\n${log}`))));
  });
}

/** The files under dir (sub-directories such as wasm/include/sys included) whose names match re. */
const files = (dir: string, re: RegExp) => (fs.readdirSync(dir, { recursive: true }) as string[])
  .filter((f) => re.test(f)).sort().map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());

/** Everything a build reads besides the program's own source. */
const SHARED_INPUTS = [
  ...['include', 'runtime', 'lib'].flatMap((d) => files(path.join(ROOT, 'wasm', d), /./)),
  path.join(ROOT, 'bin', 'winsock-cc.js'),
  path.join(ROOT, 'bin', 'include-overlay.js'),
  path.join(ROOT, 'bin', 'libcxx.js'),
  path.join(ROOT, 'dist', 'host', 'abi', 'imports.js'),
];

function inputsHash(src: string, flags: string[]): string {
  const h = crypto.createHash('sha256').update(flags.join(' '));
  for (const f of [src, ...files(path.dirname(src), /\.h$/), ...SHARED_INPUTS]) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex');
}

async function buildIfChanged(src: string, flags: string[], out: string): Promise<void> {
  const stamp = `${out}.inputs`;
  const hash = inputsHash(src, flags);
  const wasm = out.replace(/\.js$/, '.wasm');
  if (fs.existsSync(out) && fs.existsSync(wasm) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  fs.rmSync(stamp, { force: true });
  await build(src, flags, out);
  fs.writeFileSync(stamp, hash);
}

/** libc++ with a 16-bit wchar_t, built once per machine before any C++ program needs it. */
function buildLibcxx(): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'winsock-cc.js'), '--build-libc++'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`winsock-cc --build-libc++ failed (${code}):\n${log}`))));
  });
}

export default async function setup(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'host', 'node.js'))) throw new Error('dist/ is missing: npm test runs "npm run build" first');
  fs.mkdirSync(BUILD, { recursive: true });
  await buildLibcxx();
  const jobs = Object.entries(PROGRAMS).map(([name, p]) => {
    const [src, ...flags] = typeof p === 'string' ? [p] : p;
    return () => buildIfChanged(src, flags, path.join(BUILD, `${name}.js`));
  });
  // Two at a time: emcc with Asyncify is CPU-bound and the machine has two cores.
  const queue = [...jobs];
  await Promise.all([0, 1].map(async () => {
    while (queue.length) await queue.shift()!();
  }));
}
