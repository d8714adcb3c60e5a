/*
 * inet.c - the pure address conversions of ws2_32: inet_addr, inet_ntoa,
 * inet_pton, inet_ntop (winsock-wasm runtime).
 *
 * Behaviour follows Windows, including its error codes and quirks:
 *   inet_addr  accepts "a", "a.b", "a.b.c", "a.b.c.d" with decimal, octal
 *              (leading 0) and hex (0x) parts; trailing text is allowed
 *              only after ASCII whitespace; " " (a single space) gives
 *              INADDR_ANY; anything invalid, "" and leading whitespace give
 *              INADDR_NONE; NULL gives INADDR_NONE with WSAEFAULT.
 *   inet_pton  AF_INET takes exactly four decimal parts without leading
 *              zeros. Returns 1, 0 for text that is not an address (no
 *              error set), or -1 with WSAEFAULT (NULL argument) or
 *              WSAEAFNOSUPPORT (family). As on Windows, a valid IPv4
 *              address followed by other text is stored but 0 is returned.
 *   inet_ntop  NULL with WSAEAFNOSUPPORT for a family other than AF_INET
 *              and AF_INET6; NULL with ERROR_INVALID_PARAMETER for a NULL or
 *              too small buffer (Microsoft's documentation). IPv6 text uses
 *              Windows' rules: the longest run of two or more zero words
 *              becomes "::" (the first such run on a tie), and mapped,
 *              compatible, translated and ISATAP addresses end in a dotted
 *              IPv4 address.
 *
 * No C library networking is used: musl's versions follow POSIX, not
 * Windows.
 */
#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

/* ASCII only, independent of locale and of the sign of char. */
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Writes the decimal form of v (0..255) at p, returns the end. */
static char *put_byte(char *p, unsigned v)
{
    if (v >= 100) *p++ = (char)('0' + v / 100);
    if (v >= 10) *p++ = (char)('0' + (v / 10) % 10);
    *p++ = (char)('0' + v % 10);
    return p;
}

/* "a.b.c.d" from four bytes in network order; returns the end (no NUL). */
static char *put_ipv4(char *p, const unsigned char b[4])
{
    p = put_byte(p, b[0]);
    *p++ = '.';
    p = put_byte(p, b[1]);
    *p++ = '.';
    p = put_byte(p, b[2]);
    *p++ = '.';
    return put_byte(p, b[3]);
}

static void store_be32(unsigned char out[4], unsigned long v)
{
    out[0] = (unsigned char)(v >> 24);
    out[1] = (unsigned char)(v >> 16);
    out[2] = (unsigned char)(v >> 8);
    out[3] = (unsigned char)v;
}

/*
 * One part of an inet_addr string: decimal, octal after a leading 0, hex
 * after 0x/0X. Fails on overflow beyond 32 bits and on "0x" without digits.
 */
static int parse_loose_part(const char **sp, unsigned long *out)
{
    const char *s = *sp;
    unsigned long long v = 0;
    if (!is_digit(*s)) return 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        int d;
        s += 2;
        if (hex_value(*s) < 0) return 0;
        while ((d = hex_value(*s)) >= 0) {
            v = v * 16 + (unsigned)d;
            if (v > 0xffffffffULL) return 0;
            s++;
        }
    } else if (s[0] == '0') {
        while (*s >= '0' && *s <= '7') {
            v = v * 8 + (unsigned)(*s - '0');
            if (v > 0xffffffffULL) return 0;
            s++;
        }
    } else {
        while (is_digit(*s)) {
            v = v * 10 + (unsigned)(*s - '0');
            if (v > 0xffffffffULL) return 0;
            s++;
        }
    }
    *out = (unsigned long)v;
    *sp = s;
    return 1;
}

