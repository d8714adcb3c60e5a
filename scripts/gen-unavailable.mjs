#!/usr/bin/env node
// Generates wasm/include/winsock_wasm_unavailable.h: every function mingw-w64's Windows
// headers declare that this project's headers do not, declared with clang's `unavailable`
// attribute and a reason, so that a call fails at compile time with
//   error: 'CreateProcessA' is unavailable: not provided by winsock-wasm: a wasm guest cannot start processes
// instead of an implicit declaration.
//
//   node scripts/gen-unavailable.mjs            writes the header
//   node scripts/gen-unavailable.mjs --check    exits 1 if the committed header differs
//
// The names come from clang-16's AST dump of a translation unit including mingw-w64's
// headers (/usr/share/mingw-w64/include, Debian's mingw-w64-common). The names excluded are
// computed the same way: every name (declaration or macro) that the project's own headers,
// with winsock-cc's flags, and Emscripten's C library declare. Rerun after adding a function
// to the headers: the drift test (test/integration/unavailable.test.ts) says when.
// No network; the output depends only on the headers read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INCLUDE = path.join(ROOT, 'wasm', 'include');
const OUT = path.join(INCLUDE, 'winsock_wasm_unavailable.h');
const MINGW = process.env.MINGW_INCLUDE ?? '/usr/share/mingw-w64/include';
const CLANG = 'clang-16';
// Defined while the project's names are collected, so the generated header hides itself.
const GENERATING = '__WSW_GENERATING_UNAVAILABLE';

// What a Windows networking program brings in: windows.h without WIN32_LEAN_AND_MEAN
// (kernel32, user32, gdi32, advapi32, winmm, shell32, ole32 ...) and the networking headers.
const MINGW_HEADERS = [
  'windows.h', 'winsock2.h', 'ws2tcpip.h', 'mswsock.h', 'iphlpapi.h', 'shellapi.h', 'winsvc.h',
  'mmsystem.h', 'objbase.h', 'wincrypt.h', 'tlhelp32.h', 'psapi.h',
];
// The C runtime part of mingw-w64's headers: musl and the project's CRT headers own those
// names (and the MSVC CRT names are the CRT's own business), so none are taken from here.
const CRT_FILE = /^(_mingw.*|crtdefs|corecrt.*|std\w*|string|wchar|ctype|wctype|time|malloc|math|errno|locale|limits|excpt|process|io|conio|fcntl|signal|setjmp|search|mbstring|mbctype|memory|assert|float|vadefs|swprintf|intrin|sec_api\/.*|sys\/.*|psdk_inc\/(?!intrin-impl).*)$/;

// The C library's headers: every name they declare is musl's, never unavailable.
const LIBC_HEADERS = [
  'assert.h', 'ctype.h', 'errno.h', 'fcntl.h', 'float.h', 'limits.h', 'locale.h', 'malloc.h', 'math.h',
  'setjmp.h', 'signal.h', 'stdarg.h', 'stddef.h', 'stdint.h', 'stdio.h', 'stdlib.h', 'string.h', 'strings.h',
  'time.h', 'wchar.h', 'wctype.h', 'unistd.h', 'dirent.h', 'poll.h', 'pthread.h', 'sched.h', 'semaphore.h',
  'netdb.h', 'arpa/inet.h', 'netinet/in.h', 'netinet/tcp.h', 'sys/socket.h', 'sys/select.h', 'sys/stat.h',
  'sys/time.h', 'sys/types.h', 'sys/ioctl.h', 'sys/mman.h', 'sys/uio.h', 'sys/wait.h', 'sys/resource.h',
  'sys/utsname.h', 'dlfcn.h', 'inttypes.h', 'iconv.h', 'langinfo.h', 'fnmatch.h', 'glob.h', 'libgen.h',
  'pwd.h', 'grp.h', 'termios.h', 'utime.h', 'spawn.h', 'syslog.h', 'ifaddrs.h', 'net/if.h', 'uchar.h',
];

