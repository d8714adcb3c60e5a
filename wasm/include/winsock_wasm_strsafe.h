/* The bodies of strsafe.h's functions for one character type; strsafe.h includes this file
 * twice: with __SS_CH char and __SS(n) n##A, then with WCHAR and n##W. Not for direct use. */
#ifndef __SS_CH
#error "include <strsafe.h>, not winsock_wasm_strsafe.h"
#endif

/* The documented flag handling every Ex form shares, after the operation put `hr`.
 * Success: STRSAFE_FILL_BEHIND_NULL fills the unused part after the terminator. Failure:
 * STRSAFE_FILL_ON_FAILURE fills the whole buffer and terminates its last element (with a fill
 * byte of 0 the result is the empty string); STRSAFE_NULL_ON_FAILURE makes it the empty
 * string; STRSAFE_NO_TRUNCATION keeps `keep` units (0 for the copies, the original string
 * for the concatenations). */
static __inline HRESULT __SS(__wsw_strsafe_finish)(HRESULT hr, __SS_CH *dest, size_t cch, __SS_CH *end,
                                                  size_t keep, __SS_CH **ppEnd, size_t *pRemaining, DWORD flags)
{
    if (dest && cch) {
        if (SUCCEEDED(hr)) {
            if (flags & STRSAFE_FILL_BEHIND_NULL)
                memset(end + 1, STRSAFE_GET_FILL_PATTERN(flags), (cch - (size_t)(end - dest) - 1) * sizeof(__SS_CH));
        } else if (hr != STRSAFE_E_INVALID_PARAMETER || cch <= STRSAFE_MAX_CCH) {
            if (flags & STRSAFE_FILL_ON_FAILURE) {
                memset(dest, STRSAFE_GET_FILL_PATTERN(flags), cch * sizeof(__SS_CH));
                if (STRSAFE_GET_FILL_PATTERN(flags) == 0) end = dest;
                else end = dest + cch - 1;
                *end = 0;
            }
            if (flags & (STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION)) {
                if (flags & STRSAFE_NO_TRUNCATION) end = dest + keep;
                else end = dest;
                *end = 0;
            }
        }
    }
    if (SUCCEEDED(hr) || hr == STRSAFE_E_INSUFFICIENT_BUFFER) {
        if (ppEnd) *ppEnd = end;
        if (pRemaining) *pRemaining = cch - (size_t)(end - dest);
    }
    return hr;
}

/* Copies at most n units of src (to its terminator) after the `start` units already in dest. */
static __inline HRESULT __SS(__wsw_strsafe_put)(__SS_CH *dest, size_t cch, size_t start, const __SS_CH *src,
                                               size_t n, __SS_CH **end)
{
    size_t i = start;
    while (n && *src && i < cch - 1) { dest[i++] = *src++; n--; }
    dest[i] = 0;
    *end = dest + i;
    return (n && *src) ? STRSAFE_E_INSUFFICIENT_BUFFER : S_OK;
}

/* Copy (cat == 0) or concatenate (cat != 0) at most n units of src. */
static __inline HRESULT __SS(__wsw_strsafe_copycat)(__SS_CH *dest, size_t cch, const __SS_CH *src, size_t n,
                                                   __SS_CH **ppEnd, size_t *pRemaining, DWORD flags, int cat)
{
    static const __SS_CH empty[1] = { 0 };
    __SS_CH *end = dest;
    size_t start = 0;
    HRESULT hr;
    if (flags & ~STRSAFE_VALID_FLAGS) return STRSAFE_E_INVALID_PARAMETER;
    if (flags & STRSAFE_IGNORE_NULLS) {
        if (!src) src = empty;
        if (!dest && cch == 0) {
            if (cat == 0 && (n == 0 || !*src)) hr = S_OK;
            else hr = (n == 0 || !*src) ? S_OK : STRSAFE_E_INSUFFICIENT_BUFFER;
            if (hr == S_OK) { if (ppEnd) *ppEnd = dest; if (pRemaining) *pRemaining = 0; }
            return hr;
        }
    }
    if (!dest || !src || cch == 0 || cch > STRSAFE_MAX_CCH || n > STRSAFE_MAX_CCH)
        return __SS(__wsw_strsafe_finish)(STRSAFE_E_INVALID_PARAMETER, dest, cch, dest, 0, ppEnd, pRemaining,
                                           (dest && cch && cch <= STRSAFE_MAX_CCH) ? flags : 0);
    if (cat) {
        while (start < cch && dest[start]) start++;
        if (start == cch) return STRSAFE_E_INVALID_PARAMETER; /* dest is not terminated within cch */
    }
    hr = __SS(__wsw_strsafe_put)(dest, cch, start, src, n, &end);
    return __SS(__wsw_strsafe_finish)(hr, dest, cch, end, start, ppEnd, pRemaining, flags);
}