unsigned long WSAAPI inet_addr(const char *cp)
{
    unsigned long parts[4], addr;
    unsigned char bytes[4];
    int n = 0;
    const char *s = cp;

    if (cp == NULL) {
        WSASetLastError(WSAEFAULT);
        return INADDR_NONE;
    }
    /* Documented special case: a single space is 0.0.0.0. */
    if (cp[0] == ' ' && cp[1] == '\0') return INADDR_ANY;

    for (;;) {
        if (!parse_loose_part(&s, &parts[n])) return INADDR_NONE;
        n++;
        if (*s != '.') break;
        if (n == 4) return INADDR_NONE;
        s++;
    }
    if (*s != '\0' && !is_space(*s)) return INADDR_NONE;

    switch (n) {
    case 1:
        addr = parts[0];
        break;
    case 2:
        if (parts[0] > 0xff || parts[1] > 0xffffff) return INADDR_NONE;
        addr = (parts[0] << 24) | parts[1];
        break;
    case 3:
        if (parts[0] > 0xff || parts[1] > 0xff || parts[2] > 0xffff) return INADDR_NONE;
        addr = (parts[0] << 24) | (parts[1] << 16) | parts[2];
        break;
    default:
        if (parts[0] > 0xff || parts[1] > 0xff || parts[2] > 0xff || parts[3] > 0xff) return INADDR_NONE;
        addr = (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3];
        break;
    }
    store_be32(bytes, addr);
    memcpy(&addr, bytes, sizeof(addr));
    return addr;
}

char *WSAAPI inet_ntoa(struct in_addr in)
{
    /* One static buffer, valid until the next call, as on Windows. */
    static char buffer[16];
    char *end = put_ipv4(buffer, (const unsigned char *)&in.S_un.S_addr);
    *end = '\0';
    return buffer;
}

/*
 * Dotted quad with 1..max_digits decimal digits per part, each <= 255.
 * strict: no leading zero in a part of more than one digit, and a part
 * starting with "0x" is rejected outright (Windows' strict IPv4 form).
 * Returns 1 and the end of the text in *end, or 0.
 */
static int parse_dotted_quad(const char *s, int max_digits, int strict, unsigned char out[4], const char **end)
{
    int i;
    for (i = 0; i < 4; i++) {
        unsigned v = 0;
        int d = 0;
        if (i > 0) {
            if (*s != '.') return 0;
            s++;
        }
        if (strict && s[0] == '0' && (is_digit(s[1]) || s[1] == 'x' || s[1] == 'X')) return 0;
        while (is_digit(s[d])) {
            if (d == max_digits) return 0;
            v = v * 10 + (unsigned)(s[d] - '0');
            d++;
        }
        if (d == 0 || v > 255) return 0;
        out[i] = (unsigned char)v;
        s += d;
    }
    *end = s;
    return 1;
}

/*
 * Windows' strict IPv4 text. A valid address followed by other text is
 * still stored, and 0 returned, as Windows does.
 */
static int pton4(const char *src, unsigned char out[4])
{
    unsigned char bytes[4];
    const char *end;
    if (!parse_dotted_quad(src, 3, 1, bytes, &end)) return 0;
    if (*end == '.') return 0; /* a fifth part: not an address at all */
    memcpy(out, bytes, 4);
    return *end == '\0';
}

static int pton6(const char *s, unsigned char out[16])
{
    unsigned short words[8];
    int n = 0, gap = -1, i;

    if (s[0] == ':' && s[1] != ':') return 0;
    while (*s) {
        const char *start = s;
        unsigned v = 0;
        int d = 0;

        if (s[0] == ':' && s[1] == ':') {
            if (gap >= 0) return 0;
            gap = n;
            s += 2;
            continue;
        }
        while (d < 5 && hex_value(s[d]) >= 0) d++;
        if (d == 0) return 0;
        if (s[d] == '.') {
            /* Trailing IPv4 part: the last 32 bits, up to three digits per part. */
            unsigned char b[4];
            const char *end;
            if (n > 6) return 0;
            if (!parse_dotted_quad(start, 3, 0, b, &end) || *end != '\0') return 0;
            words[n++] = (unsigned short)((b[0] << 8) | b[1]);
            words[n++] = (unsigned short)((b[2] << 8) | b[3]);
            break;
        }
        if (d > 4 || n == 8) return 0;
        for (i = 0; i < d; i++) v = v * 16 + (unsigned)hex_value(s[i]);
        words[n++] = (unsigned short)v;
        s += d;
        if (*s == '\0') break;
        if (*s != ':') return 0;
        if (s[1] == ':') continue; /* "::" handled at the top */
        s++;
        if (*s == '\0') return 0;  /* a single trailing ':' */
    }
    if (gap < 0) {
        if (n != 8) return 0;
    } else {
        int missing = 8 - n;
        if (missing < 1) return 0;
        memmove(&words[gap + missing], &words[gap], (size_t)(n - gap) * sizeof(words[0]));
        for (i = 0; i < missing; i++) words[gap + i] = 0;
    }
    for (i = 0; i < 8; i++) {
        out[2 * i] = (unsigned char)(words[i] >> 8);
        out[2 * i + 1] = (unsigned char)words[i];
    }
    return 1;
}

