/* io.h's MSVC names are the C library's real functions; <unistd.h> after
 * <winsock2.h> leaves gethostname the ws2_32 import. */
#include <winsock2.h>
#include <unistd.h>
#include <io.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>

int main(void)
{
    WSADATA wsa;
    char name[256];
    char buf[16] = {0};
    const char *file = "crt_io.tmp";
    int fd, w, r, d, d2;
    long end;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        return 1;
    fd = _open(file, _O_CREAT | _O_TRUNC | _O_WRONLY | _O_BINARY, _S_IREAD | _S_IWRITE);
    w = _write(fd, "hello io", 8);
    _close(fd);
    fd = _open(file, _O_RDONLY | _O_BINARY);
    end = _lseek(fd, 0, SEEK_END);
    _lseek(fd, 2, SEEK_SET);
    r = _read(fd, buf, sizeof buf - 1);
    d = _dup(fd);
    d2 = _dup2(d, 20);
    printf("write %d, size %ld, read %d \"%s\", access %d, dup %d, dup2 %d, isatty %d\n", w, end, r, buf,
           _access(file, 0), d > fd, d2, _isatty(fd));
    _close(fd);
    _close(d);
    _close(20); /* _dup2 returns 0, not the descriptor */
    printf("read after close %d\n", _read(fd, buf, 1));
    printf("chmod %d, unlink %d, access after unlink %d\n", _chmod(file, _S_IREAD | _S_IWRITE), _unlink(file), _access(file, 0));
    printf("gethostname %d, WSAGetLastError %d, name %s\n", gethostname(name, sizeof name), WSAGetLastError(), name[0] ? "set" : "empty");
    WSACleanup();
    return 0;
}
