/*
 * ws2_addrinfo.c - the UTF-16 and extended forms of ws2_32's name functions: GetAddrInfoW,
 * FreeAddrInfoW, GetNameInfoW, GetAddrInfoExA/W, FreeAddrInfoEx/W, GetAddrInfoExCancel and
 * GetAddrInfoExOverlappedResult (winsock-wasm runtime). Pure C over the getaddrinfo and
 * getnameinfo imports, so the checks, the error codes and WSAGetLastError are theirs; names
 * cross as UTF-8 with kernel32's converter.
 *
 * A result list is copied out of getaddrinfo's into one block per entry (the entry, then its
 * sockaddr, then its canonical name), so that FreeAddrInfoW and FreeAddrInfoEx free exactly
 * what these functions allocate, entry by entry along ai_next, as Windows frees a list.
 *
 * GetAddrInfoEx with lpOverlapped completes before it returns WSA_IO_PENDING: the result is in
 * *ppResult, lpOverlapped->Internal holds the error code GetAddrInfoExOverlappedResult gives,
 * and the completion routine has run, or else the event is set. That is one of the orders
 * Windows allows (its completion runs on another thread, possibly before the call returns); a
 * handle in *lpHandle names an operation already complete, so GetAddrInfoExCancel gives
 * WSA_INVALID_HANDLE, as Windows does for a completed request.
 */
#include <stdlib.h>
#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#include "kernel32_internal.h"

#undef FreeAddrInfoEx /* the A function, whatever UNICODE says */

/* The fields every addrinfo form shares, at the same offsets; the next pointer differs. */
struct ai_head {
    int ai_flags, ai_family, ai_socktype, ai_protocol;
    size_t ai_addrlen;
    void *ai_canonname;
    struct sockaddr *ai_addr;
};
_Static_assert(offsetof(struct ai_head, ai_addr) == offsetof(ADDRINFOW, ai_addr), "addrinfo head");
_Static_assert(offsetof(struct ai_head, ai_addr) == offsetof(ADDRINFOEXW, ai_addr), "addrinfoex head");
_Static_assert(offsetof(struct ai_head, ai_canonname) == offsetof(ADDRINFOEXA, ai_canonname), "addrinfoex head");

/* The shape of one form: its size, where ai_next is, and whether names are UTF-16. */
struct ai_form {
    size_t size, next;
    int wide;
};
static const struct ai_form FORM_W = {sizeof(ADDRINFOW), offsetof(ADDRINFOW, ai_next), 1};
static const struct ai_form FORM_EXA = {sizeof(ADDRINFOEXA), offsetof(ADDRINFOEXA, ai_next), 0};
static const struct ai_form FORM_EXW = {sizeof(ADDRINFOEXW), offsetof(ADDRINFOEXW, ai_next), 1};

static void **next_of(void *entry, const struct ai_form *f) { return (void **)((char *)entry + f->next); }

static void free_list(void *p, const struct ai_form *f)
{
    while (p) {
        void *next = *next_of(p, f);
        free(p);
        p = next;
    }
}

/* UTF-8 as a malloc'd UTF-16 string; NULL for NULL or no memory. */
static WCHAR *wide_of(const char *s)
{
    size_t n, need;
    WCHAR *w;
    if (!s) return NULL;
    n = strlen(s);
    need = __wsw_utf16_of(s, n, NULL, 0);
    w = malloc((need + 1) * sizeof(WCHAR));
    if (!w) return NULL;
    __wsw_utf16_of(s, n, w, need);
    w[need] = 0;
    return w;
}

static int fail(int code)
{
    WSASetLastError(code);
    return code;
}

