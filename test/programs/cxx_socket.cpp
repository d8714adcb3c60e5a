// A C++ Winsock client as Windows programs are written: RAII sockets, std::string and
// containers, iostreams, and exceptions thrown from failed socket calls. It talks to a
// loopback peer (argv[1]: its port) that answers each line with the line upper-cased, then
// connects to a port nobody listens on (argv[2]) and reports the refusal it catches.
#include <winsock2.h>
#include <ws2tcpip.h>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#pragma comment(lib, "ws2_32.lib")

class SocketError : public std::runtime_error {
public:
    SocketError(const std::string &call, int code)
        : std::runtime_error(call + " failed with " + std::to_string(code)), code_(code) {}
    int code() const { return code_; }
private:
    int code_;
};

class Socket {
public:
    Socket() : s_(socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)) {
        if (s_ == INVALID_SOCKET) throw SocketError("socket", WSAGetLastError());
    }
    ~Socket() { closesocket(s_); }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    void connectTo(const std::string &host, unsigned short port) {
        sockaddr_in a = {};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        if (inet_pton(AF_INET, host.c_str(), &a.sin_addr) != 1) throw std::invalid_argument("bad address " + host);
        if (connect(s_, reinterpret_cast<sockaddr *>(&a), sizeof a) == SOCKET_ERROR) throw SocketError("connect", WSAGetLastError());
    }
    void sendAll(const std::string &data) {
        size_t off = 0;
        while (off < data.size()) {
            int n = send(s_, data.data() + off, static_cast<int>(data.size() - off), 0);
            if (n == SOCKET_ERROR) throw SocketError("send", WSAGetLastError());
            off += static_cast<size_t>(n);
        }
    }
    // One line, without its newline; the peer's close before a newline is an error.
    std::string recvLine() {
        for (;;) {
            size_t nl = pending_.find('\n');
            if (nl != std::string::npos) {
                std::string line = pending_.substr(0, nl);
                pending_.erase(0, nl + 1);
                return line;
            }
            char buf[7]; // small, so lines arrive in pieces
            int n = recv(s_, buf, sizeof buf, 0);
            if (n == SOCKET_ERROR) throw SocketError("recv", WSAGetLastError());
            if (n == 0) throw std::runtime_error("peer closed mid-line");
            pending_.append(buf, static_cast<size_t>(n));
        }
    }
private:
    SOCKET s_;
    std::string pending_;
};

struct Winsock {
    Winsock() {
        WSADATA w;
        int e = WSAStartup(MAKEWORD(2, 2), &w);
        if (e != 0) throw SocketError("WSAStartup", e);
    }
    ~Winsock() { WSACleanup(); }
};

static std::map<std::string, std::string> exchange(unsigned short port, const std::vector<std::string> &words) {
    std::map<std::string, std::string> replies;
    auto s = std::make_unique<Socket>();
    s->connectTo("127.0.0.1", port);
    std::ostringstream all;
    for (const auto &w : words) all << w << '\n';
    s->sendAll(all.str()); // every line at once; the replies come back in pieces
    for (const auto &w : words) replies[w] = s->recvLine();
    return replies;
}

int main(int argc, char **argv) {
    if (argc < 3) { std::cerr << "usage: cxx_socket port closed-port\n"; return 2; }
    try {
        Winsock ws;
        std::vector<std::string> words = {"gamma", "alpha", "beta", "delta"};
        auto replies = exchange(static_cast<unsigned short>(std::atoi(argv[1])), words);
        for (const auto &kv : replies) std::cout << kv.first << " -> " << kv.second << '\n';
        std::sort(words.begin(), words.end(), [](const std::string &a, const std::string &b) { return a.size() < b.size() || (a.size() == b.size() && a < b); });
        std::cout << "by length:";
        for (const auto &w : words) std::cout << ' ' << w;
        std::cout << std::endl;
        try {
            Socket s;
            s.connectTo("127.0.0.1", static_cast<unsigned short>(std::atoi(argv[2])));
            std::cout << "connected to a closed port?" << std::endl;
        } catch (const SocketError &e) {
            std::cout << "caught: " << e.what() << (e.code() == WSAECONNREFUSED ? " (WSAECONNREFUSED)" : "") << std::endl;
        }
        try {
            Socket s;
            s.connectTo("not an address", 1);
        } catch (const std::invalid_argument &e) {
            std::cout << "caught: " << e.what() << std::endl;
        }
        throw SocketError("a final", 0);
    } catch (const std::exception &e) {
        std::cout << "main caught: " << e.what() << std::endl;
    }
    return 0;
}
