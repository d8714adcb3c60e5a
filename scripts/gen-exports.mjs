#!/usr/bin/env node
// Generates wasm/runtime/exports_table.c: the functions GetProcAddress finds, per DLL.
//
//   node scripts/gen-exports.mjs          writes the table
//   node scripts/gen-exports.mjs --check  exits 1 when the committed table differs
//
// The exports are what the project's headers declare and provide:
//   - a declaration carrying __WSW_IMPORT(module, name) is exported by module.dll (the host's
//     import module is the DLL, as on Windows), except the runtime's private winsock_wasm module;
//   - a declaration carrying __WSW_RUNTIME(name) (pure C in wasm/runtime) is exported by the DLL
//     that Windows assigns its header to (HEADER_DLL below);
//   - a declaration marked unavailable (clang's attribute: the project does not provide it) is
//     never exported.
// wsock32.dll exports the Winsock 1.1 subset of ws2_32's (WINSOCK11 below, from the Windows
// Sockets 1.1 specification's function list), plus mswsock's 1.1-era extensions.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INCLUDE = path.join(ROOT, 'wasm', 'include');
const OUT = path.join(ROOT, 'wasm', 'runtime', 'exports_table.c');

// The DLL Windows exports a header's functions from; null: a header whose functions Windows
// defines inline or which is not a Windows DLL's (strsafe.h, the CRT's). A header that declares
// runtime functions must be listed, so that a new one is assigned deliberately.
const HEADER_DLL = {
  'winsock.h': 'ws2_32', 'winsock2.h': 'ws2_32', 'ws2tcpip.h': 'ws2_32', 'ws2def.h': 'ws2_32', 'ws2ipdef.h': 'ws2_32',
  'mswsock.h': 'mswsock',
  'winbase.h': 'kernel32', 'libloaderapi.h': 'kernel32', 'processthreadsapi.h': 'kernel32', 'synchapi.h': 'kernel32',
  'heapapi.h': 'kernel32', 'fileapi.h': 'kernel32', 'stringapiset.h': 'kernel32', 'winnls.h': 'kernel32',
  'iphlpapi.h': 'iphlpapi', 'netioapi.h': 'iphlpapi',
  'consoleapi.h': 'kernel32', 'debugapi.h': 'kernel32', 'memoryapi.h': 'kernel32', 'processenv.h': 'kernel32',
  'sysinfoapi.h': 'kernel32', 'timezoneapi.h': 'kernel32', 'minwinbase.h': 'kernel32',
  'winuser.h': 'user32', 'wingdi.h': 'gdi32', 'shellapi.h': 'shell32',
  'mmsystem.h': 'winmm', 'timeapi.h': 'winmm',
  'winsock_wasm_wide.h': null, 'strsafe.h': null, 'io.h': null, 'wspiapi.h': null, 'excpt.h': null,
};

// Functions whose header Windows shares with another DLL's: winbase.h declares advapi32's too.
const FUNCTION_DLL = { GetUserNameA: 'advapi32', GetUserNameW: 'advapi32' };

// Runtime functions no header of the project declares, because mingw-w64 declares them only in
// the driver kit's headers (ddk/ntddk.h): reached through GetProcAddress alone. Each with the
// prototype the table declares it by.
const UNDECLARED_EXPORTS = {
  ntdll: { RtlGetVersion: 'LONG WINAPI RtlGetVersion(PRTL_OSVERSIONINFOW lpVersionInformation)' },
};

// Functions the project defines inline in its headers that Windows exports from a DLL.
// (htonll, ntohll, htonf ... are inline in Windows' own winsock2.h and are not exported.)
const INLINE_EXPORTS = { ws2_32: ['htonl', 'htons', 'ntohl', 'ntohs'] };

// Windows Sockets 1.1, chapter 4 (socket and database routines) and 4.3 (extensions).
const WINSOCK11 = new Set([
  'accept', 'bind', 'closesocket', 'connect', 'getpeername', 'getsockname', 'getsockopt', 'htonl', 'htons',
  'inet_addr', 'inet_ntoa', 'ioctlsocket', 'listen', 'ntohl', 'ntohs', 'recv', 'recvfrom', 'select', 'send',
  'sendto', 'setsockopt', 'shutdown', 'socket', 'gethostbyaddr', 'gethostbyname', 'gethostname',
  'getprotobyname', 'getprotobynumber', 'getservbyname', 'getservbyport', 'WSAAsyncGetHostByAddr',
  'WSAAsyncGetHostByName', 'WSAAsyncGetProtoByName', 'WSAAsyncGetProtoByNumber', 'WSAAsyncGetServByName',
  'WSAAsyncGetServByPort', 'WSAAsyncSelect', 'WSACancelAsyncRequest', 'WSACancelBlockingCall', 'WSACleanup',
  'WSAGetLastError', 'WSAIsBlocking', 'WSASetBlockingHook', 'WSASetLastError', 'WSAStartup',
  'WSAUnhookBlockingHook', '__WSAFDIsSet',
]);
const WSOCK32_FROM_MSWSOCK = new Set(['AcceptEx', 'GetAcceptExSockaddrs', 'TransmitFile', 'WSARecvEx']);

