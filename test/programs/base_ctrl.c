/* Console control handlers (consoleapi.h): the test sends SIGINT/SIGTERM while main waits. */
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>
#include <string.h>

static HANDLE ev;
static SOCKET listener = INVALID_SOCKET;
static const char *mode = "";

static BOOL WINAPI first(DWORD type)
{
    printf("first handler: %lu\n", type);
    fflush(stdout);
    if (!strcmp(mode, "accept")) closesocket(listener);
    else if (ev) SetEvent(ev);
    return TRUE;
}

static BOOL WINAPI second(DWORD type)
{
    printf("second handler: %lu\n", type);
    fflush(stdout);
    if (!strcmp(mode, "wait")) Sleep(100);
    return FALSE;
}

int main(int argc, char **argv)
{
    mode = argc > 1 ? argv[1] : "";
    if (!strcmp(mode, "title")) {
        char t[8];
        WCHAR w[64];
        DWORD n;
        printf("SetConsoleTitleA: %d\n", SetConsoleTitleA("winsock title"));
        n = GetConsoleTitleA(t, sizeof t);
        printf("GetConsoleTitleA(8): %lu \"%s\"\n", n, t);
        SetConsoleTitleW(L"wide \x00e9");
        n = GetConsoleTitleW(w, 64);
        printf("GetConsoleTitleW: %lu %d\n", n, w[5] == 0xe9 && w[6] == 0);
        /* A character beyond the BMP is a surrogate pair: two WCHARs, four UTF-8 bytes. */
        SetConsoleTitleW(L"\xD83D\xDE00");
        n = GetConsoleTitleW(w, 64);
        printf("surrogate pair: %lu %d %lu\n", n, w[0] == 0xD83D && w[1] == 0xDE00 && w[2] == 0, GetConsoleTitleA(t, sizeof t));
        return 0;
    }
    if (!strcmp(mode, "break")) {
        printf("before\n");
        DebugBreak();
        printf("not reached\n");
        return 0;
    }
    if (!strcmp(mode, "none")) {
        printf("ready\n");
        fflush(stdout);
        Sleep(20000);
        return 0;
    }
    if (!strcmp(mode, "ignore")) {
        SetConsoleCtrlHandler(NULL, TRUE);
        printf("ready\n");
        fflush(stdout);
        Sleep(1500);
        printf("survived\n");
        return 0;
    }
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    if (strcmp(mode, "default")) SetConsoleCtrlHandler(first, TRUE);
    SetConsoleCtrlHandler(second, TRUE); /* registered last: called first */
    if (!strcmp(mode, "accept")) {
        WSADATA wsa;
        struct sockaddr_in a;
        SOCKET c;
        WSAStartup(MAKEWORD(2, 2), &wsa);
        listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        memset(&a, 0, sizeof a);
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(listener, (struct sockaddr *)&a, sizeof a);
        listen(listener, 1);
        printf("ready\n");
        fflush(stdout);
        c = accept(listener, NULL, NULL);
        printf("accept: %s, error %d\n", c == INVALID_SOCKET ? "INVALID_SOCKET" : "a socket", WSAGetLastError());
        WSACleanup();
        return 0;
    }
    printf("ready\n");
    fflush(stdout);
    printf("wait: %lu\n", WaitForSingleObject(ev, 20000));
    printf("clean exit\n");
    return 0;
}
