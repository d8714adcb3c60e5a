// std::wstring and the wide streams on a 16-bit wchar_t, as on Windows. Prints "name: value"
// lines; wide values as ASCII with every other unit as \uXXXX.
#include <windows.h>
#include <cstdio>
#include <cwchar>
#include <cwctype>
#include <limits>
#include <locale>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <iostream>

static std::string show(const std::wstring &s) {
  std::string out;
  char buf[8];
  for (wchar_t c : s) {
    unsigned u = static_cast<unsigned short>(c);
    if (u >= 0x20 && u < 0x7f && u != '\\') out += static_cast<char>(u);
    else { std::snprintf(buf, sizeof buf, "\\u%04X", u); out += buf; }
  }
  return out;
}

int main() {
  std::printf("sizeof-wchar_t: %d\n", static_cast<int>(sizeof(wchar_t)));
  std::printf("limits-max: %u\n", static_cast<unsigned>((std::numeric_limits<wchar_t>::max)()));
  std::printf("WCHAR_MAX: %u\n", static_cast<unsigned>(WCHAR_MAX));

  std::wstring s(L"h\u00e9llo");
  std::printf("construct: %d %s\n", static_cast<int>(s.size()), show(s).c_str());
  std::wstring pair(L"\U0001F600");
  std::printf("pair-size: %d\n", static_cast<int>(pair.size()));
  std::printf("find: %d %d\n", static_cast<int>(s.find(L"llo")), s.find(L"xyz") == std::wstring::npos);
  std::printf("rfind-char: %d\n", static_cast<int>(s.rfind(L'l')));
  std::printf("compare: %d %d %d\n", s.compare(L"h\u00e9llo") == 0, s < std::wstring(L"z"), s.compare(L"a") > 0);
  std::wstring a = s + L", " + L"w\u00f6rld";
  a.append(3, L'!');
  a += L'?';
  std::printf("append: %d %s\n", static_cast<int>(a.size()), show(a).c_str());
  std::printf("substr: %s\n", show(a.substr(7, 5)).c_str());
  // Longer than the short-string buffer: the heap representation.
  std::wstring big(1000, L'x');
  big.insert(500, L"mid");
  std::printf("long: %d %d\n", static_cast<int>(big.size()), static_cast<int>(big.find(L"mid")));

  std::printf("to_wstring: %s %s\n", show(std::to_wstring(42)).c_str(), show(std::to_wstring(-7LL)).c_str());
  std::printf("stoi: %d\n", std::stoi(std::wstring(L"123")));
  std::printf("stol-hex: %ld\n", std::stol(std::wstring(L"ff"), nullptr, 16));
  std::printf("stod: %.2f\n", std::stod(std::wstring(L"2.5e1")));
  try {
    std::stoi(std::wstring(L"abc"));
    std::printf("stoi-invalid: no exception\n");
  } catch (const std::invalid_argument &) {
    std::printf("stoi-invalid: invalid_argument\n");
  }

  std::wostringstream os;
  os << L"x=" << 42 << L' ' << 3.5 << L' ' << s;
  std::printf("wostringstream: %s\n", show(os.str()).c_str());
  std::wistringstream is(L"17 abc");
  int n = 0;
  std::wstring word;
  is >> n >> word;
  std::printf("wistringstream: %d %s\n", n, show(word).c_str());

  std::map<std::wstring, int> m{{L"b", 2}, {L"a", 1}};
  std::printf("map: %s\n", show(m.begin()->first).c_str());
  std::printf("hash-equal: %d\n", std::hash<std::wstring>()(L"k") == std::hash<std::wstring>()(std::wstring(L"k")));

  const std::ctype<wchar_t> &ct = std::use_facet<std::ctype<wchar_t>>(std::locale());
  std::printf("ctype: %d %d\n", ct.is(std::ctype_base::digit, L'7'), ct.toupper(L'q') == L'Q');
  std::printf("wcslen: %d\n", static_cast<int>(std::wcslen(s.c_str())));

  // L"" straight to a W function: WCHAR is wchar_t.
  HANDLE e = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  std::printf("CreateEventW: %d\n", e != nullptr);
  HANDLE named = CreateEventW(nullptr, TRUE, FALSE, L"name");
  std::printf("CreateEventW-named: %d %lu\n", named != nullptr, GetLastError());
  CloseHandle(e);

  std::fflush(stdout);
  std::wcout << L"wcout: " << s << L' ' << 5 << std::endl;
  return 0;
}
