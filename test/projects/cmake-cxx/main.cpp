// Starts Windows Sockets and prints the version it got, with C++17's library.
#include <winsock2.h>
#include <iostream>
#include <optional>
#include <string>

static std::optional<std::string> startup() {
  WSADATA d;
  if (WSAStartup(MAKEWORD(2, 2), &d) != 0) return std::nullopt;
  return std::to_string(LOBYTE(d.wVersion)) + "." + std::to_string(HIBYTE(d.wVersion));
}

int main() {
  auto v = startup();
  std::cout << "winsock " << v.value_or("unavailable") << std::endl;
  WSACleanup();
  return v ? 0 : 1;
}
