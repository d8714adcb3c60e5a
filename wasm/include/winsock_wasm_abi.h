/*
 * winsock_wasm_abi.h - private helpers shared by the winsock-wasm headers.
 *
 * Not a Windows header: Windows programs never include it directly.
 *
 * Every function that the TypeScript host provides is a wasm import. Its
 * declaration carries two things:
 *   - import_module/import_name: the wasm import ("ws2_32"."send"), exactly as
 *     a Windows executable imports send from ws2_32.dll;
 *   - an asm label "__ws2_32_send": the C symbol the linker sees. musl (linked
 *     by Emscripten) defines its own send, select, getaddrinfo ...; without
 *     the label the linker would resolve our calls to musl's POSIX versions
 *     instead of leaving them as imports.
 *
 * Functions implemented in pure C in wasm/runtime/ carry only a label
 * "__ws2_32_rt_<name>", for the same reason (musl has inet_addr, inet_ntop ...).
 */
#ifndef WINSOCK_WASM_ABI_H
#define WINSOCK_WASM_ABI_H

/*
 * MSVC programs say #pragma comment(lib, "ws2_32.lib") and
 * #pragma warning(disable: ...). clang does not know these pragmas on wasm
 * and would warn under -Wall (-Wunknown-pragmas). Silence that for the rest
 * of the translation unit, as MSVC would accept them. (A pragma written
 * before the first include of any of our headers still warns; the compiler
 * driver can pass -Wno-unknown-pragmas to cover that case too.)
 */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wunknown-pragmas"
#endif

#define __WSW_IMPORT(mod, name) __asm__("__" #mod "_" #name) __attribute__((import_module(#mod), import_name(#name)))
#define __WSW_RUNTIME(name) __asm__("__ws2_32_rt_" #name)

/* Static layout checks that work in C (C11, or C99 as an extension without
 * -pedantic noise) and C++. */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define __WSW_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#else
#define __WSW_STATIC_ASSERT(cond, msg) __extension__ _Static_assert(cond, msg)
#endif
#define __WSW_SIZE(type, n) __WSW_STATIC_ASSERT(sizeof(type) == (n), "sizeof(" #type ") must be " #n " (Win32 i686 ABI)")
#define __WSW_OFFSET(type, field, n) __WSW_STATIC_ASSERT(__builtin_offsetof(type, field) == (n), "offsetof(" #type ", " #field ") must be " #n " (Win32 i686 ABI)")
#if defined(__cplusplus)
#define __WSW_ALIGNOF(type) __alignof__(type)
#else
#define __WSW_ALIGNOF(type) (__extension__ _Alignof(type))
#endif
#define __WSW_ALIGN(type, n) __WSW_STATIC_ASSERT(__WSW_ALIGNOF(type) == (n), "alignof(" #type ") must be " #n " (Win32 i686 ABI)")

#if defined(__cplusplus)
#define __WSW_BEGIN_DECLS extern "C" {
#define __WSW_END_DECLS }
#else
#define __WSW_BEGIN_DECLS
#define __WSW_END_DECLS
#endif

#endif /* WINSOCK_WASM_ABI_H */
