// Compiling small C and C++ sources against the project's headers, for tests of the
// headers themselves: C through winsock-cc, C++ through winsock-c++.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.js';

export const CC = path.join(ROOT, 'bin', 'winsock-cc.js');
export const CXX = path.join(ROOT, 'bin', 'winsock-c++.js');
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

/** winsock-c++ on C++ sources (-c or -fsyntax-only in `flags`, or a link to `out`). */
export function compileCxx(sources: string[], flags: string[] = [], out?: string): Promise<Compiled> {
  const files = sources.map((s, i) => write(`t${i}.cpp`, s));
  return exec(process.execPath, [CXX, ...flags, ...files, ...(out ? ['-o', out] : [])], { cwd: tmp });
}

/** winsock-cc linking object files (from compileC or compileCxx with -c) into `out`. */
export function link(objects: string[], out: string, flags: string[] = []): Promise<Compiled> {
  return exec(process.execPath, [CC, ...flags, ...objects, '-o', out]);
}
