// Files, directories and the standard handles (fileapi.h, processenv.h, consoleapi.h): guest C
// over POSIX (wasm/runtime/kernel32_file.c), so Node's real file system here and MEMFS in a page.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, run } from '../helpers.js';
import { BUILD, ROOT } from '../paths.js';

/** Run test/programs/files.c in a fresh empty directory with `stdin` piped in. */
function runFiles(stdin: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-files-test-'));
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(BUILD, 'files.js'), dir], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.stdin.end(stdin);
    const t = setTimeout(() => p.kill('SIGKILL'), 30_000);
    p.on('exit', (code) => { clearTimeout(t); resolve({ code, stdout, stderr, dir }); });
  });
}

describe('files and the standard handles', () => {
  it('CreateFile/ReadFile/WriteFile/SetFilePointer/GetFileSize/CloseHandle, DeleteFile/MoveFile(Ex)/CopyFile, GetFileAttributes(Ex)/SetFileAttributes, FindFirstFile/FindNextFile/FindClose, CreateDirectory/RemoveDirectory, Get/SetCurrentDirectory, GetFullPathName, GetTempPath/GetTempFileName, GetStdHandle/WriteConsole/GetConsoleMode print what mingw-w64 under Wine prints, except where the documentation and Wine differ', async () => {
    const r = await runFiles('hello stdin');
    expect([r.code, r.stderr]).toEqual([0, '']);
    // Golden: x86_64-w64-mingw32-gcc test/programs/files.c, run under Wine with stdin and stdout piped.
    const golden = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'files', 'wine-golden.txt'), 'utf8')
      // Wine runs as root here and so opens a read-only file for writing. FILE_ATTRIBUTE_READONLY:
      // "Applications can read the file, but cannot write to it or delete it."
      .replace('open readonly for write: ok err=0', 'open readonly for write: fail err=5')
      // GetTempFileName: "creates a temporary file name of the following form: <path>\<pre><uuuu>.TMP" (Wine: .tmp).
      .replace('suffix .tmp', 'suffix .TMP').replace('ab12.tmp', 'ab12.TMP');
    expect(r.stdout).toBe(golden);
    // The program left its test directory empty: FILE_FLAG_DELETE_ON_CLOSE and DeleteFile did their work.
    expect(fs.readdirSync(r.dir)).toEqual([]);
  });

  it('a file the program writes is on the real file system, and a name with backslashes and a drive letter reaches it', async () => {
    const r = await runFiles('');
    expect(r.code).toBe(0);
    // CreateFileW(L"w\u00e9.txt") made a UTF-8 name (the program deletes it again; FindFirstFileW saw 0x77 0xe9).
    expect(r.stdout).toContain('FindFirstFileW: ok name[0..1]=77 e9');
    const probe = path.join(r.dir, 'probe.txt');
    fs.writeFileSync(probe, 'x');
    expect(fs.existsSync(probe)).toBe(true);
  });

  it('ReadFile on stdin at its end returns TRUE with 0 bytes; GetFileType says FILE_TYPE_PIPE for a pipe; WriteConsole and GetConsoleMode on a redirected handle fail with ERROR_INVALID_HANDLE', async () => {
    const r = await runFiles('');
    // "When a synchronous read operation reaches the end of a file, ReadFile returns TRUE and sets *lpNumberOfBytesRead to zero."
    expect(r.stdout).toContain('ReadFile stdin: 1 err=3735928559\nread=0 ""');
    expect(r.stdout).toContain('GetFileType stdin pipe: 3 err=3735928559');
    // "WriteConsole fails if it is used with a standard handle that is redirected to a file."
    expect(r.stdout).toContain('WriteConsoleW on a pipe: 0 err=6\nchars=0');
    expect(r.stdout).toContain('GetConsoleMode on a pipe: 0 err=6');
  });
});

describe('GetModuleFileName', () => {
  it('GetModuleFileName(NULL) is the program\'s launcher, resolved; a short buffer gets the name truncated and terminated, nSize returned and ERROR_INSUFFICIENT_BUFFER', async () => {
    const r = await run('module_path');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const l = lines(r.stdout);
    const launcher = path.join(BUILD, 'module_path.js');
    expect(l.get('path')).toBe(launcher);
    expect(l.get('length')).toBe(`${launcher.length} strlen: ${launcher.length}`);
    // "the string is truncated to nSize characters including the terminating null character, the
    // function returns nSize, and the function sets the last error to ERROR_INSUFFICIENT_BUFFER."
    expect(l.get('small')).toBe('8 err=122 terminated=1 prefix=1');
    expect(l.get('wide')).toBe(`${launcher.length} last=s`);
    expect(l.get('wide small')).toBe('4 err=122 terminated=1');
    // Only the program itself is a module here.
    expect(l.get('other module')).toBe('0 err=126');
  });
});