export function collect() {
  const byDll = new Map();
  const add = (dll, name, kind) => {
    if (!byDll.has(dll)) byDll.set(dll, new Map());
    byDll.get(dll).set(name, kind);
  };
  for (const file of fs.readdirSync(INCLUDE).filter((f) => f.endsWith('.h')).sort()) {
    const text = fs.readFileSync(path.join(INCLUDE, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
    // Declarations end at ';' or at a function body's '{'; preprocessor lines stand alone.
    const statements = text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n').split(/[;{}]/);
    for (const st of statements) {
      if (/\bunavailable\b|__WSW_NO_WIDE|__WSW_UNAVAILABLE/.test(st)) continue;
      const imp = /__WSW_IMPORT\(\s*(\w+)\s*,\s*(\w+)\s*\)/.exec(st);
      const rt = /__WSW_RUNTIME\(\s*(\w+)\s*\)/.exec(st);
      if (imp) {
        if (imp[1] !== 'winsock_wasm') add(imp[1], imp[2], /^\s*extern\b/.test(st) ? 'data' : 'function');
      } else {
        // A runtime function: labelled for the linker (__WSW_RUNTIME), or a plain WINAPI declaration.
        const plain = /\bstatic\b|\btypedef\b|__inline|\binline\b/.test(st) ? null : /\bWINAPI\s+(\w+)\s*\(/.exec(st);
        const name = rt?.[1] ?? plain?.[1];
        if (!name) continue;
        if (!(file in HEADER_DLL)) throw new Error(`${file} declares ${name}: assign ${file} to a DLL (or null) in HEADER_DLL of scripts/gen-exports.mjs`);
        const dll = FUNCTION_DLL[name] ?? HEADER_DLL[file];
        if (dll) add(dll, name, /^\s*extern\b/.test(st) ? 'data' : 'function');
      }
    }
  }
  for (const [dll, names] of Object.entries(INLINE_EXPORTS)) for (const n of names) add(dll, n, 'function');
  for (const [dll, fns] of Object.entries(UNDECLARED_EXPORTS)) for (const n of Object.keys(fns)) add(dll, n, 'function');
  for (const [name, kind] of byDll.get('ws2_32') ?? []) if (WINSOCK11.has(name)) add('wsock32', name, kind);
  for (const [name, kind] of byDll.get('mswsock') ?? []) if (WSOCK32_FROM_MSWSOCK.has(name)) add('wsock32', name, kind);
  return byDll;
}

// The DLLs LoadLibrary knows, in HMODULE order; a DLL with no export yet is still loadable.
export const DLLS = ['kernel32', 'ws2_32', 'wsock32', 'mswsock', 'iphlpapi', 'winmm', 'user32', 'shell32', 'ntdll', 'advapi32', 'gdi32'];

export function generate() {
  const byDll = collect();
  for (const dll of byDll.keys()) if (!DLLS.includes(dll)) throw new Error(`exports for ${dll}.dll, which DLLS does not list`);
  const rows = [];
  for (let i = 0; i < DLLS.length; i++) {
    const names = [...(byDll.get(DLLS[i])?.keys() ?? [])].sort();
    for (const n of names) rows.push({ dll: i, name: n });
  }
  const lines = [
    '/* Generated by scripts/gen-exports.mjs from the project\'s headers: do not edit. */',
    '/* Referenced only by libloader.c, so a program that never calls GetProcAddress links none of it. */',
    '#define WIN32_LEAN_AND_MEAN',
    '#include <winsock2.h>',
    '#include <ws2tcpip.h>',
    '#include <windows.h>',
    ...fs.readdirSync(INCLUDE).filter((f) => HEADER_DLL[f] && !['winsock2.h', 'ws2tcpip.h', 'winbase.h'].includes(f)).sort()
      .map((f) => `#include <${f}>`),
    '#include "libloader_table.h"',
    '',
    ...Object.values(UNDECLARED_EXPORTS).flatMap((fns) => Object.values(fns)).map((proto) => `${proto}; /* declared by no header */`),
    '',
    '/* Sorted by DLL, then by name (strcmp order). */',
    'const struct __wsw_export __wsw_exports[] = {',
    ...rows.map((r) => `    {${r.dll}, "${r.name}", (void *)&${r.name}},`),
    '};',
    'const unsigned __wsw_export_count = sizeof(__wsw_exports) / sizeof(__wsw_exports[0]);',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const now = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (now !== text) { console.error(`${path.relative(ROOT, OUT)} is stale: run node scripts/gen-exports.mjs`); process.exit(1); }
  } else {
    fs.writeFileSync(OUT, text);
  }
}
