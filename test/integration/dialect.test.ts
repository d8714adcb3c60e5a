// The Microsoft C dialect and Windows include conventions in the project's headers:
// __declspec, __int64, calling conventions, MSVC pragmas, structured-exception cleanup
// (__try/__finally), what windows.h brings in, the _WIN32_WINNT gates, and the CRT
// headers MSVC also has, mixed with the Winsock headers in C and C++.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileC, compileCxx } from '../compile.js';
import { ROOT } from '../paths.js';

const DIR = path.join(ROOT, 'test', 'programs', 'dialect');
const src = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8').replace(/#include "/g, `#include "${DIR}/`);
const WARN = ['-Wall', '-Wextra'];

function runLinked(sources: string[], flags: string[] = []): { stdout: string; stderr: string; status: number | null; build: string } {
  const out = path.join(fs.mkdtempSync(path.join(ROOT, 'build', 'dialect-')), 'prog.js');
  const b = compileC(sources, [...WARN, ...flags], out);
  if (b.status !== 0) return { stdout: '', stderr: '', status: b.status, build: b.stderr };
  const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, build: b.stderr };
}

describe('the MSVC dialect', () => {
  it('__declspec, __int8..__int64, __forceinline, calling conventions, #pragma warning/comment/pack/once and __pragma compile without a warning under -Wall -Wextra, and mean what MSVC means', () => {
    const r = runLinked([src('dialect_main.c'), src('dialect_other.c')]);
    expect(r.build).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([
      '__FUNCTION__: main',
      '_countof-like: 7',
      'calls: 23',
      'sizes: 1 2 4 8',
      'unsigned: 255 18446744073709551615',
      'pack: 5 6 8',
      'align16: 1',
      // "selectany ... the linker picks one" : both units see one object.
      'selectany one object: 1 2',
      'selectany name: chosen',
      '',
    ].join('\n'));
  });

  it('the same in C++, with a novtable interface and a dllexport class', () => {
    const r = compileCxx([src('dialect_main.c'), src('dialect_other.c')], [...WARN, '-c']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('__declspec(naked) fails at compile time (no assembly-only functions on wasm)', () => {
    const r = compileC(['__declspec(naked) void f(void);\n'], ['-c']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/naked/);
  });
});