INT WSAAPI inet_pton(INT Family, PCSTR pszAddrString, PVOID pAddrBuf)
{
    if (pszAddrString == NULL || pAddrBuf == NULL) {
        WSASetLastError(WSAEFAULT);
        return -1;
    }
    switch (Family) {
    case AF_INET:
        return pton4(pszAddrString, (unsigned char *)pAddrBuf);
    case AF_INET6: {
        unsigned char addr[16];
        if (!pton6(pszAddrString, addr)) return 0;
        memcpy(pAddrBuf, addr, sizeof(addr));
        return 1;
    }
    default:
        WSASetLastError(WSAEAFNOSUPPORT);
        return -1;
    }
}

static char *put_hex16(char *p, unsigned v)
{
    static const char digits[] = "0123456789abcdef";
    int shift, started = 0;
    for (shift = 12; shift >= 0; shift -= 4) {
        unsigned nibble = (v >> shift) & 0xf;
        if (nibble || started || shift == 0) {
            *p++ = digits[nibble];
            started = 1;
        }
    }
    return p;
}

/* Whether Windows prints the last 32 bits of this address as a.b.c.d. */
static int ipv6_has_ipv4_tail(const unsigned short w[8])
{
    if (w[5] == 0x5efe && (w[4] & ~0x0200u) == 0) return 1; /* ISATAP */
    if (w[0] || w[1] || w[2] || w[3]) return 0;
    if (w[6] == 0) return 0;
    if (w[4] == 0 && (w[5] == 0 || w[5] == 0xffff)) return 1;  /* compatible, mapped */
    if (w[4] == 0xffff && w[5] == 0) return 1;                 /* translated */
    return 0;
}

/* IPv6 text without NUL into p (room for 46 characters); returns the end. */
static char *put_ipv6(char *p, const unsigned char a[16])
{
    unsigned short w[8];
    int i, words = 8, gap = -1, gap_len = 1;

    for (i = 0; i < 8; i++) w[i] = (unsigned short)((a[2 * i] << 8) | a[2 * i + 1]);
    if (ipv6_has_ipv4_tail(w)) words = 6;

    for (i = 0; i < words;) {
        int len = 0;
        while (i < words && w[i] == 0) {
            i++;
            len++;
        }
        if (len > gap_len) {
            gap = i - len;
            gap_len = len;
        }
        if (len == 0) i++;
    }

    for (i = 0; i < words;) {
        if (i == gap) {
            *p++ = ':';
            i += gap_len;
            if (i == words) *p++ = ':';
            continue;
        }
        if (i > 0) *p++ = ':';
        p = put_hex16(p, w[i]);
        i++;
    }
    if (words == 6) {
        if (p[-1] != ':') *p++ = ':';
        p = put_ipv4(p, a + 12);
    }
    return p;
}

PCSTR WSAAPI inet_ntop(INT Family, const VOID *pAddr, PSTR pStringBuf, size_t StringBufSize)
{
    char text[64];
    char *end;
    size_t needed;

    if (pStringBuf == NULL) {
        WSASetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (Family != AF_INET && Family != AF_INET6) {
        WSASetLastError(WSAEAFNOSUPPORT);
        return NULL;
    }
    if (pAddr == NULL) {
        WSASetLastError(WSAEFAULT);
        return NULL;
    }
    if (Family == AF_INET)
        end = put_ipv4(text, (const unsigned char *)pAddr);
    else
        end = put_ipv6(text, (const unsigned char *)pAddr);
    *end = '\0';
    needed = (size_t)(end - text) + 1;
    if (StringBufSize < needed) {
        WSASetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    memcpy(pStringBuf, text, needed);
    return pStringBuf;
}
