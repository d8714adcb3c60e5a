// wchar_t is 16 bits (UTF-16), as on Windows: the wide C library's choices that the golden
// comparison (test/conformance/programs/wide.c) does not cover, std::wstring and the wide
// streams on our libc++, and that no 32-bit wide function of musl or Emscripten's libc++ is
// linked in place of ours.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, run } from '../helpers.js';
import { ROOT } from '../paths.js';

const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winsock-wide-test-'));

function compile(file: string, args: string[] = []) {
  const out = path.join(tmp, `${path.basename(file).replace(/\W/g, '_')}.js`);
  return spawnSync(process.execPath, [cc, '-O2', file, '-o', out, ...args], { encoding: 'utf8' });
}

describe('the narrow printf family with the CRT\'s format rules', () => {
  it('%ls, %S and %ws print a 16-bit wide string, %I64d/%I64u/%Iu/%I32d and %hs/%hc are the CRT\'s, as mingw-w64\'s msvcrt printf under Wine; non-ASCII becomes UTF-8, a precision never splits a character', async () => {
    const r = await run('narrow_printf');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe([
      // Golden: x86_64-w64-mingw32-gcc test/programs/narrow_printf.c, run under Wine 8.0.
      '[wide] [caps] [ws] [tru] [ab    ] [    cd]',
      '[-1234567890123] [18446744073709551615] [ff] [42] [7] [8]',
      '[narrow] [h] [w] [C] [c]',
      '[mix] [plain] [  2.8] [end]',
      '[key=5] 5',
      '[ove] 8',
      // UTF-8, the multibyte encoding of wcstombs ("the precision ... specifies the maximum
      // number of bytes to be written ... no partial multibyte character is written", C11 7.21.6.1).
      '[h\u00e9llo \u20ac]',
      '[\u00e9]',
      // Arguments of every size before and between the wide strings.
      '[1.500000|ld|3]',
      '[x|1099511627776|a|0.250000|b|9|   w|p]',
      '',
    ].join('\n'));
  });
});

