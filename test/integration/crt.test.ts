// The Microsoft CRT names and the secure CRT (wasm/runtime/msvcrt_string.c, msvcrt_secure.c):
// test/programs/crt.c with an invalid parameter handler that counts its calls, against what
// the UCRT prints under Wine 8.0 (x86_64-w64-mingw32-gcc -D_UCRT with the specs' -lmsvcrt
// replaced by -lucrt). Where Wine's ucrtbase and Microsoft's reference pages disagree the
// page wins; the comment above such a line says what Wine prints and which sentence decides.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { compileC, compileCxx } from '../compile.js';

// Each line: "name: result errno handler-calls [buffer]".
const GOLDEN = [
      'handler-installed: 1',
      'strcpy_s: 0 0 0 [abc]',
      'strcpy_s-range: ERANGE ERANGE 1 []',
      'strcpy_s-null-src: EINVAL EINVAL 1 []',
      'strcpy_s-null-dest: EINVAL EINVAL 1 [-]',
      'strcpy_s-size0: EINVAL EINVAL 1 [xyz]',
      'strncpy_s: 0 0 0 [abc]',
      // Wine: ERANGE without the handler. "If the destination buffer is too small to hold the entire string, the normal behavior of these functions is to treat it as an error situation (see Parameter validation)" (Microsoft, _TRUNCATE).
      'strncpy_s-range: ERANGE ERANGE 1 []',
      'strncpy_s-truncate: STRUNCATE 0 0 [abc]',
      'strncpy_s-truncate-fits: 0 0 0 [ab]',
      'strncpy_s-count0: 0 0 0 []',
      'strcat_s: 0 0 0 [abcd]',
      'strcat_s-range: ERANGE ERANGE 1 []',
      // Wine: ERANGE. strcat_s, "Error conditions": strDestination unterminated -> EINVAL.
      'strcat_s-unterminated: EINVAL EINVAL 1 []',
      'strncat_s: 0 0 0 [abcd]',
      'strncat_s-truncate: STRUNCATE 0 0 [abcd]',
      'strncat_s-range: ERANGE ERANGE 1 []',
      'memcpy_s: 0 0 0 [abcxxxx]',
      'memcpy_s-range: ERANGE ERANGE 1 [0 0 x]',
      'memcpy_s-null-src: EINVAL EINVAL 1 [0 0 0 x]',
      'memcpy_s-count0: 0 0 0 [-]',
      'memmove_s: 0 0 0 [aabcef]',
      'memmove_s-range: ERANGE ERANGE 1 [abcdef]',
      '_itoa_s: 0 0 0 [-123]',
      '_itoa_s-hex: 0 0 0 [ffffffff]',
      '_itoa_s-range: ERANGE ERANGE 1 []',
      '_itoa_s-fits: 0 0 0 [-123]',
      '_itoa_s-radix: EINVAL EINVAL 1 []',
      '_ltoa_s: ERANGE ERANGE 1 []',
      '_ltoa_s-big: 0 0 0 [11111111111111111111111100000001]',
      '_ultoa_s: 0 0 0 [1z141z3]',
      '_i64toa_s: 0 0 0 [-9223372036854775808]',
      '_i64toa_s-hex: 0 0 0 [fffffffffffffffe]',
      '_itow_s: 0 0 0 [-42]',
      '_itow_s-range: ERANGE ERANGE 1 []',
      '_itoa: -10 fffffff6 11111111 3000000000',
      '_i64toa: -5 ffffffffffffffff',
      '_itow: -77',
      '_atoi64: -9000000000 9223372036854775807 18446744073709551615',
      '_wtoi: 12 -34 9000000000',
      'strtok_s: [a] [b] [c]',
      'strtok_s-null: NULL EINVAL 1',
      'strtok_s-null-context: NULL EINVAL 1',
      'wcstok_s: [x] [y]',
      '_strlwr_s: 0 0 0 [abc]',
      '_strupr_s: 0 0 0 [ABC]',
      // Wine: no handler. _strlwr_s returns EINVAL for a string unterminated within its size, an invalid parameter (Microsoft, _strlwr_s); the UCRT calls the handler for it as for strcat_s.
      '_strlwr_s-unterminated: EINVAL EINVAL 1 []',
      'sprintf_s: 5 0 0 [42-ab]',
      // Wine writes past the size (4 [abcd]). sprintf_s: a buffer too small for the text is set to an empty string and the invalid parameter handler is invoked (Microsoft, sprintf_s, Remarks).
      'sprintf_s-range: -1 ERANGE 1 []',
      'sprintf_s-null-format: -1 EINVAL 1 []',
      // Wine: as sprintf_s-range.
      'vsprintf_s-range: -1 ERANGE 1 []',
      '_snprintf_s-truncate: -1 0 0 [abc]',
      '_snprintf_s-truncate-fits: 3 0 0 [abc]',
      '_snprintf_s-count: -1 0 0 [abc]',
      '_snprintf_s-count-fits: 3 0 0 [abc]',
      '_snprintf_s-range: -1 ERANGE 1 []',
      // Wine truncates. _snprintf_s: when the data and its terminator exceed sizeOfBuffer the invalid parameter handler is invoked, unless count is _TRUNCATE (Microsoft, _snprintf_s, Remarks).
      '_snprintf_s-range-size: -1 ERANGE 1 []',
      '_snprintf_s-exact: 3 0 0 [abc]',
      '_snprintf-fits: 3 [abc]',
      '_snprintf-exact: 4 [abcd####]',
      '_snprintf-over: -1 [abcd####]',
      '_vsnprintf-over: -1 [12######]',
      '_snprintf-count0: -1 [####]',
      '_scprintf: 9 0',
      '_scwprintf: 9',
      'wcscpy_s: 0 0 0 [wide]',
      'wcscpy_s-range: ERANGE ERANGE 1 []',
      'wcsncpy_s-truncate: STRUNCATE 0 0 [wid]',
      'wcscat_s: 0 0 0 [abcd]',
      // Wine: no handler for the wide form (its narrow strcat_s-range calls it). strcat_s, "Error conditions": too small -> ERANGE, invalid parameter handler.
      'wcscat_s-range: ERANGE ERANGE 1 []',
      'wcsncat_s-truncate: STRUNCATE 0 0 [abc]',
      'swprintf_s: 3 0 0 [7ab]',
      // Wine: as sprintf_s-range.
      'swprintf_s-range: -1 ERANGE 1 []',
      '_snwprintf_s-truncate: -1 0 0 [abc]',
      '_snwprintf_s-range: -1 ERANGE 1 []',
      '_snwprintf-exact: 4 0 0 []',
      '_snwprintf-exact-buffer: [abcd#]',
      'swprintf-over: -1 [abc]',
      'wmemcpy_s-range: ERANGE ERANGE 1 [0 0]',
      'wmemmove_s: 0 0 0 [abz]',
      '_stricmp: 1 1 1 1',
      '_wcsicmp: 1 1',
      '_strdup: [Mixed Case] [mixed case] [MIXED CASE] [ESAC DEXIM] [**********]',
      '_wcsdup: [abc] [ABC]',
      'gmtime_s: 0 71-0-1 1:1:1 wday 5 yday 0',
      'gmtime_s-negative: EINVAL EINVAL 0 -1 -1 -1',
      // Wine: no handler. localtime_s, "Error conditions": sourceTime NULL -> EINVAL, all fields -1, "Invokes invalid parameter handler: Yes".
      'localtime_s-null: EINVAL EINVAL 1 -1',
      // Wine: no handler. localtime_s, "Error conditions": tmDest NULL -> EINVAL, "Invokes invalid parameter handler: Yes".
      'localtime_s-null-dest: EINVAL EINVAL 1',
      // Wine: EINVAL. getenv_s: "pReturnValue: The buffer size that's required, or 0 if the variable is not found"; not found is no error condition.
      'getenv_s-unset: 0 0 0 0 []',
      // Wine: EINVAL, as getenv_s-unset.
      'getenv_s-unset-size: 0 0',
      'getenv_s-null: EINVAL EINVAL 1',
      // Wine: EINVAL. _dupenv_s: a variable not found sets buffer to NULL and numberOfElements to 0, and the result is 0 (Microsoft, _dupenv_s).
      '_dupenv_s-unset: 0 1 0',
      // _wgetenv_s and _wdupenv_s: the rules of getenv_s and _dupenv_s in wide characters (U+00E9 one unit); the name
      // is looked up in another case ("In the Windows operating system, getenv_s isn't case sensitive").
      '_wgetenv_s: 0 0 0 4 [ab?] 00e9',
      // "if the buffer is too small, these functions return ERANGE. They don't invoke an invalid parameter handler. They write out the required buffer size in pReturnValue".
      '_wgetenv_s-range: ERANGE ERANGE 0 4',
      // Wine: ERANGE. A NULL buffer with numberOfElements 0 is the size query, answered as getenv_s answers it: 0 and the size.
      '_wgetenv_s-size: 0 0 0 4',
      // Wine: EINVAL, as getenv_s-unset.
      '_wgetenv_s-unset: 0 0 0 0 []',
      '_wgetenv_s-null: EINVAL EINVAL 1',
      '_wgetenv_s-null-name: EINVAL EINVAL 1 0',
      '_wgetenv_s-null-buffer: EINVAL EINVAL 1',
      '_wdupenv_s: 0 0 0 4 [ab?] 00e9',
      // Wine: EINVAL and the count left as it was, as _dupenv_s-unset.
      '_wdupenv_s-unset: 0 1 0',
      '_wdupenv_s-null: EINVAL EINVAL 1',
      '_wdupenv_s-null-name: EINVAL EINVAL 1',
      '_wgetenv: [ab?] 00e9',
      'fopen_s-missing: ENOENT 1 0',
      'fopen_s-null: EINVAL EINVAL 1',
      '_wfopen_s-missing: ENOENT 1 0',
      'strerror_s-short: 0 7 0',
      // Wine: no handler. strerror_s: buffer NULL or size 0 invokes the invalid parameter handler (Microsoft, strerror_s, Return value).
      'strerror_s-null: EINVAL EINVAL 1',
      'rand_s: 0 0 1',
      // Wine: no handler. rand_s: a NULL pointer invokes the invalid parameter handler (Microsoft, rand_s, Return value).
      'rand_s-null: EINVAL EINVAL 1',
      '_get_errno: ERANGE ERANGE',
      'sscanf_s: 5 12 [abc] [xy] [hello] 7',
      'sscanf_s-small: 1 5 []',
      'sscanf_s-eof: -1',
      'sscanf_s-i64: 1 9000000000',
      'sscanf_s-suppress: 1 [cd]',
      'sscanf_s-n: 2 8',
      'thread-local-handler: ERANGE 1',
      '',
].join('\n');