describe('file handles in the one handle table', () => {
  it('a file HANDLE and a find handle never equal a SOCKET or an event; CloseHandle closes a file, an event and a socket; each kind refuses the others\' functions with ERROR_INVALID_HANDLE', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-handles-test-'));
    const r = await run('file_handles', [dir]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe([
      'distinct: 1',
      'multiples of 4: 1',
      'WriteFile on the event: 0 err=6',
      'SetEvent on the file: 0 err=6',
      'CloseHandle file: 1',
      'CloseHandle event: 1',
      // A SOCKET is a kernel handle: CloseHandle closes it, so closesocket then finds no socket (WSAENOTSOCK).
      'CloseHandle socket: 1',
      'closesocket after: -1 err=10038',
      'FindClose: 1',
      // FindClose: "If the function fails, the return value is zero."
      'FindClose again: 0 err=6',
      // FILE_FLAG_DELETE_ON_CLOSE: "The file is to be deleted immediately after all of its handles are closed."
      'file gone: 1',
      '',
    ].join('\n'));
  });
});

const haveScript = spawnSync('script', ['--version']).status === 0;

describe('the console', () => {
  it.skipIf(!haveScript)('on a terminal GetConsoleMode succeeds and WriteConsoleW writes UTF-16 as UTF-8, counting UTF-16 units; GetFileType says FILE_TYPE_CHAR', () => {
    // util-linux script(1) gives the program a pseudo-terminal.
    const r = spawnSync('script', ['-qc', `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(BUILD, 'console.js'))}`, '/dev/null'], { encoding: 'utf8' });
    expect(r.stdout.replaceAll('\r', '')).toBe('caf\u00e9 \u{1F600}\nmode=1 3 write=1 n=8 type=2\n');
  });

  it('on a pipe GetConsoleMode and WriteConsoleW fail ("WriteConsole fails if it is used with a standard handle that is redirected to a file"); GetFileType says FILE_TYPE_PIPE', async () => {
    const r = await run('console');
    expect(r.stdout).toBe('mode=0 0 write=0 n=0 type=3\n');
  });
});

describe('_findfirst, _findnext and _findclose (io.h)', () => {
  function runFind(...extra: string[]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-find-test-'));
    const r = spawnSync(process.execPath, [path.join(BUILD, 'findfirst.js'), dir, ...extra], { encoding: 'utf8', timeout: 60_000 });
    return { ...r, dir };
  }
  const only32i64 = '_findfirst32i64 sub: handle sub attrib=10\n';

  it('every width, narrow and wide, finds what the UCRT finds under Wine: attrib, size, name, time_write as _stat\'s mtime; no match and no directory are -1 with ENOENT', () => {
    const r = runFind();
    expect([r.status, r.stderr]).toEqual([0, '']);
    // Golden: x86_64-w64-mingw32-gcc -D_UCRT test/programs/findfirst.c -lucrt under Wine 8.
    const golden = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'files', 'findfirst-wine.txt'), 'utf8')
      // _findclose: "If successful, _findclose returns 0. Otherwise, it returns -1 and sets errno
      // to ENOENT" (Wine sets the errno of ERROR_INVALID_HANDLE).
      .replace('_findclose(-1): -1 other', '_findclose(-1): -1 ENOENT');
    // Wine 8's ucrtbase has no _findfirst32i64: that line is the program's own, checked here.
    expect(r.stdout).toContain('_findfirst64: handle gamma.txt attrib=21 size=10\n' + only32i64);
    expect(r.stdout.replace(only32i64, '')).toBe(golden);
    expect(fs.readdirSync(r.dir)).toEqual([]);
  });

  it('a NULL filespec or fileinfo calls the invalid parameter handler, then -1 with EINVAL ("If either filespec or fileinfo is NULL, the invalid parameter handler is invoked ... If execution is allowed to continue, these functions return -1 and set errno to EINVAL")', () => {
    const r = runFind('invalid');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain([
      '  (invalid parameter handler)', '_findfirst(NULL, info): -1 EINVAL',
      '  (invalid parameter handler)', '_findfirst(spec, NULL): -1 EINVAL',
      '  (invalid parameter handler)', '_findnext(h, NULL): -1 EINVAL', ''].join('\n'));
  });
});

describe('_splitpath, _makepath and _fullpath (stdlib.h)', () => {
  it('split and compose on the text with drive letters and both separators, the _s forms\' EINVAL and ERANGE, _fullpath as GetFullPathName: as the UCRT under Wine prints', async () => {
    // Golden: x86_64-w64-mingw32-gcc with the UCRT (-D_UCRT, -lucrt) test/programs/pathparts.c, under Wine.
    const r = await run('pathparts');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'files', 'pathparts.wine.txt'), 'utf8'));
  });
});