static __inline HRESULT __SS(StringCchCopyEx)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc, __SS_CH **ppszDestEnd, size_t *pcchRemaining, DWORD dwFlags)
{ return __SS(__wsw_strsafe_copycat)(pszDest, cchDest, pszSrc, STRSAFE_MAX_CCH, ppszDestEnd, pcchRemaining, dwFlags, 0); }
static __inline HRESULT __SS(StringCchCopy)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc)
{ return __SS(StringCchCopyEx)(pszDest, cchDest, pszSrc, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCchCopyNEx)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc, size_t cchToCopy, __SS_CH **ppszDestEnd, size_t *pcchRemaining, DWORD dwFlags)
{ return __SS(__wsw_strsafe_copycat)(pszDest, cchDest, pszSrc, cchToCopy, ppszDestEnd, pcchRemaining, dwFlags, 0); }
static __inline HRESULT __SS(StringCchCopyN)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc, size_t cchToCopy)
{ return __SS(StringCchCopyNEx)(pszDest, cchDest, pszSrc, cchToCopy, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCchCatEx)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc, __SS_CH **ppszDestEnd, size_t *pcchRemaining, DWORD dwFlags)
{ return __SS(__wsw_strsafe_copycat)(pszDest, cchDest, pszSrc, STRSAFE_MAX_CCH, ppszDestEnd, pcchRemaining, dwFlags, 1); }
static __inline HRESULT __SS(StringCchCat)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc)
{ return __SS(StringCchCatEx)(pszDest, cchDest, pszSrc, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCchCatNEx)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc, size_t cchToAppend, __SS_CH **ppszDestEnd, size_t *pcchRemaining, DWORD dwFlags)
{ return __SS(__wsw_strsafe_copycat)(pszDest, cchDest, pszSrc, cchToAppend, ppszDestEnd, pcchRemaining, dwFlags, 1); }
static __inline HRESULT __SS(StringCchCatN)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszSrc, size_t cchToAppend)
{ return __SS(StringCchCatNEx)(pszDest, cchDest, pszSrc, cchToAppend, NULL, NULL, 0); }

