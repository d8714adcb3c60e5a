/*
 * kernel32_message.c - FormatMessageA and FormatMessageW (winbase.h).
 *
 * One formatter works in UTF-16: the message definition (from the string, or from the
 * system table) is read as UTF-16, inserts and escape sequences are expanded into a growing
 * buffer, and the result is delivered as UTF-16 (W) or converted to the ANSI code page,
 * UTF-8 (A). An insert %n!fmt! is formatted by the runtime's wide printf (wprintf.c), with its
 * string and character conversions given the size the calling form implies: in FormatMessageA
 * %1!s! is a char string and %1!S! a wide one, in FormatMessageW the reverse, as documented.
 *
 * The rules follow the FormatMessage reference: inserts %1 to %99, !s! by default; a width
 * or precision given as '*' takes the next inserts, so "%1!*.*s! %4" uses inserts 1 to 3 for
 * the first field (the documented arguments-array numbering; it is used for a va_list too,
 * whose arguments are read in order, each as 32 bits unless the insert is 64-bit); %0 ends
 * the message with no newline; %n is a hard line break (CR LF), %r a bare CR, %t a tab, "% ",
 * "%.", "%!" and "%%" the character itself. A line break in the definition is kept as CR LF
 * when the low byte of dwFlags is 0; with FORMAT_MESSAGE_MAX_WIDTH_MASK it becomes a space,
 * and any other low byte is a line width: lines are broken at white space, a word longer
 * than the width is not split ("The function never splits a string delimited by white space
 * across a line break"). FORMAT_MESSAGE_IGNORE_INSERTS copies inserts and "%%" unchanged and
 * still expands the other escapes. A '%' ending the definition, or an insert with no
 * arguments (Arguments NULL), fails with ERROR_INVALID_PARAMETER.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>
#include "kernel32_internal.h"
#include "messages/system_table.h"

/* "If the length of the formatted message exceeds 128K bytes, then FormatMessage will fail
 * and a subsequent call to GetLastError will return ERROR_MORE_DATA." */
#define ALLOCATE_LIMIT (128 * 1024)

typedef struct {
    WCHAR *p;
    size_t len, cap;
    int failed;
} out_t;

static void put(out_t *o, const WCHAR *s, size_t n)
{
    if (o->failed) return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 128;
        WCHAR *p;
        while (cap < o->len + n + 1) cap *= 2;
        p = realloc(o->p, cap * sizeof *p);
        if (!p) { o->failed = 1; return; }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, s, n * sizeof *s);
    o->len += n;
    o->p[o->len] = 0;
}

static void put1(out_t *o, WCHAR c) { put(o, &c, 1); }

/* The arguments: an array of DWORD_PTR, or a va_list read in order and kept as read. */
typedef struct {
    int array;
    const DWORD_PTR *values;
    va_list *list;
    unsigned long long read[128];
    int count;
} args_t;

/* Argument `index` (1-based) as 32 bits, or as 64 (wide: from a va_list, one 64-bit argument;
 * from an array, two entries, low first, as 32-bit Windows reads them). */
static unsigned long long arg(args_t *a, int index, int wide)
{
    if (index < 1 || index > 99) return 0;
    if (a->array) {
        unsigned long long v = a->values[index - 1];
        if (wide) v |= (unsigned long long)a->values[index] << 32;
        return v;
    }
    while (a->count < index) {
        int next = ++a->count;
        a->read[next] = next == index && wide ? va_arg(*a->list, unsigned long long) : va_arg(*a->list, unsigned int);
    }
    return a->read[index];
}

/* The printf conversion of an insert's format, with sizes made explicit for the wide printf:
 * string and character conversions get h (narrow) or l (wide). Returns 0 for a format the
 * function does not support (floating point, as documented, or an unknown conversion). */
