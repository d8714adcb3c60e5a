/* Benchmark server for the many-connections mode, native Linux C: serves every connection
 * at once with one epoll loop, echoing whatever arrives (the clients send 64-byte requests
 * and wait for each answer). An answer the socket cannot take at once waits for EPOLLOUT,
 * and that connection is not read meanwhile.
 *   many_server [port]   prints "listening <port>" when ready */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUF 4096
#define EVENTS 1024

struct conn {
    int fd;
    size_t off, len;   /* an answer's unsent part: buf[off, len) */
    char buf[BUF];
};

static int ep;

static void drop(struct conn *c)
{
    close(c->fd);   /* closing removes it from the epoll set */
    free(c);
}

static void watch(struct conn *c, uint32_t events, int op)
{
    struct epoll_event e;
    e.events = events;
    e.data.ptr = c;
    if (epoll_ctl(ep, op, c->fd, &e) != 0) { perror("epoll_ctl"); exit(1); }
}

/* Write the unsent part of the answer; -1 on failure, else what is still unsent. */
static ssize_t flush_answer(struct conn *c)
{
    while (c->off < c->len) {
        ssize_t n = write(c->fd, c->buf + c->off, c->len - c->off);
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? (ssize_t)(c->len - c->off) : -1;
        c->off += (size_t)n;
    }
    c->off = c->len = 0;
    return 0;
}

int main(int argc, char **argv)
{
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
    struct sockaddr_in a;
    socklen_t alen = sizeof(a);
    struct epoll_event events[EVENTS], e;

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(argc > 1 ? (uint16_t)atoi(argv[1]) : 0);
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    /* The clients open all their connections at once: the backlog must hold them. */
    if (bind(ls, (struct sockaddr *)&a, sizeof(a)) || listen(ls, 4096)) { perror("bind/listen"); return 1; }
    getsockname(ls, (struct sockaddr *)&a, &alen);
    ep = epoll_create1(0);
    e.events = EPOLLIN;
    e.data.ptr = NULL;   /* the listener */
    if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, ls, &e) != 0) { perror("epoll"); return 1; }
    printf("listening %d\n", ntohs(a.sin_port));
    fflush(stdout);

    for (;;) {
        int n = epoll_wait(ep, events, EVENTS, -1), i;
        if (n < 0) {
            if (errno == EINTR) continue;
            perror("epoll_wait");
            return 1;
        }
        for (i = 0; i < n; i++) {
            struct conn *c = events[i].data.ptr;
            if (!c) {
                int fd;
                while ((fd = accept4(ls, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    c = malloc(sizeof(*c));
                    if (!c) { close(fd); continue; }
                    c->fd = fd;
                    c->off = c->len = 0;
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
                    watch(c, EPOLLIN, EPOLL_CTL_ADD);
                }
                continue;
            }
            if (c->len) {   /* waiting to finish an answer */
                ssize_t left = flush_answer(c);
                if (left < 0) drop(c);
                else if (left == 0) watch(c, EPOLLIN, EPOLL_CTL_MOD);
                continue;
            }
            {
                ssize_t got = read(c->fd, c->buf, BUF), left;
                if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) continue;
                if (got <= 0) { drop(c); continue; }
                c->off = 0;
                c->len = (size_t)got;
                left = flush_answer(c);
                if (left < 0) drop(c);
                else if (left > 0) watch(c, EPOLLOUT, EPOLL_CTL_MOD);
            }
        }
    }
}
