// The runtime's one UTF-8/UTF-16 converter (wasm/runtime/kernel32_strings.c) behind every
// function that converts: a character beyond the BMP, unpaired surrogates and ill-formed UTF-8
// through WideCharToMultiByte/MultiByteToWideChar, the environment, OutputDebugStringW, file
// names made by CreateFileW and opened by the CRT's _w functions, and the command line
// (test/programs/utf16.c). The expected lines come from the documentation, not from Wine: the
// ANSI code page is UTF-8 here (winnls.h) and 1252 under Wine, and Windows keeps an unpaired
// surrogate in a name or a variable as it is, where here the file system and the environment
// hold UTF-8, which cannot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const GRIN = '\u{1F600}';

describe('one UTF-8/UTF-16 converter with Windows\' rules', () => {
  // WideCharToMultiByte, WC_ERR_INVALID_CHARS: "If this flag is not set, the function replaces
  // illegal sequences with U+FFFD (encoded as appropriate for the specified codepage)".
  // MultiByteToWideChar, MB_ERR_INVALID_CHARS: "the function does not drop illegal code points if
  // the application does not set this flag, but instead replaces illegal sequences with U+FFFD".
  it('a surrogate pair is one four-byte character and an unpaired surrogate U+FFFD, ill-formed UTF-8 one U+FFFD per maximal subpart, alike in WideCharToMultiByte, MultiByteToWideChar, the environment (A and W forms, _wgetenv, getenv, ExpandEnvironmentStringsW), OutputDebugStringW, CreateFileW/FindFirstFileW names, which _wfopen, _wstat and _waccess open too, and the command line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-utf16-test-'));
    const r = await run('utf16', [dir, `x${GRIN}y`]);
    expect(r.code).toBe(0);
    const utf8 = '61 f0 9f 98 80 62 ef bf bd 63 ef bf bd';
    const utf16 = '0061 d83d de00 0062 fffd 0063 fffd';
    expect(r.stdout.split('\n')).toEqual([
      `WideCharToMultiByte: ${utf8}`,
      'MultiByteToWideChar: fffd 0028 fffd',
      'SetEnvironmentVariableW: 1',
      `GetEnvironmentVariableA: ${utf8}`,
      `getenv: ${utf8}`,
      `GetEnvironmentVariableW: ${utf16}`,
      `_wgetenv: ${utf16}`,
      'SetEnvironmentVariableA: 1',
      'GetEnvironmentVariableW ill-formed: fffd 0028 fffd',
      'ExpandEnvironmentStringsW: 003c fffd 0028 fffd 003e',
      'CreateFileW: 1',
      'FindFirstFileW: 0066 d83d de00 fffd 002e 0074 0078 0074',
      '_wfopen: 1',
      '_wstat: 0 size 1',
      '_waccess: 0',
      'GetFileAttributesW: 1',
      '__wargv[2]: 0078 d83d de00 0079',
      'GetCommandLineA tail: 78 f0 9f 98 80 79',
      '',
    ]);
    // OutputDebugStringW: "converts the specified string based on the current system locale
    // information and passes it to OutputDebugStringA".
    expect(r.stderr).toBe(`[debug] a${GRIN}b\uFFFDc\uFFFD\n`);
    // The name on the real file system is the UTF-8 of what FindFirstFileW gave back.
    expect(fs.readdirSync(dir)).toEqual([`f${GRIN}\uFFFD.txt`]);
  });
});