static int conversion(const WCHAR *spec, size_t n, int ansi, WCHAR *fmt, size_t cap, int *stars, int *wide64, int *kind)
{
    size_t i, o = 0;
    WCHAR type;
    if (n == 0 || n + 4 > cap) return 0;
    type = spec[n - 1];
    fmt[o++] = L'%';
    *stars = 0;
    *wide64 = 0;
    for (i = 0; i + 1 < n; i++) {
        if (spec[i] == L'*') ++*stars;
        if (spec[i] == L'I' && i + 2 < n && spec[i + 1] == L'6' && spec[i + 2] == L'4') *wide64 = 1;
        if (spec[i] == L'l' && i + 2 < n && spec[i + 1] == L'l') *wide64 = 1;
        if (spec[i] == L'j' || spec[i] == L'L') *wide64 = 1;
    }
    switch (type) {
    case L's': case L'S': case L'c': case L'C': {
        int narrow = (type == L's' || type == L'c') ? ansi : !ansi;
        size_t keep = n - 1;
        /* An explicit h, l or w decides. */
        if (keep > 0 && (spec[keep - 1] == L'h' || spec[keep - 1] == L'l' || spec[keep - 1] == L'w')) {
            narrow = spec[keep - 1] == L'h';
            keep--;
        }
        for (i = 0; i < keep; i++) fmt[o++] = spec[i];
        fmt[o++] = narrow ? L'h' : L'l';
        fmt[o++] = (type == L's' || type == L'S') ? L's' : L'c';
        *kind = (type == L's' || type == L'S') ? 's' : 'c';
        break;
    }
    case L'd': case L'i': case L'u': case L'x': case L'X': case L'o': case L'p':
        for (i = 0; i < n; i++) fmt[o++] = spec[i];
        *kind = 'd';
        break;
    default:
        return 0;
    }
    fmt[o] = 0;
    return 1;
}

/* One insert, formatted and appended. Returns 1, 0 if the arguments are missing, or 2 for
 * a format FormatMessage does not support (the caller copies the insert as written). */
static int insert(out_t *o, args_t *a, int number, const WCHAR *spec, size_t n, int ansi)
{
    WCHAR fmt[40];
    int stars, wide64, kind, len, v1 = 0, v2 = 0, next = number;
    unsigned long long value;
    WCHAR *tmp;
    if (!a->array && !a->list) return 0;
    if (!conversion(spec, n, ansi, fmt, sizeof fmt / sizeof fmt[0], &stars, &wide64, &kind)) return 2;
    if (stars > 0) v1 = (int)arg(a, next++, 0);
    if (stars > 1) v2 = (int)arg(a, next++, 0);
    value = arg(a, next, wide64);
    if (kind == 's' && value == 0) {
        /* A NULL string prints as the CRT prints it. */
        static const WCHAR null_text[] = L"(null)";
        value = (uintptr_t)(fmt[wcslen(fmt) - 2] == L'h' ? (const void *)"(null)" : (const void *)null_text);
    }
#define EMIT(...) do { \
        len = _scwprintf(fmt, __VA_ARGS__); \
        if (len < 0) return 1; \
        tmp = malloc(((size_t)len + 1) * sizeof *tmp); \
        if (!tmp) { o->failed = 1; return 1; } \
        swprintf(tmp, (size_t)len + 1, fmt, __VA_ARGS__); \
        put(o, tmp, (size_t)len); \
        free(tmp); \
    } while (0)
    if (wide64) {
        if (stars == 0) EMIT(value);
        else if (stars == 1) EMIT(v1, value);
        else EMIT(v1, v2, value);
    } else if (kind == 's') {
        const void *s = (const void *)(uintptr_t)value;
        if (stars == 0) EMIT(s);
        else if (stars == 1) EMIT(v1, s);
        else EMIT(v1, v2, s);
    } else {
        unsigned int u = (unsigned int)value;
        if (stars == 0) EMIT(u);
        else if (stars == 1) EMIT(v1, u);
        else EMIT(v1, v2, u);
    }
#undef EMIT
    return 1;
}

/* Breaks the finished text at spaces so that no line exceeds width (a word longer than the
 * width stands alone on its line; runs of spaces become one). Hard breaks (%n, %r) are kept. */
static void wrap(out_t *o, size_t width)
{
    out_t w = { 0 };
    size_t i = 0, col = 0;
    while (i < o->len) {
        size_t start, end;
        if (o->p[i] == L'\r' && i + 1 < o->len && o->p[i + 1] == L'\n') {
            put(&w, L"\r\n", 2);
            col = 0;
            i += 2;
            continue;
        }
        if (o->p[i] == L'\r') {
            /* A bare CR (%r) also starts the line again. */
            put1(&w, L'\r');
            col = 0;
            i++;
            continue;
        }
        if (o->p[i] == L' ') {
            /* Spaces separate words; one is put back between two words on a line. */
            i++;
            continue;
        }
        start = i;
        while (i < o->len && o->p[i] != L' ' && o->p[i] != L'\r') i++;
        end = i;
        if (col > 0) {
            if (col + 1 + (end - start) > width) {
                put(&w, L"\r\n", 2);
                col = 0;
            } else {
                put1(&w, L' ');
                col++;
            }
        }
        put(&w, o->p + start, end - start);
        col += end - start;
    }
    if (w.failed) { o->failed = 1; free(w.p); return; }
    free(o->p);
    *o = w;
    if (!o->p) put(o, L"", 0);
}