describe('the secure CRT and the CRT names, as the UCRT', () => {
  it('strcpy_s ... sprintf_s, _snprintf_s (_TRUNCATE), _itoa_s, strtok_s, localtime_s, getenv_s, fopen_s, rand_s: results, errno, handler calls and the emptied buffer; _snprintf writes no terminator at count', async () => {
    const r = await run('crt');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const got = r.stdout.split('\n');
    const want = GOLDEN.split('\n');
    for (let i = 0; i < Math.max(got.length, want.length); i++) expect(got[i], `line ${i + 1}`).toBe(want[i]);
  });
});

describe('the default invalid parameter handler', () => {
  // "the default invalid parameter handler ... terminates the application" (Microsoft,
  // "Parameter validation"); Windows fails fast with STATUS_INVALID_CRT_PARAMETER 0xC0000417.
  it('ends the program with status 0xC0000417 (23, its low byte, on a POSIX host) and a line naming the function; stdout before it is flushed', async () => {
    const r = await run('crt_invalid');
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('winsock-wasm: invalid parameter passed to strcpy_s; the program ends (STATUS_INVALID_CRT_PARAMETER 0xC0000417)\n');
    expect(r.code === 0xc0000417 || r.code === 0x17).toBe(true);
  });
  it('does not end it when a handler is installed: the handler returns and the function reports ERANGE', async () => {
    const r = await run('crt_invalid', ['handler']);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', 'before\nhandler called\nafter: 1\n']);
  });
});