// Reasons, first match wins: [test on the name, test on the header (basename), reason].
// Every reason begins "not provided by winsock-wasm" so a reader recognises the project's message.
const NP = 'not provided by winsock-wasm';
const YET = 'not provided by winsock-wasm yet';
const REASONS = [
  [/IoCompletionPort|QueuedCompletionStatus|^AcceptEx$|^GetAcceptExSockaddrs$|^ConnectEx$|^DisconnectEx$|^TransmitFile$|^TransmitPackets$|^BindIoCompletionCallback$/, null, `${YET}: I/O completion ports`],
  [null, /^(winsock2?|ws2tcpip|mswsock|ws2spi|mstcpip|nspapi|wsipx|ws2atm|mstcpip)\.h$/, `${YET}: this Winsock function`],
  [null, /^(iphlpapi|iprtrmib|ipexport|iptypes|netioapi|ifdef|icmpapi|ipmib|tcpmib|udpmib)\.h$/, `${YET}: IP Helper (iphlpapi)`],
  [/Process(?!or)|^WinExec$|^ShellExecute|^CreateProcess|^OpenProcess|^TerminateProcess|^ExitProcess$|^GetExitCodeProcess$|Job(Object)?|^CreateToolhelp32Snapshot$|^Process32|^Module32|^Thread32|^Heap32|^EnumProcess|^GetModuleFileNameEx|^GetModuleBaseName/, null, `${NP}: a wasm guest cannot start or inspect processes`],
  [/Thread|Fiber|Tls(Alloc|Free|GetValue|SetValue)|^Fls/, null, `${YET}: threads arrive with thread support`],
  [/CriticalSection|Mutex|Semaphore|SRWLock|ConditionVariable|^Interlocked|^_Interlocked|InitOnce|WaitOnAddress|WakeByAddress|SignalObjectAndWait|Barrier|^QueueUserAPC|^SwitchToThread$|^MemoryBarrier$|^YieldProcessor$/, null, `${YET}: threads and synchronisation arrive with thread support`],
  [/^Reg[A-Z]|^SHReg|^SHGetValue|^SHSetValue|^SHDeleteKey|^SHDeleteValue/, /^(winreg|shlwapi|winbase|winnt)\.h$/, `${NP}: a wasm guest has no registry`],
  [/Service|SCManager|^StartServiceCtrlDispatcher/, null, `${NP}: a wasm guest has no Windows services`],
  [/NamedPipe|^CreatePipe$|^CallNamedPipe|Mailslot/, null, `${NP}: no pipes or mailslots`],
  [/FileMapping|MapViewOfFile|UnmapViewOfFile|^FlushViewOfFile$/, null, `${NP}: no memory-mapped files`],
  [/^Virtual(Alloc|Free|Protect|Query|Lock|Unlock)/, null, `${NP}: a wasm guest cannot manage virtual memory`],
  [/^Co[A-Z]|^Ole[A-Z]|^CLSID|^IID|^ProgID|^StringFromCLSID|^StringFromGUID|^StringFromIID|^Sys(Alloc|Free|ReAlloc|String)|^Variant|^SafeArray|^Bstr|^Create(Bind|Item|File|Class|Pointer|Generic|AntiMoniker|Stream)Moniker|^GetRunningObjectTable$|^CreateStreamOnHGlobal$/, null, `${NP}: no COM`],
  [null, /^(objbase|combaseapi|ole2|oleauto|objidl|objidlbase|unknwn|unknwnbase|oaidl|ocidl|urlmon|propidl|propsys|oleidl|servprov|msxml|wtypes|comcat|rpc\w*|midles)\.h$/, `${NP}: no COM or RPC`],
  [null, /^(wincrypt|bcrypt|ncrypt|dpapi|sspi|security|secext|schannel|wintrust|mscat)\.h$/, `${NP}: no cryptography or security services`],
  [/Security|Token|Privilege|^(Get|Set|Add|Delete|Init|Is|Copy|Equal|Free|Allocate|Lookup|Create|Convert|Make|Map|Build|Check|Impersonate|Revert|Access|Audit|Object|Duplicate|Open)(Acl|Ace|Sid|Aces|Accounts?|AccessCheck|SecurityDescriptor|Token|Privilege)|^Impersonate|^RevertToSelf$|^LogonUser|Sid[A-Z]|Acl[A-Z]|^AccessCheck/, /^(winbase|securitybaseapi|processthreadsapi|winnt|aclapi|sddl|lmcons)\.h$/, `${NP}: no Windows security model`],
  [/^Event(Register|Unregister|Write|Enabled|ProviderEnabled|Activity)|^(Report|Register|Deregister|Open|Close|Read|Clear|Backup)Event(Log|Source)|^EventLog/, null, `${NP}: no event log`],
  [/^Crypt|^Cert/, null, `${NP}: no cryptography services`],
  [null, /^(mmsystem|mmeapi|timeapi|playsoundapi|mciapi|mmiscapi|mmiscapi2|joystickapi|digitalv)\.h$/, `${NP}: no multimedia (winmm)`],
  [null, /^(winuser|wingdi|commctrl|commdlg|dde|ddeml|dlgs|winspool|prsht|richedit|shellapi|shlobj|shobjidl|shlguid|shldisp|shtypes|winver|imm|windowsx|uxtheme|dwmapi|wincon|consoleapi\w*)\.h$/, `${NP}: no screen, keyboard or console: windows here draw nothing (window classes, message-only windows, the message loop and timers are provided, winuser.h)`],
  [/Console/, null, `${NP}: no console API`],
  [/Debug|^OutputDebugString|^IsDebuggerPresent$|^RaiseException$|UnhandledExceptionFilter|VectoredExceptionHandler|VectoredContinueHandler|^RtlCaptureContext|^RtlUnwind|^RtlLookupFunctionEntry|^RtlVirtualUnwind|StackBackTrace/, null, `${NP}: no debugging or structured exception API`],
  [/Volume|Drive|DosDevice|^DeviceIoControl$|Tape|^Backup|Ioctl|^SetFileIoOverlappedRange$|Transaction|^CreateHardLink|^CreateSymbolicLink|^ReplaceFile|^Wow64|^Encrypt|^Decrypt|FileEncryption|^GetCompressedFileSize/, null, `${NP}: a wasm guest has no devices, volumes or file-system extras`],
  [/Atom$|Atom[A-Z]|^(Get|Write)Profile|^(Get|Write)PrivateProfile/, null, `${NP}: no atoms or .ini profiles`],
  [/Power|Shutdown|SystemPowerStatus|^SetThreadExecutionState$|^ExitWindows|^LockWorkStation$/, null, `${NP}: a wasm guest cannot control the machine`],
  [/Resource|^LoadString|^FindResource|^LockResource|^SizeofResource|^EnumResource|^UpdateResource|^BeginUpdateResource|^EndUpdateResource/, null, `${NP}: no resources in a wasm module`],
];
const DEFAULT_REASON = `${NP}: this Windows API is not part of the wasm ABI`;