/* Formats the definition src[0..n) into o. Returns 0, or the error code. */
static DWORD format(const WCHAR *src, size_t n, DWORD flags, int ansi, args_t *a, out_t *o)
{
    DWORD width = flags & FORMAT_MESSAGE_MAX_WIDTH_MASK;
    int ignore = (flags & FORMAT_MESSAGE_IGNORE_INSERTS) != 0;
    size_t i = 0;
    put(o, L"", 0);
    while (i < n) {
        WCHAR c = src[i];
        if (c == L'\r' || c == L'\n') {
            /* A line break of the definition: CR LF, CR or LF. */
            i += (c == L'\r' && i + 1 < n && src[i + 1] == L'\n') ? 2 : 1;
            if (width == 0) put(o, L"\r\n", 2);
            else put1(o, L' ');
            continue;
        }
        if (c != L'%') {
            put1(o, c);
            i++;
            continue;
        }
        if (++i >= n) return ERROR_INVALID_PARAMETER;
        c = src[i];
        if (c >= L'1' && c <= L'9') {
            size_t begin = i - 1, spec = 0, speclen = 0;
            int number = c - L'0';
            i++;
            if (i < n && src[i] >= L'0' && src[i] <= L'9') number = number * 10 + (src[i++] - L'0');
            if (i < n && src[i] == L'!') {
                size_t close = i + 1;
                while (close < n && src[close] != L'!') close++;
                if (close >= n) return ERROR_INVALID_PARAMETER;
                spec = i + 1;
                speclen = close - spec;
                i = close + 1;
            }
            if (ignore) {
                put(o, src + begin, i - begin);
                continue;
            }
            switch (insert(o, a, number, speclen ? src + spec : L"s", speclen ? speclen : 1, ansi)) {
            case 0: return ERROR_INVALID_PARAMETER;
            case 2: put(o, src + begin, i - begin); break;
            }
            continue;
        }
        i++;
        switch (c) {
        case L'0':
            /* The message ends here, with no newline. */
            goto done;
        case L'n': put(o, L"\r\n", 2); break;
        case L'r': put1(o, L'\r'); break;
        case L't': put1(o, L'\t'); break;
        case L'%':
            if (ignore) put(o, L"%%", 2);
            else put1(o, L'%');
            break;
        default:
            /* "% ", "%.", "%!" and any other character: the character itself. */
            put1(o, c);
            break;
        }
    }
done:
    if (width != 0 && width != FORMAT_MESSAGE_MAX_WIDTH_MASK) wrap(o, width);
    return o->failed ? ERROR_NOT_ENOUGH_MEMORY : 0;
}

/* The system message for code, or NULL. HRESULT_FROM_WIN32 codes (0x8007xxxx) are the same
 * messages. */
