// The CRT's and the C++ library's path functions take Windows paths, through the one
// translation kernel32's file functions use (wasm/runtime/kernel32_path.c; the C library's
// own fopen, open, stat, mkdir ... are linked wrapped, wasm/runtime/msvcrt_libc_paths.c).
// Each program's output is compared with what the same source built by mingw-w64 prints
// under Wine 8 (test/fixtures/crtpath/*.wine.txt: x86_64-w64-mingw32-gcc test/programs/crtpath.c,
// x86_64-w64-mingw32-g++ -static test/programs/crtpath_cxx.cpp, run as
// WINEDEBUG=-all wine prog.exe <empty dir> | tr -d '\r').
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { ROOT } from '../paths.js';

const golden = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'crtpath', `${name}.wine.txt`), 'utf8');

describe('CRT paths as Windows has them', () => {
  // "File I/O functions in the Windows API convert "/" to "\" as part of converting the name to
  // an NT-style name" and "Use a backslash (\) to separate the components of a path" (Naming
  // Files, Paths, and Namespaces): the CRT hands its names to those functions, so both separate.
  it('fopen, freopen, fopen_s, _wfopen(_s), _open, _wopen, open, the _stat family and stat, _access, _waccess, _mkdir, _rmdir, _chdir and their _w forms, rename, _wrename, remove, _wremove, _unlink, _wunlink take backslash paths and GetFullPathName\'s and GetCurrentDirectory\'s absolute names; _getcwd and _wgetcwd give what GetCurrentDirectory gives; as mingw-w64 under Wine', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-crtpath-test-'));
    const r = await run('crtpath', [dir]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(golden('crtpath'));
    // What the program made under backslash names it removed again: no file named "data\cache" is left.
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the same in C++: std::ofstream("a\\\\b.txt"), std::ifstream, std::fstream, std::fopen, std::rename and std::remove, as mingw-w64 (libstdc++) under Wine', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-crtpath-test-'));
    const r = await run('crtpath_cxx', [dir]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(golden('crtpath_cxx'));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a backslash name made by the CRT is a directory and a file on the real file system, not one name with backslashes in it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-crtpath-test-'));
    const r = await run('crtpath', [dir, 'keep']);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'logs', 'out.txt'), 'utf8')).toBe('kept');
    expect(fs.readdirSync(dir)).toEqual(['logs']);
  });
});
