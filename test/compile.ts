// Compiling small C and C++ sources against the project's headers, for tests of the
// headers themselves: C through winsock-cc; C++ through em++ with winsock-cc's own
// compile flags, and libc++'s configuration headers wrapped so that they do not see
// _WIN32 (libc++ would take its Windows branches).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.js';

export const CC = path.join(ROOT, 'bin', 'winsock-cc.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-compile-'));

export interface Compiled { status: number | null; stderr: string; stdout: string }

/** A compiler run that leaves the test worker's event loop free (compiles can take a while). */
function exec(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Compiled> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function write(name: string, src: string): string {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}-${name}`);
  fs.writeFileSync(file, src);
  return file;
}

/** winsock-cc on C sources: `-c` or `-fsyntax-only` in `flags` (objects land in a scratch directory), or a link to `out`. */
export function compileC(sources: string[], flags: string[] = [], out?: string): Promise<Compiled> {
  const files = sources.map((s, i) => write(`t${i}.c`, s));
  return exec(process.execPath, [CC, ...flags, ...files, ...(out ? ['-o', out] : [])], { cwd: tmp });
}

let cxxFlags: string[] | undefined;
/** winsock-cc's compile flags (as it passes them to emcc), and the libc++ wrappers. */
function compileFlags(): string[] {
  if (cxxFlags) return cxxFlags;
  const probe = write('probe.c', '');
  const r = spawnSync(process.execPath, [CC, '-E', probe, '-o', path.join(tmp, 'probe.i')], {
    encoding: 'utf8', env: { ...process.env, WINSOCK_CC_VERBOSE: '1' },
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('emcc '));
  if (!line) throw new Error(`winsock-cc did not show its command line:\n${r.stderr}`);
  const args = line.split(' ').slice(1);
  const flags = args.slice(0, args.indexOf('-E'));
  const wrap = path.join(tmp, 'libcxx-wrap');
  fs.mkdirSync(wrap, { recursive: true });
  for (const h of ['__config', '__cxxabi_config.h']) {
    fs.writeFileSync(path.join(wrap, h), [
      '#pragma push_macro("_WIN32")', '#pragma push_macro("WIN32")', '#undef _WIN32', '#undef WIN32',
      `#include_next <${h}>`, '#pragma pop_macro("WIN32")', '#pragma pop_macro("_WIN32")', '',
    ].join('\n'));
  }
  cxxFlags = ['-isystem', wrap, ...flags];
  return cxxFlags;
}

/** em++ on C++ sources with winsock-cc's compile flags (-c or -fsyntax-only in `flags`). */
export function compileCxx(sources: string[], flags: string[] = [], out?: string): Promise<Compiled> {
  const files = sources.map((s, i) => write(`t${i}.cpp`, s));
  const env = { ...process.env };
  if (fs.existsSync('/usr/share/nodejs')) env.NODE_PATH = env.NODE_PATH ? `${env.NODE_PATH}:/usr/share/nodejs` : '/usr/share/nodejs';
  return exec('em++', [...compileFlags(), ...flags, ...files, ...(out ? ['-o', out] : [])], { env, cwd: tmp });
}

/** winsock-cc linking object files (from compileC or compileCxx with -c) into `out`. */
export function link(objects: string[], out: string, flags: string[] = []): Promise<Compiled> {
  return exec(process.execPath, [CC, ...flags, ...objects, '-o', out]);
}