/* getaddrinfo's list in form f, or 0 with *out NULL and the error code. */
static int copy_list(const ADDRINFOA *src, const struct ai_form *f, void **out)
{
    void *head = NULL, **link = &head;
    *out = NULL;
    for (; src; src = src->ai_next) {
        size_t canon = 0, units = 0;
        char *block;
        struct ai_head *e;
        if (src->ai_canonname) {
            size_t n = strlen(src->ai_canonname);
            units = f->wide ? __wsw_utf16_of(src->ai_canonname, n, NULL, 0) : n;
            canon = (units + 1) * (f->wide ? sizeof(WCHAR) : 1);
        }
        block = calloc(1, f->size + src->ai_addrlen + canon);
        if (!block) {
            free_list(head, f);
            return fail(WSA_NOT_ENOUGH_MEMORY);
        }
        e = (struct ai_head *)block;
        e->ai_flags = src->ai_flags;
        e->ai_family = src->ai_family;
        e->ai_socktype = src->ai_socktype;
        e->ai_protocol = src->ai_protocol;
        e->ai_addrlen = src->ai_addrlen;
        if (src->ai_addr) {
            e->ai_addr = (struct sockaddr *)(block + f->size);
            memcpy(e->ai_addr, src->ai_addr, src->ai_addrlen);
        }
        if (src->ai_canonname) {
            char *name = block + f->size + src->ai_addrlen;
            if (f->wide) {
                WCHAR *w = (WCHAR *)name;
                __wsw_utf16_of(src->ai_canonname, strlen(src->ai_canonname), w, units);
                w[units] = 0;
            } else {
                memcpy(name, src->ai_canonname, units + 1);
            }
            e->ai_canonname = name;
        }
        *link = block;
        link = next_of(block, f);
    }
    *out = head;
    return 0;
}

/* The lookup in UTF-8, its list in form f. hints carries the four fields getaddrinfo reads. */
static int lookup(const char *name, const char *service, const ADDRINFOA *hints, const struct ai_form *f, void **out)
{
    ADDRINFOA *res = NULL;
    int rc = getaddrinfo(name, service, hints, &res);
    if (rc) return rc;
    rc = copy_list(res, f, out);
    freeaddrinfo(res);
    if (!rc) WSASetLastError(0);
    return rc;
}

/* Names as UTF-8 for a lookup: 0, or WSA_NOT_ENOUGH_MEMORY. */
static int names_utf8(PCWSTR name, PCWSTR service, char **n8, char **s8)
{
    *n8 = name ? __wsw_utf8_of(name, -1) : NULL;
    *s8 = service ? __wsw_utf8_of(service, -1) : NULL;
    if ((name && !*n8) || (service && !*s8)) {
        free(*n8);
        free(*s8);
        return WSA_NOT_ENOUGH_MEMORY;
    }
    return 0;
}

static void hints_of(const void *hints, ADDRINFOA *out)
{
    const struct ai_head *h = hints;
    memset(out, 0, sizeof *out);
    out->ai_flags = h->ai_flags;
    out->ai_family = h->ai_family;
    out->ai_socktype = h->ai_socktype;
    out->ai_protocol = h->ai_protocol;
}

INT WSAAPI GetAddrInfoW(PCWSTR pNodeName, PCWSTR pServiceName, const ADDRINFOW *pHints, PADDRINFOW *ppResult)
{
    ADDRINFOA hints;
    char *n8, *s8;
    void *list = NULL;
    int rc;
    if (!ppResult) return fail(WSAEINVAL); /* as getaddrinfo */
    *ppResult = NULL;
    if (names_utf8(pNodeName, pServiceName, &n8, &s8)) return fail(WSA_NOT_ENOUGH_MEMORY);
    if (pHints) hints_of(pHints, &hints);
    rc = lookup(n8, s8, pHints ? &hints : NULL, &FORM_W, &list);
    free(n8);
    free(s8);
    *ppResult = list;
    return rc;
}

VOID WSAAPI FreeAddrInfoW(PADDRINFOW pAddrInfo) { free_list(pAddrInfo, &FORM_W); }

/* One UTF-8 result as UTF-16 into out[cap] units with its terminator: 0, or WSAEFAULT. */
static int put_wide(const char *s, PWCHAR out, DWORD cap)
{
    size_t n = strlen(s), need = __wsw_utf16_of(s, n, NULL, 0);
    if (need + 1 > cap) return WSAEFAULT;
    __wsw_utf16_of(s, n, out, need);
    out[need] = 0;
    return 0;
}

INT WSAAPI GetNameInfoW(const SOCKADDR *pSockaddr, socklen_t SockaddrLength, PWCHAR pNodeBuffer, DWORD NodeBufferSize,
                        PWCHAR pServiceBuffer, DWORD ServiceBufferSize, INT Flags)
{
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int rc = getnameinfo(pSockaddr, SockaddrLength, pNodeBuffer ? host : NULL, pNodeBuffer ? sizeof host : 0,
                         pServiceBuffer ? serv : NULL, pServiceBuffer ? sizeof serv : 0, Flags);
    if (rc) return rc;
    if (pNodeBuffer && put_wide(host, pNodeBuffer, NodeBufferSize)) return fail(WSAEFAULT);
    if (pServiceBuffer && put_wide(serv, pServiceBuffer, ServiceBufferSize)) return fail(WSAEFAULT);
    return 0;
}

