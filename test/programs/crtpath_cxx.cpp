// The C++ library's files take Windows paths: std::ofstream, std::ifstream and std::fstream
// (libc++'s filebuf opens with fopen), std::fopen, std::rename and std::remove, with
// backslashes as separators. Runs in the directory given as argv[1] (an empty one the test
// makes); the output is the same under Windows (Wine) and here.
#include <windows.h>
#include <direct.h>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

static std::string win32_read(const char *name)
{
    char buf[64] = {0};
    DWORD n = 0;
    HANDLE h = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) return "no file";
    ReadFile(h, buf, sizeof buf - 1, &n, NULL);
    CloseHandle(h);
    return std::string("[") + buf + "]";
}

int main(int argc, char **argv)
{
    if (argc < 2 || !SetCurrentDirectoryA(argv[1])) { std::cout << "usage: crtpath_cxx <empty dir>\n"; return 2; }
    std::cout << "_mkdir a: " << _mkdir("a") << "\n";
    {
        std::ofstream out("a\\b.txt");
        out << "ofstream";
        std::cout << "ofstream a\\b.txt: " << out.good() << "\n";
    }
    std::cout << "CreateFile a/b.txt: " << win32_read("a/b.txt") << "\n";
    {
        std::ifstream in("a\\b.txt");
        std::string s;
        std::getline(in, s);
        std::cout << "ifstream a\\b.txt: " << in.eof() << " [" << s << "]\n";
    }
    {
        std::fstream io("a\\b.txt", std::ios::in | std::ios::out | std::ios::app);
        io << "+fstream";
        std::cout << "fstream a\\b.txt app: " << io.good() << "\n";
    }
    std::cout << "CreateFile a/b.txt: " << win32_read("a/b.txt") << "\n";
    std::ifstream missing("nodir\\b.txt");
    std::cout << "ifstream nodir\\b.txt: " << missing.is_open() << "\n";
    std::FILE *f = std::fopen("a\\c.txt", "w");
    std::cout << "std::fopen a\\c.txt: " << (f != nullptr) << "\n";
    if (f) { std::fputs("std::fopen", f); std::fclose(f); }
    std::cout << "CreateFile a/c.txt: " << win32_read("a/c.txt") << "\n";
    std::cout << "std::rename a\\c.txt a\\d.txt: " << std::rename("a\\c.txt", "a\\d.txt") << "\n";
    std::cout << "CreateFile a/d.txt: " << win32_read("a/d.txt") << "\n";
    std::cout << "std::remove a\\d.txt: " << std::remove("a\\d.txt") << "\n";
    std::cout << "std::remove a\\b.txt: " << std::remove("a\\b.txt") << "\n";
    std::cout << "_rmdir a: " << _rmdir("a") << "\n";
    std::cout << "GetFileAttributes a: " << (GetFileAttributesA("a") == INVALID_FILE_ATTRIBUTES) << "\n";
    return 0;
}
