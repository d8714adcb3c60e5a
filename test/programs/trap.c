/* Ways a program dies, before and after its first wait (a suspension):
 *   trap <store|store-after-wait|abort-after-wait|null-call-after-wait|after-recv <port>> */
#include "common.h"

static volatile int *wild = (int *)0x7ffffff0; /* far beyond linear memory */

static void __attribute__((noinline)) store_wild(void)
{
    *wild = 1;
}

static void __attribute__((noinline)) call_null(void)
{
    void (*volatile f)(void) = 0;
    f();
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    char buf[16];

    if (argc < 2) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    printf("started: 1\n");
    fflush(stdout);
    if (strcmp(argv[1], "store") == 0) store_wild();
    Sleep(5);
    if (strcmp(argv[1], "store-after-wait") == 0) store_wild();
    if (strcmp(argv[1], "abort-after-wait") == 0) abort();
    if (strcmp(argv[1], "null-call-after-wait") == 0) call_null();
    if (strcmp(argv[1], "after-recv") == 0 && argc > 2) {
        SOCKET s = connect_loopback(argv[2]);
        recv(s, buf, sizeof(buf), 0); /* waits for the server's bytes */
        store_wild();
    }
    printf("survived: 1\n");
    return 0;
}
