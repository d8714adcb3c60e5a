/* File handles come from the one handle table: never equal to a SOCKET or an event; CloseHandle closes all three. */
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    WSADATA wsa;
    char name[MAX_PATH];
    if (argc < 2) return 2;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    snprintf(name, sizeof name, "%s\\h.txt", argv[1]);
    HANDLE ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE file = CreateFileA(name, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_FLAG_DELETE_ON_CLOSE, NULL);
    SOCKET s = socket(AF_INET, SOCK_STREAM, 0);
    WIN32_FIND_DATAA fd;
    HANDLE find = FindFirstFileA(name, &fd);
    printf("distinct: %d\n", ev != file && (HANDLE)s != file && ev != (HANDLE)s && find != file && find != ev && (HANDLE)s != find);
    printf("multiples of 4: %d\n", ((ULONG_PTR)file & 3) == 0 && ((ULONG_PTR)find & 3) == 0);
    printf("WriteFile on the event: %d err=%lu\n", WriteFile(ev, "x", 1, NULL, NULL), GetLastError());
    printf("SetEvent on the file: %d err=%lu\n", SetEvent(file), GetLastError());
    printf("CloseHandle file: %d\n", CloseHandle(file));
    printf("CloseHandle event: %d\n", CloseHandle(ev));
    printf("CloseHandle socket: %d\n", CloseHandle((HANDLE)s));
    printf("closesocket after: %d err=%d\n", closesocket(s), WSAGetLastError());
    printf("FindClose: %d\n", FindClose(find));
    printf("FindClose again: %d err=%lu\n", FindClose(find), GetLastError());
    printf("file gone: %d\n", GetFileAttributesA(name) == INVALID_FILE_ATTRIBUTES);
    WSACleanup();
    return 0;
}