static __inline HRESULT __SS(StringCchVPrintfEx)(__SS_CH *pszDest, size_t cchDest, __SS_CH **ppszDestEnd, size_t *pcchRemaining, DWORD dwFlags, const __SS_CH *pszFormat, va_list argList)
{
    static const __SS_CH empty[1] = { 0 };
    __SS_CH *end = pszDest;
    HRESULT hr = S_OK;
    int r;
    if (dwFlags & ~STRSAFE_VALID_FLAGS) return STRSAFE_E_INVALID_PARAMETER;
    if (dwFlags & STRSAFE_IGNORE_NULLS) {
        if (!pszFormat) pszFormat = empty;
        if (!pszDest && cchDest == 0) {
            if (*pszFormat) return STRSAFE_E_INSUFFICIENT_BUFFER;
            if (ppszDestEnd) *ppszDestEnd = pszDest;
            if (pcchRemaining) *pcchRemaining = 0;
            return S_OK;
        }
    }
    if (!pszDest || !pszFormat || cchDest == 0 || cchDest > STRSAFE_MAX_CCH)
        return __SS(__wsw_strsafe_finish)(STRSAFE_E_INVALID_PARAMETER, pszDest, cchDest, pszDest, 0, ppszDestEnd, pcchRemaining,
                                           (pszDest && cchDest && cchDest <= STRSAFE_MAX_CCH) ? dwFlags : 0);
    /* At most cchDest - 1 units and the terminator; a longer result is truncated there. */
    r = __SS_VSNPRINTF(pszDest, cchDest - 1, pszFormat, argList);
    if (r < 0 || (size_t)r > cchDest - 1) {
        end = pszDest + cchDest - 1;
        hr = STRSAFE_E_INSUFFICIENT_BUFFER;
    } else {
        end = pszDest + r;
    }
    *end = 0;
    return __SS(__wsw_strsafe_finish)(hr, pszDest, cchDest, end, 0, ppszDestEnd, pcchRemaining, dwFlags);
}
static __inline HRESULT __SS(StringCchVPrintf)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszFormat, va_list argList)
{ return __SS(StringCchVPrintfEx)(pszDest, cchDest, NULL, NULL, 0, pszFormat, argList); }
static __inline HRESULT __SS(StringCchPrintfEx)(__SS_CH *pszDest, size_t cchDest, __SS_CH **ppszDestEnd, size_t *pcchRemaining, DWORD dwFlags, const __SS_CH *pszFormat, ...)
{
    HRESULT hr; va_list ap; va_start(ap, pszFormat);
    hr = __SS(StringCchVPrintfEx)(pszDest, cchDest, ppszDestEnd, pcchRemaining, dwFlags, pszFormat, ap);
    va_end(ap); return hr;
}
static __inline HRESULT __SS(StringCchPrintf)(__SS_CH *pszDest, size_t cchDest, const __SS_CH *pszFormat, ...)
{
    HRESULT hr; va_list ap; va_start(ap, pszFormat);
    hr = __SS(StringCchVPrintfEx)(pszDest, cchDest, NULL, NULL, 0, pszFormat, ap);
    va_end(ap); return hr;
}

static __inline HRESULT __SS(StringCchLength)(const __SS_CH *psz, size_t cchMax, size_t *pcchLength)
{
    size_t n = 0;
    HRESULT hr = STRSAFE_E_INVALID_PARAMETER;
    if (psz && cchMax <= STRSAFE_MAX_CCH) {
        while (n < cchMax && psz[n]) n++;
        if (n < cchMax) hr = S_OK;
    }
    if (pcchLength) *pcchLength = SUCCEEDED(hr) ? n : 0;
    return hr;
}

