// The Win32 string surface: strsafe.h, tchar.h, kernel32's lstr* and code-page conversion,
// user32's Char* / IsChar* / wsprintf. test/programs/strings.c prints one line per call;
// test/programs/strings.golden.txt is what the same source prints built with
// x86_64-w64-mingw32-gcc (mingw-w64's strsafe.h, Windows' kernel32/user32 as Wine 8.0 has
// them) under Wine. Regenerate:
//   x86_64-w64-mingw32-gcc test/programs/strings.c -o s.exe -luser32 && WINEDEBUG=-all wine s.exe | tr -d '\r' > test/programs/strings.golden.txt
// WINDOWS lists the lines where Wine differs from Microsoft's documentation (the doc wins);
// OURS the lines where this project differs from Windows on purpose, each with the reason.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileC } from '../compile.js';
import { lines, run } from '../helpers.js';
import { ROOT } from '../paths.js';

const MBTWC = 'https://learn.microsoft.com/en-us/windows/win32/api/stringapiset/nf-stringapiset-multibytetowidechar';
const WCTMB = 'https://learn.microsoft.com/en-us/windows/win32/api/stringapiset/nf-stringapiset-widechartomultibyte';
const WSPRINTF = 'https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-wsprintfa';

/** line -> [Windows value, the documentation's sentence] where Wine prints something else. */
const WINDOWS: Record<string, [string, string]> = {
  'MB-bad-flags': ['0 1004 []', `${MBTWC}: "For UTF-8 or code page 54936 (GB18030, starting with Windows Vista), dwFlags must be set to either 0 or MB_ERR_INVALID_CHARS. Otherwise, the function fails with ERROR_INVALID_FLAGS."`],
  'MB-small-pair': ['0 122', `${MBTWC}: "Returns 0 if it does not succeed ... ERROR_INSUFFICIENT_BUFFER. A supplied buffer size was not large enough"`],
  'WC-default-char': ['0 87 []', `${WCTMB}: lpDefaultChar "For the CP_UTF7 and CP_UTF8 settings for CodePage, this parameter must be set to NULL. Otherwise, the function fails with ERROR_INVALID_PARAMETER."`],
  'WC-used-default': ['0 87 []', `${WCTMB}: lpUsedDefaultChar "For the CP_UTF7 and CP_UTF8 settings for CodePage, this parameter must be set to NULL. Otherwise, the function fails with ERROR_INVALID_PARAMETER."`],
  'WC-bad-flags': ['0 1004 []', `${WCTMB}: "For the code pages listed below, dwFlags must be 0. Otherwise, the function fails with ERROR_INVALID_FLAGS ... 65001 (UTF-8) ... With UTF-8 ... WC_ERR_INVALID_CHARS"`],
  'wsprintfA-limit': ['1023 1023', `${WSPRINTF}: "The maximum size of the buffer is 1,024 bytes." and "If the function succeeds, the return value is the number of characters stored in the output buffer, not counting the terminating null character."`],
  'wsprintfW-limit': ['1023 1023', `${WSPRINTF} (wsprintfW): as wsprintfA; 1,023 characters and the terminator.`],
};

/** line -> [our value, why] where the project differs from Windows by design. */
const OURS: Record<string, [string, string]> = {
  'GetACP': ['65001', 'the ANSI code page is UTF-8 (Windows with "Use Unicode UTF-8 for worldwide language support", ActiveCodePage UTF-8): README, winnls.h'],
  'GetOEMCP': ['65001', 'the OEM code page is UTF-8 too'],
  'MB-acp': ['3 0 [a\\u00E9\\u0000]', 'CP_ACP converts as UTF-8'],
  'MB-oemcp': ['2 0 [\\u20AC\\u0000]', 'CP_OEMCP converts as UTF-8'],
  'MB-utf7': ['0 87 []', 'CP_UTF7 is not provided (Microsoft: "UTF-7 ... should be avoided"); as an unknown code page it fails with ERROR_INVALID_PARAMETER'],
  'WC-utf7': ['0 87 []', 'CP_UTF7 is not provided'],
  'MB-overlong': ['5 0 [\\uFFFD\\uFFFD\\uFFFD\\uFFFD\\uFFFD]', 'one U+FFFD per maximal ill-formed subpart (The Unicode Standard, ch. 3, "U+FFFD Substitution of Maximal Subparts": E0 80 is two subparts); Wine takes E0 80 as one. No Microsoft text says which; needs a check on Windows'],
  'MB-surrogate': ['4 0 [\\uFFFD\\uFFFD\\uFFFDx]', 'as MB-overlong: ED A0 80 (an encoded surrogate) is three maximal subparts; Wine takes ED A0 as one'],
};

