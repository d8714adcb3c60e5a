// C++ exceptions across calls that suspend the guest: each throw comes after a blocking
// Winsock or Win32 call that waited (Sleep, a recv that times out) inside a try block of a
// function called from another function's try block, and is caught by the outer catch,
// with destructors run, locals intact and the C stack where it was. RTTI works too.
#include <winsock2.h>
#include <windows.h>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <typeinfo>

struct Noisy {
    const char *name;
    ~Noisy() { std::printf("~%s\n", name); }
};

struct WaitFailed : std::runtime_error {
    explicit WaitFailed(const std::string &what) : std::runtime_error(what) {}
};

static void sleepThenThrow() {
    Noisy guard{"inner guard"};
    try {
        Sleep(20);
        throw WaitFailed("thrown after Sleep resumed");
    } catch (const std::logic_error &) {
        std::puts("wrong catch");
    }
}

// A blocking recv that waits for data that never comes, until SO_RCVTIMEO ends it.
static void recvThenThrow(SOCKET s) {
    Noisy guard{"recv guard"};
    try {
        char buf[16];
        int n = recv(s, buf, sizeof buf, 0);
        if (n == SOCKET_ERROR) throw WaitFailed("recv failed with " + std::to_string(WSAGetLastError()));
        std::puts("recv returned data?");
    } catch (const std::bad_alloc &) {
        std::puts("wrong catch");
    }
}

template <typename F> static void outer(const char *what, F f) {
    try {
        Noisy g{"outer guard"};
        f();
        std::puts("no throw?");
    } catch (const std::runtime_error &e) {
        std::printf("%s: caught %s: %s\n", what, typeid(e) == typeid(WaitFailed) ? "WaitFailed" : typeid(e).name(), e.what());
    }
}

__attribute__((noinline)) static uintptr_t stackProbe() {
    char c[16];
    volatile char *p = c;
    p[0] = 1;
    return (uintptr_t)p;
}

static void sleeper(int i) {
    char big[300];
    std::memset(big, i & 0x7f, sizeof big);
    try {
        SleepEx(1, FALSE);
        if (i % 3 == 0) throw std::runtime_error("r" + std::to_string(i));
    } catch (const std::logic_error &) {
        std::puts("wrong catch");
    }
    for (char c : big) if (c != (i & 0x7f)) { std::puts("inner locals corrupt"); break; }
}

static void middle(int i) {
    std::string keep(100, 'k');
    try { sleeper(i); } catch (const std::length_error &) { std::puts("wrong catch"); }
}

struct Base { virtual ~Base() {} };
struct Derived : Base { int x = 7; };

int main() {
    outer("Sleep", sleepThenThrow);

    WSADATA w;
    if (WSAStartup(MAKEWORD(2, 2), &w)) return 1;
    SOCKET l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    sockaddr_in a = {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int len = sizeof a;
    if (bind(l, (sockaddr *)&a, sizeof a) || listen(l, 1) || getsockname(l, (sockaddr *)&a, &len)) return 1;
    SOCKET c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (connect(c, (sockaddr *)&a, sizeof a)) return 1;
    SOCKET s = accept(l, NULL, NULL);
    DWORD ms = 50;
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&ms, sizeof ms);
    outer("recv", [s] { recvThenThrow(s); });

    // Many suspensions and throws: the stack pointer and the locals survive each.
    uintptr_t first = stackProbe();
    int caught = 0, moved = 0, corrupt = 0;
    for (int i = 0; i < 30; i++) {
        char mine[200];
        std::memset(mine, 'm', sizeof mine);
        try { middle(i); } catch (const std::runtime_error &e) { caught += std::string(e.what()) == "r" + std::to_string(i); }
        for (char ch : mine) if (ch != 'm') { corrupt++; break; }
        if (stackProbe() != first) moved++;
    }
    std::printf("loop: caught %d, stack moved %d, locals corrupt %d\n", caught, moved, corrupt);

    Derived d;
    Base *b = &d;
    Derived *dp = dynamic_cast<Derived *>(b);
    std::printf("dynamic_cast: %d\n", dp ? dp->x : -1);
    closesocket(s); closesocket(c); closesocket(l);
    WSACleanup();
    return 0;
}