/* The byte-counted forms: cb / sizeof(unit) units; the counts they return are bytes. */
#define __SS_CB_OK(cb) ((cb) <= STRSAFE_MAX_CCH * sizeof(__SS_CH))
static __inline HRESULT __SS(__wsw_strsafe_cb)(HRESULT hr, size_t *pcbRemaining, size_t cch)
{ if (pcbRemaining && (SUCCEEDED(hr) || hr == STRSAFE_E_INSUFFICIENT_BUFFER)) *pcbRemaining = cch * sizeof(__SS_CH); return hr; }
static __inline HRESULT __SS(StringCbCopyEx)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc, __SS_CH **ppszDestEnd, size_t *pcbRemaining, DWORD dwFlags)
{
    size_t r = 0;
    if (!__SS_CB_OK(cbDest)) return STRSAFE_E_INVALID_PARAMETER;
    return __SS(__wsw_strsafe_cb)(__SS(StringCchCopyEx)(pszDest, cbDest / sizeof(__SS_CH), pszSrc, ppszDestEnd, &r, dwFlags), pcbRemaining, r);
}
static __inline HRESULT __SS(StringCbCopy)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc)
{ return __SS(StringCbCopyEx)(pszDest, cbDest, pszSrc, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCbCopyNEx)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc, size_t cbToCopy, __SS_CH **ppszDestEnd, size_t *pcbRemaining, DWORD dwFlags)
{
    size_t r = 0;
    if (!__SS_CB_OK(cbDest) || !__SS_CB_OK(cbToCopy)) return STRSAFE_E_INVALID_PARAMETER;
    return __SS(__wsw_strsafe_cb)(__SS(StringCchCopyNEx)(pszDest, cbDest / sizeof(__SS_CH), pszSrc, cbToCopy / sizeof(__SS_CH), ppszDestEnd, &r, dwFlags), pcbRemaining, r);
}
static __inline HRESULT __SS(StringCbCopyN)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc, size_t cbToCopy)
{ return __SS(StringCbCopyNEx)(pszDest, cbDest, pszSrc, cbToCopy, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCbCatEx)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc, __SS_CH **ppszDestEnd, size_t *pcbRemaining, DWORD dwFlags)
{
    size_t r = 0;
    if (!__SS_CB_OK(cbDest)) return STRSAFE_E_INVALID_PARAMETER;
    return __SS(__wsw_strsafe_cb)(__SS(StringCchCatEx)(pszDest, cbDest / sizeof(__SS_CH), pszSrc, ppszDestEnd, &r, dwFlags), pcbRemaining, r);
}
static __inline HRESULT __SS(StringCbCat)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc)
{ return __SS(StringCbCatEx)(pszDest, cbDest, pszSrc, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCbCatNEx)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc, size_t cbToAppend, __SS_CH **ppszDestEnd, size_t *pcbRemaining, DWORD dwFlags)
{
    size_t r = 0;
    if (!__SS_CB_OK(cbDest) || !__SS_CB_OK(cbToAppend)) return STRSAFE_E_INVALID_PARAMETER;
    return __SS(__wsw_strsafe_cb)(__SS(StringCchCatNEx)(pszDest, cbDest / sizeof(__SS_CH), pszSrc, cbToAppend / sizeof(__SS_CH), ppszDestEnd, &r, dwFlags), pcbRemaining, r);
}
static __inline HRESULT __SS(StringCbCatN)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszSrc, size_t cbToAppend)
{ return __SS(StringCbCatNEx)(pszDest, cbDest, pszSrc, cbToAppend, NULL, NULL, 0); }
static __inline HRESULT __SS(StringCbVPrintfEx)(__SS_CH *pszDest, size_t cbDest, __SS_CH **ppszDestEnd, size_t *pcbRemaining, DWORD dwFlags, const __SS_CH *pszFormat, va_list argList)
{
    size_t r = 0;
    if (!__SS_CB_OK(cbDest)) return STRSAFE_E_INVALID_PARAMETER;
    return __SS(__wsw_strsafe_cb)(__SS(StringCchVPrintfEx)(pszDest, cbDest / sizeof(__SS_CH), ppszDestEnd, &r, dwFlags, pszFormat, argList), pcbRemaining, r);
}
static __inline HRESULT __SS(StringCbVPrintf)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszFormat, va_list argList)
{ return __SS(StringCbVPrintfEx)(pszDest, cbDest, NULL, NULL, 0, pszFormat, argList); }
static __inline HRESULT __SS(StringCbPrintfEx)(__SS_CH *pszDest, size_t cbDest, __SS_CH **ppszDestEnd, size_t *pcbRemaining, DWORD dwFlags, const __SS_CH *pszFormat, ...)
{
    HRESULT hr; va_list ap; va_start(ap, pszFormat);
    hr = __SS(StringCbVPrintfEx)(pszDest, cbDest, ppszDestEnd, pcbRemaining, dwFlags, pszFormat, ap);
    va_end(ap); return hr;
}
static __inline HRESULT __SS(StringCbPrintf)(__SS_CH *pszDest, size_t cbDest, const __SS_CH *pszFormat, ...)
{
    HRESULT hr; va_list ap; va_start(ap, pszFormat);
    hr = __SS(StringCbVPrintfEx)(pszDest, cbDest, NULL, NULL, 0, pszFormat, ap);
    va_end(ap); return hr;
}
static __inline HRESULT __SS(StringCbLength)(const __SS_CH *psz, size_t cbMax, size_t *pcbLength)
{
    size_t n = 0;
    HRESULT hr = __SS_CB_OK(cbMax) ? __SS(StringCchLength)(psz, cbMax / sizeof(__SS_CH), &n) : STRSAFE_E_INVALID_PARAMETER;
    if (pcbLength) *pcbLength = SUCCEEDED(hr) ? n * sizeof(__SS_CH) : 0;
    return hr;
}
#undef __SS_CB_OK