/* The handle *lpHandle receives: it names a request that is already complete. */
static char completed_request;

/* What GetAddrInfoEx does once the lookup has its answer. */
static INT complete(int rc, LPOVERLAPPED ov, LPLOOKUPSERVICE_COMPLETION_ROUTINE routine, LPHANDLE handle)
{
    if (!ov) return rc;
    ov->Internal = (ULONG_PTR)rc;
    ov->InternalHigh = 0;
    if (handle) *handle = (HANDLE)&completed_request;
    if (routine) routine((DWORD)rc, 0, ov);
    else if (ov->hEvent) SetEvent(ov->hEvent);
    WSASetLastError(WSA_IO_PENDING);
    return WSA_IO_PENDING;
}

/* The checks GetAddrInfoEx makes before it looks anything up: 0 or the error code. */
static int ex_checks(DWORD ns, const void *ppResult, LPOVERLAPPED ov, LPLOOKUPSERVICE_COMPLETION_ROUTINE routine)
{
    /* Only the DNS namespace has a provider here (NS_ALL queries every provider: DNS). */
    if (ns != NS_ALL && ns != NS_DNS) return WSAEINVAL;
    if (!ppResult) return WSAEINVAL;
    if (routine && !ov) return WSAEINVAL;
    return 0;
}

INT WSAAPI GetAddrInfoExA(PCSTR pName, PCSTR pServiceName, DWORD dwNameSpace, LPGUID lpNspId, const ADDRINFOEXA *hints,
                          PADDRINFOEXA *ppResult, struct timeval *timeout, LPOVERLAPPED lpOverlapped,
                          LPLOOKUPSERVICE_COMPLETION_ROUTINE lpCompletionRoutine, LPHANDLE lpNameHandle)
{
    ADDRINFOA h;
    void *list = NULL;
    int rc = ex_checks(dwNameSpace, ppResult, lpOverlapped, lpCompletionRoutine);
    (void)lpNspId;
    (void)timeout;
    if (rc) return fail(rc);
    *ppResult = NULL;
    if (hints) hints_of(hints, &h);
    rc = lookup(pName, pServiceName, hints ? &h : NULL, &FORM_EXA, &list);
    *ppResult = list;
    return complete(rc, lpOverlapped, lpCompletionRoutine, lpNameHandle);
}

INT WSAAPI GetAddrInfoExW(PCWSTR pName, PCWSTR pServiceName, DWORD dwNameSpace, LPGUID lpNspId, const ADDRINFOEXW *hints,
                          PADDRINFOEXW *ppResult, struct timeval *timeout, LPOVERLAPPED lpOverlapped,
                          LPLOOKUPSERVICE_COMPLETION_ROUTINE lpCompletionRoutine, LPHANDLE lpHandle)
{
    ADDRINFOA h;
    char *n8, *s8;
    void *list = NULL;
    int rc = ex_checks(dwNameSpace, ppResult, lpOverlapped, lpCompletionRoutine);
    (void)lpNspId;
    (void)timeout;
    if (rc) return fail(rc);
    *ppResult = NULL;
    if (names_utf8(pName, pServiceName, &n8, &s8)) return fail(WSA_NOT_ENOUGH_MEMORY);
    if (hints) hints_of(hints, &h);
    rc = lookup(n8, s8, hints ? &h : NULL, &FORM_EXW, &list);
    free(n8);
    free(s8);
    *ppResult = list;
    return complete(rc, lpOverlapped, lpCompletionRoutine, lpHandle);
}

INT WSAAPI GetAddrInfoExCancel(LPHANDLE lpHandle)
{
    (void)lpHandle;
    return fail(WSA_INVALID_HANDLE);
}

INT WSAAPI GetAddrInfoExOverlappedResult(LPOVERLAPPED lpOverlapped)
{
    if (!lpOverlapped) return WSAEINVAL;
    return (INT)lpOverlapped->Internal;
}

void WSAAPI FreeAddrInfoEx(PADDRINFOEXA pAddrInfoEx) { free_list(pAddrInfoEx, &FORM_EXA); }

void WSAAPI FreeAddrInfoExW(PADDRINFOEXW pAddrInfoEx) { free_list(pAddrInfoEx, &FORM_EXW); }