static const struct __wsw_message *system_message(DWORD code)
{
    size_t lo = 0, hi = sizeof __wsw_messages / sizeof __wsw_messages[0];
    if ((code & 0xFFFF0000u) == 0x80070000u) code &= 0xFFFF;
    if (code > 0xFFFF) return NULL;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (__wsw_messages[mid].code == code) return &__wsw_messages[mid];
        if (__wsw_messages[mid].code < code) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* English texts only: 0 (the documented search order ends at U.S. English), a neutral
 * language, or English. */
static int language_ok(DWORD lang)
{
    WORD primary = PRIMARYLANGID((WORD)lang);
    return lang == 0 || primary == LANG_NEUTRAL || primary == LANG_ENGLISH;
}

/* The definition to format, as UTF-16 (malloc'd) and its length; 0, or the error code. */
static DWORD definition(DWORD flags, LPCVOID source, DWORD id, DWORD lang, int ansi, WCHAR **text, size_t *len)
{
    if (flags & FORMAT_MESSAGE_FROM_STRING) {
        if (!source) return ERROR_INVALID_PARAMETER;
        if (ansi) {
            size_t bytes = strlen((const char *)source), units = __wsw_utf16_of(source, bytes, NULL, 0);
            *text = malloc((units + 1) * sizeof **text);
            if (!*text) return ERROR_NOT_ENOUGH_MEMORY;
            __wsw_utf16_of(source, bytes, *text, units);
            *len = units;
        } else {
            *len = wcslen((const WCHAR *)source);
            *text = malloc((*len + 1) * sizeof **text);
            if (!*text) return ERROR_NOT_ENOUGH_MEMORY;
            memcpy(*text, source, *len * sizeof **text);
        }
        return 0;
    }
    if (!(flags & (FORMAT_MESSAGE_FROM_HMODULE | FORMAT_MESSAGE_FROM_SYSTEM))) return ERROR_INVALID_PARAMETER;
    if (!(flags & FORMAT_MESSAGE_FROM_SYSTEM)) {
        /* "If the module has no message table resource, the function fails with
         * ERROR_RESOURCE_TYPE_NOT_FOUND." No module here has one. */
        return ERROR_RESOURCE_TYPE_NOT_FOUND;
    }
    {
        const struct __wsw_message *m = system_message(id);
        size_t i;
        if (!m) return ERROR_MR_MID_NOT_FOUND;
        if (!language_ok(lang)) return ERROR_RESOURCE_LANG_NOT_FOUND;
        /* A system message ends with a line break. */
        *len = (size_t)m->length + 2;
        *text = malloc((*len + 1) * sizeof **text);
        if (!*text) return ERROR_NOT_ENOUGH_MEMORY;
        for (i = 0; i < m->length; i++) (*text)[i] = (unsigned char)__wsw_message_text[m->offset + i];
        (*text)[m->length] = L'\r';
        (*text)[m->length + 1] = L'\n';
        return 0;
    }
}

/* Formats into a malloc'd UTF-16 result. Returns 0 or the error code. */
static DWORD format_message(DWORD flags, LPCVOID source, DWORD id, DWORD lang, va_list *arguments, int ansi,
                            out_t *o)
{
    WCHAR *text = NULL;
    size_t len = 0;
    args_t a;
    DWORD err = definition(flags, source, id, lang, ansi, &text, &len);
    if (err) return err;
    memset(&a, 0, sizeof a);
    a.array = (flags & FORMAT_MESSAGE_ARGUMENT_ARRAY) && arguments;
    a.values = (const DWORD_PTR *)arguments;
    a.list = (flags & FORMAT_MESSAGE_ARGUMENT_ARRAY) ? NULL : arguments;
    err = format(text, len, flags, ansi, &a, o);
    free(text);
    return err;
}

DWORD WINAPI FormatMessageW(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId, DWORD dwLanguageId, LPWSTR lpBuffer,
                            DWORD nSize, va_list *Arguments)
{
    out_t o = { 0 };
    DWORD err, n;
    if (!lpBuffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    err = format_message(dwFlags, lpSource, dwMessageId, dwLanguageId, Arguments, 0, &o);
    if (err) goto fail;
    n = (DWORD)o.len;
    if (dwFlags & FORMAT_MESSAGE_ALLOCATE_BUFFER) {
        size_t units = (size_t)n + 1 > nSize ? (size_t)n + 1 : nSize;
        WCHAR *p;
        if (units * sizeof(WCHAR) > ALLOCATE_LIMIT) { err = ERROR_MORE_DATA; goto fail; }
        p = LocalAlloc(LMEM_FIXED, units * sizeof(WCHAR));
        if (!p) { err = ERROR_NOT_ENOUGH_MEMORY; goto fail; }
        memcpy(p, o.p, ((size_t)n + 1) * sizeof(WCHAR));
        *(LPWSTR *)lpBuffer = p;
    } else {
        if ((size_t)n + 1 > nSize) { err = ERROR_INSUFFICIENT_BUFFER; goto fail; }
        memcpy(lpBuffer, o.p, ((size_t)n + 1) * sizeof(WCHAR));
    }
    free(o.p);
    return n;
fail:
    free(o.p);
    SetLastError(err);
    return 0;
}

DWORD WINAPI FormatMessageA(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId, DWORD dwLanguageId, LPSTR lpBuffer,
                            DWORD nSize, va_list *Arguments)
{
    out_t o = { 0 };
    char *text = NULL;
    DWORD err;
    size_t n;
    if (!lpBuffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    err = format_message(dwFlags, lpSource, dwMessageId, dwLanguageId, Arguments, 1, &o);
    if (err) goto fail;
    text = __wsw_utf8_of(o.p, (int)o.len);
    if (!text) { err = ERROR_NOT_ENOUGH_MEMORY; goto fail; }
    n = strlen(text);
    if (dwFlags & FORMAT_MESSAGE_ALLOCATE_BUFFER) {
        size_t bytes = n + 1 > nSize ? n + 1 : nSize;
        char *p;
        if (bytes > ALLOCATE_LIMIT) { err = ERROR_MORE_DATA; goto fail; }
        p = LocalAlloc(LMEM_FIXED, bytes);
        if (!p) { err = ERROR_NOT_ENOUGH_MEMORY; goto fail; }
        memcpy(p, text, n + 1);
        *(LPSTR *)lpBuffer = p;
    } else {
        if (n + 1 > nSize) { err = ERROR_INSUFFICIENT_BUFFER; goto fail; }
        memcpy(lpBuffer, text, n + 1);
    }
    free(text);
    free(o.p);
    return (DWORD)n;
fail:
    free(text);
    free(o.p);
    SetLastError(err);
    return 0;
}
