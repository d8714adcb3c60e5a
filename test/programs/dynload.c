/* Dynamic loading: LoadLibrary/GetProcAddress/FreeLibrary/GetModuleHandle, and a TCP echo
 * through ws2_32 function pointers found by name. Argument: the port of an echo server on
 * 127.0.0.1 (without it, only the loader's own behaviour is printed; that part is compared
 * with Windows' under Wine). */
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (WSAAPI *startup_fn)(WORD, LPWSADATA);
typedef int (WSAAPI *cleanup_fn)(void);
typedef int (WSAAPI *lasterror_fn)(void);
typedef SOCKET (WSAAPI *socket_fn)(int, int, int);
typedef int (WSAAPI *connect_fn)(SOCKET, const struct sockaddr *, int);
typedef int (WSAAPI *send_fn)(SOCKET, const char *, int, int);
typedef int (WSAAPI *recv_fn)(SOCKET, char *, int, int);
typedef int (WSAAPI *close_fn)(SOCKET);
typedef u_short (WSAAPI *htons_fn)(u_short);

#define SENTINEL 0xDEAD
#define ERR(name, expr) do { void *r_; SetLastError(SENTINEL); r_ = (void *)(expr); \
    printf("%s: %s %lu\n", name, r_ ? "ok" : "null", r_ ? 0UL : (unsigned long)GetLastError()); } while (0)

static void echo(HMODULE ws, int port)
{
    startup_fn pStartup = (startup_fn)(void *)GetProcAddress(ws, "WSAStartup");
    cleanup_fn pCleanup = (cleanup_fn)(void *)GetProcAddress(ws, "WSACleanup");
    lasterror_fn pLast = (lasterror_fn)(void *)GetProcAddress(ws, "WSAGetLastError");
    socket_fn pSocket = (socket_fn)(void *)GetProcAddress(ws, "socket");
    connect_fn pConnect = (connect_fn)(void *)GetProcAddress(ws, "connect");
    send_fn pSend = (send_fn)(void *)GetProcAddress(ws, "send");
    recv_fn pRecv = (recv_fn)(void *)GetProcAddress(ws, "recv");
    close_fn pClose = (close_fn)(void *)GetProcAddress(ws, "closesocket");
    htons_fn pHtons = (htons_fn)(void *)GetProcAddress(ws, "htons");
    WSADATA wsa;
    struct sockaddr_in a;
    SOCKET s;
    char buf[64];
    int got = 0, n;
    if (!pStartup || !pCleanup || !pLast || !pSocket || !pConnect || !pSend || !pRecv || !pClose || !pHtons) {
        printf("echo-lookup: missing\n");
        return;
    }
    printf("echo-startup: %d\n", pStartup(MAKEWORD(2, 2), &wsa));
    s = pSocket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = pHtons((u_short)port);
    a.sin_addr.s_addr = 0x0100007f; /* 127.0.0.1 in network order on a little-endian machine */
    printf("echo-connect: %d\n", pConnect(s, (struct sockaddr *)&a, sizeof(a)));
    printf("echo-send: %d\n", pSend(s, "hello through pointers", 22, 0));
    while (got < 22 && (n = pRecv(s, buf + got, (int)sizeof(buf) - 1 - got, 0)) > 0) got += n;
    buf[got] = 0;
    printf("echo-recv: %s\n", buf);
    printf("echo-bad-send: %d %d\n", pSend(INVALID_SOCKET, "x", 1, 0), pLast());
    printf("echo-close: %d\n", pClose(s));
    printf("echo-cleanup: %d\n", pCleanup());
}

int main(int argc, char **argv)
{
    HMODULE ws, ws2, k32, wsock;
    ERR("load-unknown", LoadLibraryA("no_such_library_xyz.dll"));
    ERR("load-unknown-w", LoadLibraryW(L"no_such_library_xyz"));
    ws = LoadLibraryA("ws2_32.dll");
    ERR("load-ws2_32", ws);
    ws2 = LoadLibraryA("WS2_32");
    printf("load-same-handle: %d\n", ws == ws2);
    ERR("load-path", LoadLibraryA("C:\\Windows\\System32\\Ws2_32.DLL"));
    ERR("load-ex-w", LoadLibraryExW(L"ws2_32.dll", NULL, 0));
    ERR("load-ex-file", LoadLibraryExA("ws2_32.dll", (HANDLE)(ULONG_PTR)1, 0));
    k32 = GetModuleHandleA("kernel32.dll");
    ERR("module-kernel32", k32);
    ERR("module-program", GetModuleHandleA(NULL));
    printf("module-distinct: %d\n", k32 != ws && GetModuleHandleA(NULL) != ws && GetModuleHandleA(NULL) != k32);
    wsock = LoadLibraryA("wsock32.dll");
    ERR("load-wsock32", wsock);
    printf("wsock32-differs: %d\n", wsock != ws);
    ERR("load-mswsock", LoadLibraryA("mswsock.dll"));
    ERR("proc-unknown", GetProcAddress(ws, "NoSuchFunctionXyz"));
    ERR("proc-case", GetProcAddress(ws, "wsastartup"));
    ERR("proc-known", GetProcAddress(ws, "WSAStartup"));
    ERR("proc-kernel32", GetProcAddress(k32, "GetLastError"));
    ERR("proc-wsock32-send", GetProcAddress(wsock, "send"));
    ERR("proc-wsock32-winsock2-only", GetProcAddress(wsock, "WSASend"));
    ERR("free-ws2_32", (void *)(ULONG_PTR)FreeLibrary(ws));
    ERR("module-still-loaded", GetModuleHandleA("ws2_32.dll"));
    if (argc > 1) echo(ws, atoi(argv[1]));
    return 0;
}