const golden = fs.readFileSync(path.join(ROOT, 'test', 'programs', 'strings.golden.txt'), 'utf8')
  .split('\n').filter((l) => l.includes(': ')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)] as [string, string]);

let narrow: Map<string, string>;
let wide: Map<string, string>;

beforeAll(async () => {
  for (const name of ['strings', 'strings_unicode']) {
    const r = await run(name);
    expect([name, r.code, r.stderr]).toEqual([name, 0, '']);
    if (name === 'strings') narrow = lines(r.stdout); else wide = lines(r.stdout);
  }
});

/** Expected lines (golden, Windows overrides, our documented differences) whose names match. */
function expected(match: (k: string) => boolean): [string, string][] {
  return golden.filter(([k]) => match(k)).map(([k, v]) => [k, OURS[k]?.[0] ?? WINDOWS[k]?.[0] ?? v]);
}
function check(out: Map<string, string>, match: (k: string) => boolean) {
  const want = expected(match);
  expect(want.length).toBeGreaterThan(0);
  expect(want.map(([k]) => `${k}: ${out.get(k) ?? '(missing)'}`)).toEqual(want.map(([k, v]) => `${k}: ${v}`));
}

describe('strings: golden output of mingw-w64 + Wine, with the documented Windows values', () => {
  it('every override names a golden line and changes it', () => {
    for (const [k, [v]] of Object.entries({ ...WINDOWS, ...OURS })) {
      const g = golden.find(([gk]) => gk === k);
      expect(g, k).toBeDefined();
      expect(g![1], k).not.toBe(v);
    }
  });

  it('strsafe: StringCch*/StringCb* Copy, CopyN, Cat, CatN, Printf, VPrintf, Length and the Ex forms, A and W, as mingw-w64\'s strsafe.h does (truncated results terminated, STRSAFE_E_INSUFFICIENT_BUFFER; cchDest 0 or > STRSAFE_MAX_CCH STRSAFE_E_INVALID_PARAMETER; ppszDestEnd, pcchRemaining and every STRSAFE_ flag)', () => {
    check(narrow, (k) => k === 'constants' || /^C[cb][A-Z]/.test(k));
    // StringCchCopy: "the operation ... was truncated ... STRSAFE_E_INSUFFICIENT_BUFFER" and the result is terminated.
    expect(narrow.get('CchCopyA-trunc')).toBe('8007007a [abcdefg\\x00]');
    // "STRSAFE_E_INVALID_PARAMETER: The value in cchDest is either 0 or larger than STRSAFE_MAX_CCH"; nothing written.
    expect(narrow.get('CchCopyA-zero')).toBe('80070057 [########]');
  });

  it('lstrlen (NULL is 0), lstrcpy, lstrcpyn (iMaxLength - 1 characters and always a terminator), lstrcat', () => {
    check(narrow, (k) => /^lstr(len|cpy|cat)/.test(k));
    expect(narrow.get('lstrcpynA')).toBe('1 [abc\\x00##]');
  });

  it('lstrcmp / lstrcmpi compare as CompareString with the user locale (word sort: "a" < "B", "a" < "A", "coop" < "co-op"), A and W alike', () => {
    check(narrow, (k) => k.startsWith('lstrcmp['));
    expect(narrow.get('lstrcmp[a|B]')).toBe('-1 -1 -1 -1');
    expect(narrow.get('lstrcmp[a|A]')).toBe('-1 0 -1 0');
    expect(narrow.get('lstrcmp[co-op|coop]')).toBe('1 1 1 1');
  });

  it('MultiByteToWideChar / WideCharToMultiByte: UTF-8, -1 counts the terminator, size 0 asks for the size, ERROR_INSUFFICIENT_BUFFER, MB_ERR_INVALID_CHARS / WC_ERR_INVALID_CHARS give ERROR_NO_UNICODE_TRANSLATION, U+FFFD otherwise, flags and default-char rules', () => {
    check(narrow, (k) => /^(MB|WC|Get(ACP|OEMCP))/.test(k));
    expect(narrow.get('MB-err-invalid')).toBe('0 1113 []');
    expect(narrow.get('WC-lone-err')).toBe('0 1113 []');
    expect(narrow.get('MB-small')).toBe('0 122');
  });

  it('CharUpper/CharLower (string and single character), the Buff forms, CharNext/CharPrev, IsChar*, wsprintf (no floating point, 1024 limit)', () => {
    check(narrow, (k) => /^(Char|IsChar|wsprintf)/.test(k));
    expect(narrow.get('wsprintfA-float')).toBe('3 [[f]]');
  });

  it('generic names (TEXT, lstr*, StringCch*, Char*, wsprintf, tchar.h _tcs*, _ttoi, _sntprintf, _tprintf ...) give the same results narrow and with UNICODE/_UNICODE', () => {
    check(narrow, (k) => k.startsWith('generic-'));
    check(wide, (k) => k.startsWith('generic-'));
    expect(narrow.get('tchar-size')).toBe('1');
    expect(wide.get('tchar-size')).toBe('2');
  });

  it('the UNICODE build prints every other line as the narrow one', () => {
    for (const [k, v] of narrow) if (k !== 'tchar-size') expect(`${k}: ${wide.get(k)}`).toBe(`${k}: ${v}`);
  });
});

