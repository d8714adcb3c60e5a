/* A library for Windows XP brings its own inet_ntop and inet_pton: the SDK
 * declares them only from Vista (NTDDI_VERSION >= NTDDI_VISTA), so these
 * definitions do not conflict with the headers. */
#define _WIN32_WINNT 0x0501
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>

#if NTDDI_VERSION != 0x05010000 || WINVER != 0x0501
#error NTDDI_VERSION and WINVER follow _WIN32_WINNT
#endif
#if defined(POLLRDNORM) || defined(InetNtopA)
#error WSAPoll's flags and InetNtopA are Vista and later
#endif

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
    const unsigned char *b = (const unsigned char *)src;
    if (af != AF_INET)
        return NULL;
    _snprintf(dst, size, "xp:%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    return dst;
}

int inet_pton(int af, const char *src, void *dst)
{
    unsigned long a = inet_addr(src);
    if (af != AF_INET || a == INADDR_NONE)
        return 0;
    memcpy(dst, &a, sizeof a);
    return 1;
}

int main(void)
{
    struct in_addr in;
    char text[32];
    if (inet_pton(AF_INET, "10.1.2.3", &in) != 1)
        return 1;
    printf("%s\n", inet_ntop(AF_INET, &in, text, sizeof text));
    return 0;
}
