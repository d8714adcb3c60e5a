/* The MSVC dialect as Windows sources use it, in a header (#pragma once, pack). */
#pragma once
#pragma warning(push)
#pragma warning(disable: 4996 4100)
#pragma comment(lib, "ws2_32.lib")
#pragma comment(linker, "/subsystem:console")
#ifdef _MSC_VER
#error _MSC_VER must stay undefined, as with mingw-w64
#endif
#ifdef __cplusplus
extern "C" {
#endif
__declspec(dllexport) int exported(void);
__declspec(dllimport) int imported(void);
__declspec(noinline) int notinlined(void);
__declspec(noreturn) void never(void);
__declspec(deprecated) int old1(void);
__declspec(deprecated("use new2")) int old2(void);
__declspec(dllexport noinline) int both(void);
#define EXPORT_SPEC dllexport
__declspec(EXPORT_SPEC) int viamacro(void);
__declspec(spectre(nomitigation)) int nomitigation(void);
__declspec(restrict) void *fresh(void);
__declspec(noalias) void touches_only_arguments(int *p);
__declspec(nothrow) void never_throws(void);
__declspec(safebuffers) void unchecked(void);
__declspec(no_sanitize_address) void unsanitized(void);
__declspec() int empty_declspec(void);
extern __declspec(align(16)) int aligned16;
extern __declspec(thread) int perthread;
/* Defined in two translation units; selectany makes them one object. */
__declspec(selectany) int chosen = 2;
__declspec(selectany) const char *chosen_name = "chosen";
const void *chosen_from_other_unit(void);
int __cdecl c1(int); int __stdcall c2(int); int __fastcall c3(int); int __thiscall c4(int);
int _cdecl c5(int); int _stdcall c6(int);
typedef int (__stdcall *STDPROC)(int);
#ifdef __cplusplus
}
struct __declspec(novtable) Interface { virtual int get() = 0; virtual ~Interface() {} };
class __declspec(dllexport) Exported { public: int x; };
struct __declspec(empty_bases) Bases : Exported { };
#else
struct __declspec(novtable) Interface { int a; };
#endif
#pragma pack(push, 1)
struct Packed { char c; int i; };
#pragma pack(pop)
#pragma pack(push, 2)
struct Packed2 { char c; int i; };
#pragma pack(pop)
struct Natural { char c; int i; };
typedef unsigned __int8 U8; typedef unsigned __int16 U16; typedef unsigned __int32 U32; typedef unsigned __int64 U64;
typedef __int8 I8; typedef signed __int16 I16; typedef __int32 I32; typedef __int64 I64;
static __forceinline int forced(int x) { return x + 1; }
#define QUIET_4127 __pragma(warning(disable: 4127))
#pragma warning(pop)