describe('tchar.h: _tmain and _tWinMain, and the stepping names', () => {
  it('"_tmain ... maps to main (narrow) or wmain (_UNICODE)", _tWinMain to WinMain / wWinMain, _T("x") to "x" / L"x", _TEOF to EOF / WEOF (MSVC\'s tchar.h: _UNICODE selects wide, _MBCS or neither narrow)', async () => {
    const src = '#include <tchar.h>\nint _tmain(int argc, _TCHAR **argv);\nint _tWinMain(void);\nconst void *t = _T("x"); int e = _TEOF;\n';
    for (const [flags, main, winmain, lit] of [[[], 'main', 'WinMain', '"x"'], [['-D_MBCS'], 'main', 'WinMain', '"x"'], [['-D_UNICODE'], 'wmain', 'wWinMain', 'L"x"']] as const) {
      const r = await compileC([src], [...flags, '-E']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`int ${main}\\(int argc, _TCHAR \\*\\*argv\\);`));
      expect(r.stdout).toContain(`int ${winmain}(void);`);
      expect(r.stdout).toContain(`const void *t = ${lit};`);
    }
  });

  it('_tcsinc/_tcsdec/_tcsninc/_tcsnextc step one unit, narrow and wide, as MSVC\'s inline versions', async () => {
    const body = (u: boolean) => `${u ? '#define _UNICODE\n' : ''}#include <tchar.h>\n#include <stdio.h>\nint main(void) { const _TCHAR *s = _T("abc");
  printf("%d %d %d %u %d\\n", (int)(_tcsinc(s) - s), (int)(_tcsdec(s, s + 2) - s), (int)(_tcsninc(s, 2) - s), _tcsnextc(s + 1), _tcsdec(s, s) == NULL); return 0; }\n`;
    for (const u of [false, true]) {
      const out = path.join(os.tmpdir(), `tcsinc_${u}_${process.pid}.js`);
      const r = await compileC([body(u)], ['-Wall', '-Wextra'], out);
      expect(r.stderr).toBe('');
      const p = spawnSync(process.execPath, [out], { encoding: 'utf8' });
      expect(p.stdout).toBe('1 1 2 98 1\n');
    }
  });
});
