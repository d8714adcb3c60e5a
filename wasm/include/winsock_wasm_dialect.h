/*
 * winsock_wasm_dialect.h - the Microsoft C dialect on clang for wasm32
 * (winsock-wasm).
 *
 * Not a Windows header: the compiler driver includes it before every
 * translation unit (-include), together with -fdeclspec, the way
 * mingw-w64's GCC predefines these names, so Windows sources compile
 * unchanged whatever they include first. _MSC_VER stays undefined, as with
 * mingw-w64: code that tests it would take paths (intrinsics, MSVC-only
 * pragmas and keywords) that this compiler does not have.
 *
 * Not -fms-extensions: it makes __try, __except, __finally and __leave
 * keywords that clang rejects on this target, allows MSVC-only C++ (and, in
 * C, anonymous struct members named by tag, which change a struct's layout),
 * and still warns on dllexport, dllimport and novtable. What it would add
 * that programs use (__int64, __declspec(thread), #pragma warning/comment,
 * __pragma) is provided here instead.
 *
 * Structured exception handling (__try ...) lives in excpt.h, which
 * windows.h includes, as on Windows.
 */
#ifndef WINSOCK_WASM_DIALECT_H
#define WINSOCK_WASM_DIALECT_H

/*
 * #pragma comment(lib, ...), #pragma warning(...) and MSVC's other pragmas:
 * clang knows them only with -fms-extensions. Accept them silently, also
 * under -Wall, as MSVC does. (A diagnostic pragma here outranks -W flags on
 * the command line, wherever the user put them.)
 */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wunknown-pragmas"
#endif
/* MSVC's pragma operator, for pragmas inside macros. */
#ifndef __pragma
#define __pragma(x) _Pragma(#x)
#endif

/* Sized integer keywords, as mingw-w64 defines them. */
#ifndef __int8
#define __int8 char
#endif
#ifndef __int16
#define __int16 short
#endif
#ifndef __int32
#define __int32 int
#endif
#ifndef __int64
#define __int64 long long
#endif

/* Calling conventions: wasm has one, so they all mean nothing. */
#ifndef __cdecl
#define __cdecl
#endif
#ifndef _cdecl
#define _cdecl
#endif
#ifndef __stdcall
#define __stdcall
#endif
#ifndef _stdcall
#define _stdcall
#endif
#ifndef __fastcall
#define __fastcall
#endif
#ifndef _fastcall
#define _fastcall
#endif
#ifndef __thiscall
#define __thiscall
#endif
#ifndef _thiscall
#define _thiscall
#endif
#ifndef __vectorcall
#define __vectorcall
#endif

#ifndef __forceinline
#define __forceinline __inline__ __attribute__((__always_inline__))
#endif
/* Pointer-size qualifiers of 32-bit Windows: a pointer is 32 bits anyway. */
#ifndef __w64
#define __w64
#endif
#ifndef __ptr32
#define __ptr32
#endif
#ifndef __ptr64
#define __ptr64
#endif
#ifndef __unaligned
#define __unaligned
#endif
#ifndef __assume
#define __assume(e) __builtin_assume(e)
#endif

/*
 * __declspec: a keyword with -fdeclspec, and clang implements align(n),
 * noinline, noreturn, deprecated[("text")], selectany (a weak definition:
 * two translation units may define the same object), restrict, noalias,
 * nothrow, allocator and code_seg itself. Those it warns about on this
 * target are rewritten first: dllexport and dllimport (a program is one
 * module), novtable, empty_bases, safebuffers, spectre, jitintrinsic,
 * appdomain and process mean nothing here; thread becomes __thread.
 *
 * __declspec(a b) becomes __WSW_DS_a b ) where each __WSW_DS_<name> ends
 * in the __declspec keyword and an open parenthesis: inside this macro's
 * expansion the name __declspec is not expanded again, so it reaches the
 * compiler as the keyword, and any further names in the list with it.
 * The argument is macro-expanded first, so __declspec(SOME_MACRO) works.
 * naked fails, as it must on a target without assembly-only functions;
 * uuid and property need -fms-extensions and fail with clang's message.
 */
#define __declspec(x) __WSW_DECLSPEC(x)
#define __WSW_DECLSPEC(x) __WSW_DS_##x )
#define __WSW_DS_ __declspec(
#define __WSW_DS_align __declspec(align
#define __WSW_DS_allocate __declspec(allocate
#define __WSW_DS_allocator __declspec(allocator
#define __WSW_DS_appdomain __declspec(
#define __WSW_DS_code_seg __declspec(code_seg
#define __WSW_DS_deprecated __declspec(deprecated
#define __WSW_DS_dllexport __declspec(
#define __WSW_DS_dllimport __declspec(
#define __WSW_DS_empty_bases __declspec(
#define __WSW_DS_jitintrinsic __declspec(
#define __WSW_DS_naked __declspec(naked
#define __WSW_DS_noalias __declspec(noalias
#define __WSW_DS_noinline __declspec(noinline
#define __WSW_DS_noreturn __declspec(noreturn
#define __WSW_DS__Noreturn _Noreturn __declspec(
#define __WSW_DS_nothrow __declspec(nothrow
#define __WSW_DS_novtable __declspec(
#define __WSW_DS_no_sanitize_address __attribute__((__no_sanitize__("address"))) __declspec(
#define __WSW_DS_process __declspec(
#define __WSW_DS_property __declspec(property
#define __WSW_DS_restrict __declspec(restrict
#define __WSW_DS_safebuffers __declspec(
#define __WSW_DS_selectany __declspec(selectany
#define __WSW_DS_spectre __WSW_DS_IGNORE
#define __WSW_DS_thread __thread __declspec(
#define __WSW_DS_uuid __declspec(uuid
/* spectre(nomitigation): the argument goes too (with anything after it). */
#define __WSW_DS_IGNORE(...) __declspec(

/* The Windows entry points other than main have C linkage in C++ too, as MSVC gives them:
 * declared here, before the program's definition, so that wasm/runtime/crt_main.c finds them
 * (the types are the ones windef.h spells HINSTANCE, LPSTR and LPWSTR). One function of a name
 * can have C linkage: a wmain with envp, wmain(int, wchar_t **, wchar_t **), is an overload
 * with C++ linkage, which winsock-cc exports by its mangled name. */
#ifdef __cplusplus
extern "C" int wmain(int, wchar_t **);
extern "C" int wWinMain(struct HINSTANCE__ *, struct HINSTANCE__ *, wchar_t *, int);
extern "C" int WinMain(struct HINSTANCE__ *, struct HINSTANCE__ *, char *, int);
#endif

#endif /* WINSOCK_WASM_DIALECT_H */