function reasonFor(name, header) {
  for (const [n, h, why] of REASONS) {
    if ((n === null || n.test(name)) && (h === null || h.test(header))) return why;
  }
  return DEFAULT_REASON;
}

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  if (r.error) throw new Error(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr.slice(0, 4000)}`);
  return r.stdout;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-unavailable-'));
function unit(name, headers) {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, headers.map((h) => `#include <${h}>\n`).join(''));
  return f;
}

/**
 * Top-level declarations of a text AST dump, with the file each name is spelt in: a dump
 * writes a location's file only where it changes, so the last file written before a
 * declaration's name is its file.
 */
function declarations(ast) {
  const out = [];
  let file = '';
  const loc = /<?([^\s<>:,']+\.(?:h|c|cpp|inl)):\d+:\d+/g;
  for (const line of ast.split('\n')) {
    const top = /^\|-(\w+Decl) (?:0x[0-9a-f]+ )(?:parent 0x[0-9a-f]+ )?(?:prev 0x[0-9a-f]+ )?<.*?> (?:(?:col|line):\S+|[^\s<>:]+:\d+:\d+|<invalid sloc>) (?:implicit |used |referenced |invalid )*(?:(?:struct|union|enum|class) )?(\w+)\b/.exec(line);
    // Update the current file up to the declaration's name, then after the whole line.
    const upto = top ? line.slice(0, top.index + top[0].length) : line;
    for (const m of upto.matchAll(loc)) file = m[1];
    if (top) out.push({ kind: top[1], name: top[2], file });
    for (const m of line.slice(upto.length).matchAll(loc)) file = m[1];
  }
  return out;
}

/** Every identifier a dump declares at any depth (functions, variables, types, enumerators, fields excepted). */
function declaredNames(ast) {
  const names = new Set();
  const re = /-(?:FunctionDecl|VarDecl|TypedefDecl|EnumConstantDecl|RecordDecl|EnumDecl|CXXRecordDecl|LinkageSpecDecl)? 0x[0-9a-f]+ (?:parent 0x[0-9a-f]+ )?(?:prev 0x[0-9a-f]+ )?<.*?> (?:(?:col|line):\S+|[^\s<>:]+:\d+:\d+) (?:implicit |used |referenced |invalid )*(?:(?:struct|union|enum|class) )?(\w+)\b/;
  for (const line of ast.split('\n')) {
    if (!/-(FunctionDecl|VarDecl|TypedefDecl|EnumConstantDecl|RecordDecl|EnumDecl|CXXRecordDecl) /.test(line)) continue;
    const m = re.exec(line);
    if (m) names.add(m[1]);
  }
  return names;
}

function macroNames(defines) {
  const names = new Map();
  for (const line of defines.split('\n')) {
    const m = /^#define (\w+)(\(.*?\))?(?: (.*))?$/.exec(line);
    if (m) names.set(m[1], { params: m[2], body: m[3] ?? '' });
  }
  return names;
}

// ---- mingw-w64: what Windows declares ----
if (!fs.existsSync(path.join(MINGW, 'windows.h'))) throw new Error(`${MINGW}/windows.h is missing: install mingw-w64-common (scripts/setup.sh)`);
const mingwFlags = ['-target', 'i686-w64-windows-gnu', '-nostdinc', '-isystem', MINGW,
  '-isystem', run(CLANG, ['-print-resource-dir']).trim() + '/include', '-D_WIN32_WINNT=0x0A00', '-fsyntax-only'];
const mingwUnit = unit('mingw.c', MINGW_HEADERS);
const mingwAst = run(CLANG, [...mingwFlags, '-Xclang', '-ast-dump', mingwUnit]);
const mingwMacros = macroNames(run(CLANG, [...mingwFlags.filter((f) => f !== '-fsyntax-only'), '-E', '-dM', mingwUnit]));

// ---- ours: the project's headers with winsock-cc's flags, and the C library ----
const ourHeaders = fs.readdirSync(INCLUDE).filter((f) => f.endsWith('.h') && f !== path.basename(OUT)
  && !['__cxxabi_config.h', 'cxxabi.h'].includes(f)).sort();
const cc = path.join(ROOT, 'bin', 'winsock-cc.js');
// musl's socket headers declare BSD sockets, whose names clash with Winsock's (gethostbyaddr,
// WSAPoll's pollfd): a Windows program gets those names from winsock2.h or not at all, so they
// count as provided only where the project's headers declare them.
const SOCKET_HEADERS = ['sys/socket.h', 'sys/select.h', 'netdb.h', 'arpa/inet.h', 'netinet/in.h', 'netinet/tcp.h', 'poll.h', 'net/if.h', 'ifaddrs.h'];
const C_HEADERS = LIBC_HEADERS.filter((h) => !SOCKET_HEADERS.includes(h));
const ourUnit = unit('ours.c', [...ourHeaders, ...C_HEADERS]);
const libcUnit = unit('libc.c', C_HEADERS);
const ourAst = run(process.execPath, [cc, `-D${GENERATING}`, '-fsyntax-only', '-Xclang', '-ast-dump', ourUnit]);
const ourMacros = macroNames(run(process.execPath, [cc, `-D${GENERATING}`, '-E', '-dM', ourUnit]));
// The C library alone, without _WIN32, as a POSIX program sees it.
const emEnv = { ...process.env, EM_CLANG_ADD_VERSION: '16', NODE_PATH: '/usr/share/nodejs' };
const libcAst = run('emcc', ['-fsyntax-only', '-D_GNU_SOURCE', '-Xclang', '-ast-dump', libcUnit], emEnv);
const libcMacros = macroNames(run('emcc', ['-E', '-dM', '-D_GNU_SOURCE', libcUnit], emEnv));
// The program's own entry points, which the program defines and the runtime calls (mingw declares them;
// C++ sees them declared extern "C" in winsock_wasm_dialect.h), are never unavailable.
const ENTRY_POINTS = ['WinMain', 'wWinMain', 'DllMain', 'main', 'wmain'];
const provided = new Set([...declaredNames(ourAst), ...ourMacros.keys(), ...declaredNames(libcAst), ...libcMacros.keys(), ...ENTRY_POINTS]);

// ---- the unavailable functions ----
const functions = new Map();
for (const d of declarations(mingwAst)) {
  if (d.kind !== 'FunctionDecl' || !d.file.startsWith(MINGW + '/')) continue;
  const header = d.file.slice(MINGW.length + 1);
  if (CRT_FILE.test(header.replace(/\.(h|inl)$/, ''))) continue;
  if (d.name.startsWith('__') || provided.has(d.name) || functions.has(d.name)) continue;
  functions.set(d.name, header);
}
const names = [...functions.keys()].sort();

// Generic names (#define CreateProcess __MINGW_NAME_AW(CreateProcess)): mingw spells them
// through __MINGW_NAME_AW, or as the A name outright; here they follow UNICODE.
const generic = [];
for (const [macro, { params, body }] of [...mingwMacros].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (params || provided.has(macro) || functions.has(macro)) continue;
  const aw = /^__MINGW_NAME_AW\((\w+)\)$/.exec(body)?.[1] ?? (body === `${macro}A` ? macro : undefined);
  if (aw !== macro) continue;
  const a = `${macro}A`;
  const w = `${macro}W`;
  // Both spellings must exist, as a provided or an unavailable function.
  const known = (n) => functions.has(n) || provided.has(n);
  if (!known(a) || !known(w) || !(functions.has(a) || functions.has(w))) continue;
  generic.push(macro);
}

// Other spellings mingw gives an unavailable function (#define InterlockedIncrement
// _InterlockedIncrement): the call then names the function it reaches.
const aliases = [];
for (const [macro, { params, body }] of [...mingwMacros].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (params || !/^[A-Za-z]\w*$/.test(macro) || macro.startsWith('_') || provided.has(macro) || functions.has(macro) || generic.includes(macro)) continue;
  if (/^\w+$/.test(body) && functions.has(body)) aliases.push([macro, body]);
}

// ---- the header ----
const byHeader = new Map();
for (const n of names) {
  const h = functions.get(n);
  if (!byHeader.has(h)) byHeader.set(h, []);
  byHeader.get(h).push(n);
}
const reasons = [...new Set(names.map((n) => reasonFor(n, path.basename(functions.get(n)))))].sort();
const reasonMacro = new Map(reasons.map((r, i) => [r, `__WSW_UNAVAILABLE_${i}`]));

let text = `/*
 * winsock_wasm_unavailable.h - the Windows API that winsock-wasm does not provide
 * (winsock-wasm). GENERATED by scripts/gen-unavailable.mjs: do not edit.
 *
 * Every function that mingw-w64's ${MINGW_HEADERS.join(', ')}
 * declare and this project's headers (and the C library) do not is declared here
 * with clang's unavailable attribute, so that a call fails at compile time with the
 * reason, for example
 *   error: 'CreateProcessA' is unavailable: not provided by winsock-wasm: ...
 * never as an implicit declaration. The declarations carry no prototype (C) or take any
 * arguments (C++): a call is an error whatever its arguments, and a declaration says
 * nothing about types this ABI does not have.
 *
 * ${names.length} functions, ${generic.length} generic (UNICODE) names, ${aliases.length} other
 * spellings. Regenerate after
 * adding a function to the headers: node scripts/gen-unavailable.mjs
 */
#ifndef WINSOCK_WASM_UNAVAILABLE_H
#define WINSOCK_WASM_UNAVAILABLE_H
#ifndef ${GENERATING}

#ifdef __cplusplus
#define __WSW_UNAVAILABLE_ARGS ...
#else
#define __WSW_UNAVAILABLE_ARGS
#endif
`;
for (const r of reasons) text += `#define ${reasonMacro.get(r)} __attribute__((__unavailable__(${JSON.stringify(r)})))\n`;
text += `
#ifdef __cplusplus
extern "C" {
#endif
`;
for (const [h, list] of [...byHeader].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  text += `\n/* ${h} */\n`;
  for (const n of list) text += `int ${n}(__WSW_UNAVAILABLE_ARGS) ${reasonMacro.get(reasonFor(n, path.basename(h)))};\n`;
}
text += `
#ifdef __cplusplus
}
#endif

/* Generic names: the W function with UNICODE defined, else the A one. */
#ifdef UNICODE
${generic.map((g) => `#define ${g} ${g}W`).join('\n')}
#else
${generic.map((g) => `#define ${g} ${g}A`).join('\n')}
#endif

/* Other names mingw-w64 gives these functions. */
${aliases.map(([m, b]) => `#define ${m} ${b}`).join('\n')}

#undef __WSW_UNAVAILABLE_ARGS
#endif /* ${GENERATING} */
#endif /* WINSOCK_WASM_UNAVAILABLE_H */
`;
fs.rmSync(tmp, { recursive: true, force: true });

if (process.argv.includes('--check')) {
  const old = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (old !== text) {
    process.stderr.write(`${path.relative(ROOT, OUT)} is out of date: run node scripts/gen-unavailable.mjs\n`);
    process.exit(1);
  }
} else if (process.argv.includes('--names')) {
  process.stdout.write(JSON.stringify({ unavailable: names, provided: [...provided].sort() }) + '\n');
} else {
  fs.writeFileSync(OUT, text);
  process.stdout.write(`${path.relative(ROOT, OUT)}: ${names.length} functions, ${generic.length} generic names, ${aliases.length} other spellings, ${reasons.length} reasons\n`);
}