describe('the wide C library (C)', () => {
  it('L"..." goes straight to a W function, and conversions are UTF-8 <-> UTF-16 with surrogate pairs', async () => {
    const r = await run('wide');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = lines(r.stdout);
    expect(out.get('CreateEventW')).toBe('1');
    expect(out.get('CreateEventW-named')).toBe('0 50'); // ERROR_NOT_SUPPORTED, as README says
    expect(out.get('wcstombs')).toBe('10 68c3a9e282acf09f9880'); // h é € U+1F600
    expect(out.get('wcstombs-length')).toBe('10');
    expect(out.get('mbstowcs')).toBe('5 0068 00e9 20ac d83d de00');
    expect(out.get('mbstowcs-length')).toBe('4');
    for (const k of ['mbstowcs-invalid', 'mbstowcs-surrogate', 'mbstowcs-overlong', 'wcstombs-lone']) expect(out.get(k), k).toBe('1 1'); // (size_t)-1, EILSEQ
    expect(out.get('wcstombs-short')).toBe('2 c3a9'); // a character whole or not at all
  });

  it('mbrtowc takes a sequence byte by byte and returns the low surrogate next, with (size_t)-3 as mbrtoc16; wcrtomb holds a high surrogate', async () => {
    const out = lines((await run('wide')).stdout);
    expect(out.get('mbrtowc-bytes')).toBe('-2,-2,-2,1 d83d');
    expect(out.get('mbrtowc-low')).toBe('-3 de00 1');
    expect(out.get('mbrlen')).toBe('3 -2');
    expect(out.get('wcrtomb-pair')).toBe('0 0 4 f09f9880');
    expect(out.get('wctomb')).toBe('3 e282ac');
    expect(out.get('mbtowc')).toBe('2 00e9');
    expect(out.get('btowc-wctob')).toBe('65 1 -1');
    expect(out.get('wcsnrtombs')).toBe('5 616263c3a9 rest=3');
    expect(out.get('mbsnrtowcs')).toBe('2 0061 0062 pending=1');
  });

  it('wcstok is the conforming form; %p is eight hex digits; %n is refused as the CRT does; wcsftime', async () => {
    const out = lines((await run('wide')).stdout);
    expect(out.get('wcstok')).toBe('a|b|c|');
    expect(out.get('swprintf-p')).toBe('8 1234ABCD');
    // "%n is disabled by default ... use of %n ... invokes the invalid parameter handler"
    // (Microsoft, "Format specification syntax"): here the call fails with EINVAL.
    expect(out.get('swprintf-n')).toBe('-1 1 0');
    expect(out.get('swprintf-pair')).toBe('4 d83d de00 007c 00e9');
    expect(out.get('swprintf-S-invalid')).toBe('-1 1');
    expect(out.get('swprintf-sizes')).toBe('12   2.2|44|7|9');
    expect(out.get('wcsftime')).toBe('14 0032 0030 0032 0034 002d 0030 0032 002d 0032 0039 0020 0031 0033 00e9');
  });

  it('wprintf, fputws and fputwc write UTF-8 (a pair split over two fputwc calls too); a lone surrogate fails with EILSEQ', async () => {
    const r = await run('wide');
    const out = lines(r.stdout);
    expect(out.get('wprintf-utf8')).toBe('h\u00e9llo \u{1F600} \u20ac');
    expect(out.get('wprintf-result')).toBe('25'); // units, as the CRT counts
    expect(out.get('wprintf-lone-result')).toBe('-1 1');
    expect(out.get('fputwc-pair')).toBe('\u{1F600}');
    expect(out.get('_putws')).toBe('ok');
  });

  it('fgetws reads UTF-8 from stdin as UTF-16, in pieces that fit the buffer', async () => {
    const file = path.join(tmp, 'in.txt');
    fs.writeFileSync(file, 'h\u00e9llo w\u00f6rld \u{1F600}!\nsecond\n');
    const js = path.join(ROOT, 'build', 'test', 'wide.js');
    const r = spawnSync(process.execPath, [js, 'stdin'], { input: fs.readFileSync(file), encoding: 'utf8' });
    expect(r.stdout).toBe('h\u00e9llo w\u00f6rld \u{1F600}!\nsecond\n[4 pieces]\n');
  });

  it('a wide function the project does not provide fails to compile, naming it', () => {
    const file = path.join(tmp, 'scanf.c');
    fs.writeFileSync(file, '#include <wchar.h>\nint main(void) { int a; return swscanf(L"1", L"%d", &a); }\n');
    const r = compile(file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("'swscanf' is unavailable: swscanf is not provided for the 16-bit wchar_t");
  });
});

describe('C++ on a 16-bit wchar_t (our libc++)', () => {
  it('std::wstring, to_wstring, stoi, the wide string streams, ctype<wchar_t> and wcout', async () => {
    const r = await run('wide_cxx');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = lines(r.stdout);
    expect(out.get('sizeof-wchar_t')).toBe('2');
    expect(out.get('limits-max')).toBe('65535');
    expect(out.get('WCHAR_MAX')).toBe('65535');
    expect(out.get('construct')).toBe('5 h\\u00E9llo');
    expect(out.get('pair-size')).toBe('2');
    expect(out.get('find')).toBe('2 1');
    expect(out.get('rfind-char')).toBe('3');
    expect(out.get('compare')).toBe('1 1 1');
    expect(out.get('append')).toBe('16 h\\u00E9llo, w\\u00F6rld!!!?');
    expect(out.get('substr')).toBe('w\\u00F6rld');
    expect(out.get('long')).toBe('1003 500');
    expect(out.get('to_wstring')).toBe('42 -7');
    expect(out.get('stoi')).toBe('123');
    expect(out.get('stol-hex')).toBe('255');
    expect(out.get('stod')).toBe('25.00');
    expect(out.get('stoi-invalid')).toBe('invalid_argument');
    expect(out.get('wostringstream')).toBe('x=42 3.5 h\\u00E9llo');
    expect(out.get('wistringstream')).toBe('17 abc');
    expect(out.get('map')).toBe('a');
    expect(out.get('hash-equal')).toBe('1');
    expect(out.get('ctype')).toBe('1 1');
    expect(out.get('wcslen')).toBe('5');
    expect(out.get('CreateEventW')).toBe('1');
    expect(out.get('CreateEventW-named')).toBe('0 50');
    expect(out.get('wcout')).toBe('h\u00e9llo 5');
  });
});

describe('no 32-bit wide function is linked', () => {
  // musl's functions that take wchar_t by value (classes, case mappings, widths) are right
  // for a UTF-16 unit; every other wide function must come from wasm/runtime.
  const BY_VALUE = /^(isw\w+|tow\w+|wctype|wctrans|wcwidth|fwide)$/;
  const header = fs.readFileSync('/usr/share/emscripten/cache/sysroot/include/wchar.h', 'utf8');
  const WIDE = new Set([...header.matchAll(/\b([a-z_][a-z_0-9]*)\s*\(/g)].map((m) => m[1]).filter((n) => !BY_VALUE.test(n) && n !== 'defined'));

  it.each([['C', 'wide.c', []], ['C++', 'wide_cxx.cpp', []]])('%s: the linker loads no musl member named after a wide function, and no member of Emscripten\'s libc++', (_lang, src, flags) => {
    const r = compile(path.join(ROOT, 'test', 'programs', src as string), [...(flags as string[]), '-Wl,--trace']);
    expect(r.status, r.stderr).toBe(0);
    const loaded = r.stdout.split('\n').filter(Boolean);
    const musl = loaded.map((l) => /\/libc\.a\((.+)\.o\)$/.exec(l)?.[1]).filter((m): m is string => !!m);
    expect(musl.length).toBeGreaterThan(10);
    expect(WIDE.size).toBeGreaterThan(60);
    expect(musl.filter((m) => WIDE.has(m))).toEqual([]);
    expect(loaded.filter((l) => /wasm32-emscripten\/libc\+\+(-[a-z-]+)?\.a\(/.test(l))).toEqual([]);
    expect(loaded.some((l) => /\/wchar\.o$/.test(l)) && loaded.some((l) => /\/wprintf\.o$/.test(l))).toBe(true);
    if (src === 'wide_cxx.cpp') expect(loaded.some((l) => /winsock-wasm-libcxx-\w+\/libc\+\+\.a\(/.test(l))).toBe(true);
  }, 120_000);

  it('C++ with -fno-exceptions: std::wstring still comes from the 16-bit libc++, not Emscripten\'s noexcept variant', () => {
    const src = path.join(tmp, 'noexcept.cpp');
    fs.writeFileSync(src, '#include <string>\n#include <cstdio>\nint main() { std::wstring w(L"h\\u00e9llo"); w.append(3, L\'!\'); w.insert(0, L"<"); std::printf("%zu %ls %d\\n", w.size(), w.c_str(), (int)w.find(L"llo")); return 0; }\n');
    const r = compile(src, ['-fno-exceptions', '-Wl,--trace']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /wasm32-emscripten\/libc\+\+(-[a-z-]+)?\.a\(/.test(l))).toEqual([]);
    const out = spawnSync(process.execPath, [path.join(tmp, 'noexcept_cpp.js')], { encoding: 'utf8' });
    expect(out.stdout).toBe('9 <h\u00e9llo!!! 3\n');
  }, 120_000);
});
