/* A program that uses files (so stdio goes through Emscripten's real file system to the
 * process's fds) and has had a socket destroyed (after which Node has made process.stderr),
 * then writes <MiB> MiB to stdout and counts the writes that failed.   stdio_flood <MiB> */
#include "common.h"

int main(int argc, char **argv)
{
    WSADATA wsa;
    struct sockaddr_in a;
    SOCKET s;
    static char line[1024];
    FILE *f = fopen(argv[0], "r");
    int i, n, failed = 0;

    if (argc < 2) return 2;
    if (f) fclose(f);
    n = atoi(argv[1]) * 1024;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(1);
    connect(s, (struct sockaddr *)&a, sizeof(a)); /* refused */
    closesocket(s);
    memset(line, 'x', sizeof(line) - 1);
    line[sizeof(line) - 1] = '\n';
    for (i = 0; i < n; i++) if (fwrite(line, 1, sizeof(line), stdout) != sizeof(line)) failed++;
    if (fflush(stdout)) failed++;
    fprintf(stderr, "failed-writes: %d\n", failed);
    return failed ? 1 : 0;
}