describe('the CRT headers', () => {
  it('<stdlib.h> alone gives errno, ERANGE, EINVAL, _get_errno and _doserrno ("These variables are declared in STDLIB.H", Microsoft, errno); rand_s needs _CRT_RAND_S first', async () => {
    const r = await compileC([
      '#define _CRT_RAND_S\n#include <stdlib.h>\nint f(void) { int e; unsigned v; errno = ERANGE; _get_errno(&e); _doserrno = 0; return e == ERANGE ? EINVAL : rand_s(&v); }\n',
    ], ['-Wall', '-Wextra', '-Werror', '-c']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const without = await compileC(['#include <stdlib.h>\nint g(void) { unsigned v; return rand_s(&v); }\n'], ['-c']);
    expect(without.status).not.toBe(0);
  });
  it('C++: the template overloads infer the buffer size (strcpy_s(buf, src), sprintf_s(buf, fmt, ...), wcscpy_s, _itoa_s, swprintf_s), "In C++, using these functions is simplified by template overloads" (Microsoft, strcpy_s)', async () => {
    const r = await compileCxx([
      '#include <string.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <wchar.h>\n#include <string>\n' +
      'int f() { char b[8]; wchar_t w[8]; strcpy_s(b, "a"); strcat_s(b, "b"); strncpy_s(b, "abc", _TRUNCATE); sprintf_s(b, "%d", 1); _snprintf_s(b, _TRUNCATE, "%s", "x"); _itoa_s(5, b, 10); ' +
      'wcscpy_s(w, L"a"); swprintf_s(w, L"%d", 2); _itow_s(3, w, 10); sprintf_s(b, sizeof b, "%d", 3); return (int)strlen(b) + _stricmp(b, "A"); }\n',
    ], ['-Wall', '-Wextra', '-Werror', '-std=c++17', '-fsyntax-only']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('windows.h no longer maps _snprintf to snprintf: the CRT function with its truncation rules is declared in <stdio.h>', async () => {
    const r = await compileC(['#include <windows.h>\nint (*p)(char *, size_t, const char *, ...) = _snprintf;\nint (*q)(const char *, const char *) = _stricmp;\n'], ['-Wall', '-Werror', '-c']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
