// EchoSample.cpp - the Winsock server and client of Microsoft's "Getting Started
// with Winsock" pages in one program, in the style of the Windows SDK samples.
//   EchoSample server <port>          serve one client, echoing what it sends
//   EchoSample client <host> <port>   send a buffer, read the echo, close
#undef UNICODE

#define WIN32_LEAN_AND_MEAN

#include <Windows.h>
#include <WinSock2.h>
#include <WS2tcpip.h>
#include <stdlib.h>
#include <stdio.h>
#include "SampleUtil.h"

// Need to link with Ws2_32.lib, Mswsock.lib, and Advapi32.lib
#pragma comment (lib, "Ws2_32.lib")
#pragma comment (lib, "Mswsock.lib")
#pragma comment (lib, "AdvApi32.lib")
#pragma warning(disable: 4996)

static int RunServer(const char *port)
{
    WSADATA wsaData;
    SOCKET ListenSocket = INVALID_SOCKET;
    SOCKET ClientSocket = INVALID_SOCKET;
    struct addrinfo *result = NULL;
    struct addrinfo hints;
    char recvbuf[DEFAULT_BUFLEN];
    BYTECOUNT total = 0;
    int iResult, iSendResult;
    int status = 1;

    iResult = WSAStartup(MAKEWORD(2, 2), &wsaData);
    if (iResult != 0) {
        printf("WSAStartup failed with error: %d\n", iResult);
        return 1;
    }

    __try {
        ZeroMemory(&hints, sizeof(hints));
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_protocol = IPPROTO_TCP;
        hints.ai_flags = AI_PASSIVE;

        iResult = getaddrinfo(NULL, port, &hints, &result);
        if (iResult != 0) {
            printf("getaddrinfo failed with error: %d\n", iResult);
            __leave;
        }

        ListenSocket = socket(result->ai_family, result->ai_socktype, result->ai_protocol);
        if (ListenSocket == INVALID_SOCKET) {
            ReportError("socket");
            __leave;
        }
        if (IsSocketError(bind(ListenSocket, result->ai_addr, (int)result->ai_addrlen))) {
            ReportError("bind");
            __leave;
        }
        if (IsSocketError(listen(ListenSocket, SOMAXCONN))) {
            ReportError("listen");
            __leave;
        }
        TRACE_FN("listening on port %s", port);
        fflush(stdout);

        ClientSocket = accept(ListenSocket, NULL, NULL);
        if (ClientSocket == INVALID_SOCKET) {
            ReportError("accept");
            __leave;
        }
        closesocket(ListenSocket);
        ListenSocket = INVALID_SOCKET;

        // Receive until the peer shuts down the connection
        do {
            iResult = recv(ClientSocket, recvbuf, _countof(recvbuf), 0);
            if (iResult > 0) {
                printf("Bytes received: %d\n", iResult);
                total += iResult;
                iSendResult = send(ClientSocket, recvbuf, iResult, 0);
                if (IsSocketError(iSendResult)) {
                    ReportError("send");
                    __leave;
                }
                printf("Bytes sent: %d\n", iSendResult);
            } else if (iResult == 0) {
                printf("Connection closing...\n");
            } else {
                ReportError("recv");
                __leave;
            }
        } while (iResult > 0);

        if (IsSocketError(shutdown(ClientSocket, SD_SEND))) {
            ReportError("shutdown");
            __leave;
        }
        TRACE_FN("echoed %llu bytes", (unsigned long long)total);
        status = 0;
    }
    __finally {
        if (result != NULL) freeaddrinfo(result);
        if (ListenSocket != INVALID_SOCKET) closesocket(ListenSocket);
        if (ClientSocket != INVALID_SOCKET) closesocket(ClientSocket);
        WSACleanup();
        printf("server cleanup done\n");
    }
    return status;
}

static int RunClient(const char *host, const char *port)
{
    WSADATA wsaData;
    SOCKET ConnectSocket = INVALID_SOCKET;
    struct addrinfo *result = NULL, *ptr = NULL, hints;
    const char *sendbuf = "this is a test";
    char recvbuf[DEFAULT_BUFLEN];
    int iResult;
    int status = 1;

    iResult = WSAStartup(MAKEWORD(2, 2), &wsaData);
    if (iResult != 0) {
        printf("WSAStartup failed with error: %d\n", iResult);
        return 1;
    }

    __try {
        ZeroMemory(&hints, sizeof(hints));
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_protocol = IPPROTO_TCP;

        iResult = getaddrinfo(host, port, &hints, &result);
        if (iResult != 0) {
            printf("getaddrinfo failed with error: %d\n", iResult);
            __leave;
        }

        // Attempt to connect to an address until one succeeds
        for (ptr = result; ptr != NULL; ptr = ptr->ai_next) {
            ConnectSocket = socket(ptr->ai_family, ptr->ai_socktype, ptr->ai_protocol);
            if (ConnectSocket == INVALID_SOCKET) {
                ReportError("socket");
                __leave;
            }
            iResult = connect(ConnectSocket, ptr->ai_addr, (int)ptr->ai_addrlen);
            if (iResult == SOCKET_ERROR) {
                closesocket(ConnectSocket);
                ConnectSocket = INVALID_SOCKET;
                continue;
            }
            break;
        }

        if (ConnectSocket == INVALID_SOCKET) {
            printf("Unable to connect to server!\n");
            __leave;
        }

        iResult = send(ConnectSocket, sendbuf, (int)strlen(sendbuf), 0);
        if (IsSocketError(iResult)) {
            ReportError("send");
            __leave;
        }
        printf("Bytes Sent: %ld\n", (long)iResult);

        if (IsSocketError(shutdown(ConnectSocket, SD_SEND))) {
            ReportError("shutdown");
            __leave;
        }

        do {
            iResult = recv(ConnectSocket, recvbuf, _countof(recvbuf), 0);
            if (iResult > 0)
                printf("Bytes received: %d\n", iResult);
            else if (iResult == 0)
                printf("Connection closed\n");
            else
                ReportError("recv");
        } while (iResult > 0);
        status = 0;
    }
    __finally {
        if (result != NULL) freeaddrinfo(result);
        if (ConnectSocket != INVALID_SOCKET) closesocket(ConnectSocket);
        WSACleanup();
        printf("client cleanup done\n");
    }
    return status;
}

int __cdecl main(int argc, char **argv)
{
    if (argc == 3 && _stricmp(argv[1], "server") == 0)
        return RunServer(argv[2]);
    if (argc == 4 && _stricmp(argv[1], "client") == 0)
        return RunClient(argv[2], argv[3]);
    printf("usage: %s server port | client host port\n", argv[0]);
    return 1;
}
