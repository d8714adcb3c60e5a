/* Scatter/gather with WSASend and WSARecv: a header and a body go out in one
 * WSASend of two WSABUFs; the echo comes back into two WSABUFs with WSARecv.
 *   wsasend_client <host> <port> <body text> */
#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2tcpip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma comment(lib, "ws2_32.lib")

int main(int argc, char **argv)
{
    WSADATA wsa;
    SOCKET s;
    struct sockaddr_in addr;
    char header[16], body[256], back_header[16], back_body[256];
    WSABUF out[2], in[2];
    DWORD sent = 0, got = 0, flags = 0, total = 0;
    int body_len;

    if (argc < 4) {
        fprintf(stderr, "usage: %s <host> <port> <body>\n", argv[0]);
        return 2;
    }
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return 1;

    s = WSASocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, WSA_FLAG_OVERLAPPED);
    if (s == INVALID_SOCKET) { printf("WSASocket: %d\n", WSAGetLastError()); return 1; }
    ZeroMemory(&addr, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons((u_short)atoi(argv[2]));
    if (inet_pton(AF_INET, argv[1], &addr.sin_addr) != 1) { printf("bad address %s\n", argv[1]); return 1; }
    if (connect(s, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR) {
        printf("connect: %d\n", WSAGetLastError());
        return 1;
    }

    body_len = (int)strlen(argv[3]);
    if (body_len > (int)sizeof(body)) body_len = sizeof(body);
    memcpy(body, argv[3], body_len);
    sprintf(header, "LEN %08d\n", body_len);   /* 13 bytes */

    out[0].buf = header; out[0].len = (ULONG)strlen(header);
    out[1].buf = body;   out[1].len = (ULONG)body_len;
    if (WSASend(s, out, 2, &sent, 0, NULL, NULL) == SOCKET_ERROR) {
        printf("WSASend: %d\n", WSAGetLastError());
        return 1;
    }
    printf("WSASend: 2 buffers, %lu bytes sent\n", (unsigned long)sent);
    shutdown(s, SD_SEND);

    in[0].buf = back_header; in[0].len = (ULONG)strlen(header);
    in[1].buf = back_body;   in[1].len = sizeof(back_body);
    while (total < sent) {
        /* Each call fills what remains of the two buffers in order. */
        WSABUF rest[2];
        int k = 0;
        if (total < in[0].len) {
            rest[k].buf = in[0].buf + total; rest[k].len = in[0].len - total; k++;
            rest[k] = in[1]; k++;
        } else {
            rest[k].buf = in[1].buf + (total - in[0].len); rest[k].len = in[1].len - (total - in[0].len); k++;
        }
        flags = 0;
        if (WSARecv(s, rest, k, &got, &flags, NULL, NULL) == SOCKET_ERROR) {
            printf("WSARecv: %d\n", WSAGetLastError());
            return 1;
        }
        if (got == 0) break;
        total += got;
    }
    printf("WSARecv: %lu bytes back\n", (unsigned long)total);
    printf("header: %.*s", (int)in[0].len, back_header);
    printf("body: %.*s\n", (int)(total - in[0].len), back_body);
    closesocket(s);
    WSACleanup();
    return (total == sent && memcmp(back_body, body, body_len) == 0) ? 0 : 3;
}
