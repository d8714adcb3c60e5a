/* Benchmark server, native POSIX C: one client at a time.
 * The first byte picks the mode: 'B' bulk (read to EOF, answer with the byte
 * count as 8 bytes), 'P' ping-pong (echo 64-byte messages until EOF).
 *   native_server [port]   prints "listening <port>" when ready */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int read_full(int fd, char *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n <= 0) return (int)got;
        got += (size_t)n;
    }
    return (int)got;
}

int main(int argc, char **argv)
{
    int ls = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in a;
    socklen_t alen = sizeof(a);
    static char buf[1 << 20];

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(argc > 1 ? (uint16_t)atoi(argv[1]) : 0);
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(ls, (struct sockaddr *)&a, sizeof(a)) || listen(ls, 16)) { perror("bind/listen"); return 1; }
    getsockname(ls, (struct sockaddr *)&a, &alen);
    printf("listening %d\n", ntohs(a.sin_port));
    fflush(stdout);

    for (;;) {
        int c = accept(ls, NULL, NULL);
        char mode;
        if (c < 0) continue;
        setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        if (read_full(c, &mode, 1) != 1) { close(c); continue; }
        if (mode == 'B') {
            uint64_t total = 0;
            ssize_t n;
            while ((n = read(c, buf, sizeof(buf))) > 0) total += (uint64_t)n;
            if (write(c, &total, sizeof(total)) != sizeof(total)) perror("write");
        } else if (mode == 'P') {
            while (read_full(c, buf, 64) == 64)
                if (write(c, buf, 64) != 64) break;
        }
        close(c);
    }
}
