/* A client in the classic window-message style: WSAAsyncGetHostByName for the name,
 * WSAAsyncSelect for the socket, and one GetMessage loop with a timer as its deadline, on a
 * message-only window. It sends its message, shuts down its sending side, and prints what
 * comes back until the server closes.
 *
 *   asyncselect_client <host> <port> <message...>
 *
 * Exit status: 0 when everything sent came back, 1 on a socket error, 2 when the deadline
 * passes first. */
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WM_RESOLVED (WM_APP + 1)
#define WM_SOCKET (WM_APP + 2)
#define DEADLINE_TIMER 1

static char host_buf[MAXGETHOSTSTRUCT];
static char message[1024];
static unsigned short port;
static SOCKET sock = INVALID_SOCKET;
static size_t sent, received;
static int sent_all;

static void finish(int status)
{
    if (sock != INVALID_SOCKET) closesocket(sock);
    sock = INVALID_SOCKET;
    PostQuitMessage(status);
}

static void on_resolved(HWND hwnd, LPARAM lParam)
{
    struct hostent *he = (struct hostent *)host_buf;
    struct sockaddr_in addr;
    if (WSAGETASYNCERROR(lParam)) {
        printf("cannot resolve the host: %d\n", WSAGETASYNCERROR(lParam));
        finish(1);
        return;
    }
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    memcpy(&addr.sin_addr, he->h_addr_list[0], sizeof addr.sin_addr);
    printf("resolved %s to %s\n", he->h_name, inet_ntoa(addr.sin_addr));
    sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    WSAAsyncSelect(sock, hwnd, WM_SOCKET, FD_CONNECT | FD_READ | FD_WRITE | FD_CLOSE);
    if (connect(sock, (struct sockaddr *)&addr, sizeof addr) == SOCKET_ERROR && WSAGetLastError() != WSAEWOULDBLOCK) {
        printf("connect failed: %d\n", WSAGetLastError());
        finish(1);
    }
}

static void on_socket(LPARAM lParam)
{
    char buf[512];
    int n;
    if (WSAGETSELECTERROR(lParam)) {
        printf("socket event %d failed: %d\n", WSAGETSELECTEVENT(lParam), WSAGETSELECTERROR(lParam));
        finish(1);
        return;
    }
    switch (WSAGETSELECTEVENT(lParam)) {
    case FD_CONNECT:
        printf("connected\n");
        break;
    case FD_WRITE: /* first after the connect, then again after a send that would have blocked */
        while (!sent_all) {
            n = send(sock, message + sent, (int)(strlen(message) - sent), 0);
            if (n == SOCKET_ERROR) break; /* WSAEWOULDBLOCK: FD_WRITE comes again */
            sent += (size_t)n;
            if (sent == strlen(message)) {
                sent_all = 1;
                shutdown(sock, SD_SEND);
                printf("sent %u bytes\n", (unsigned)sent);
            }
        }
        break;
    case FD_READ:
        n = recv(sock, buf, sizeof buf, 0);
        if (n > 0) {
            received += (size_t)n;
            printf("received: %.*s\n", n, buf);
        }
        break;
    case FD_CLOSE:
        while ((n = recv(sock, buf, sizeof buf, 0)) > 0) {
            received += (size_t)n;
            printf("received: %.*s\n", n, buf);
        }
        printf("%u of %u bytes came back\n", (unsigned)received, (unsigned)sent);
        finish(received == sent ? 0 : 1);
        break;
    }
}

static LRESULT CALLBACK window_proc(HWND hwnd, UINT msg, WPARAM wParam, LPARAM lParam)
{
    switch (msg) {
    case WM_RESOLVED: on_resolved(hwnd, lParam); return 0;
    case WM_SOCKET: if ((SOCKET)wParam == sock) on_socket(lParam); return 0;
    case WM_TIMER:
        if (wParam == DEADLINE_TIMER) { printf("timed out\n"); finish(2); }
        return 0;
    default: return DefWindowProcA(hwnd, msg, wParam, lParam);
    }
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    WNDCLASSA wc;
    HWND hwnd;
    MSG msg;
    int i;
    if (argc < 4) {
        printf("usage: asyncselect_client <host> <port> <message...>\n");
        return 1;
    }
    port = (unsigned short)atoi(argv[2]);
    for (i = 3; i < argc; i++) {
        if (i > 3) strncat(message, " ", sizeof message - strlen(message) - 1);
        strncat(message, argv[i], sizeof message - strlen(message) - 1);
    }
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;
    memset(&wc, 0, sizeof wc);
    wc.lpfnWndProc = window_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "asyncselect_client";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, wc.lpszClassName, "", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, wc.hInstance, NULL);
    SetTimer(hwnd, DEADLINE_TIMER, 10000, NULL);
    WSAAsyncGetHostByName(hwnd, WM_RESOLVED, argv[1], host_buf, sizeof host_buf);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    DestroyWindow(hwnd);
    WSACleanup();
    return (int)msg.wParam;
}
