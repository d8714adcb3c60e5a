// WINSOCK_TRACE=1: every import call with decoded arguments and its result,
// printed when the call completes (after a wait, if it waited).
import { AF_INET, AF_INET6, WSA_NAMES } from './constants.js';
import { ioctlName } from './ioctls.js';
import type { GuestMemory } from './memory.js';
import { optionName } from './options.js';
import { formatSockAddr, readSockAddr } from './sockaddr.js';
import { isFailure } from '../core/errors.js';

type Kind = 's' | 'i' | 'u' | 'x' | 'p' | 'af' | 'type' | 'proto' | 'msg' | 'how' | 'cmd' | 'level' | 'opt' | 'sa' | 'str' | 'ver' | 'tv' | 'bufs';

const ARGS: Record<string, Kind[]> = {
  WSAStartup: ['ver', 'p'], WSACleanup: [], WSAGetLastError: [], WSASetLastError: ['i'],
  socket: ['af', 'type', 'proto'], WSASocketA: ['af', 'type', 'proto', 'p', 'u', 'x'], WSASocketW: ['af', 'type', 'proto', 'p', 'u', 'x'],
  closesocket: ['s'], bind: ['s', 'sa', 'i'], listen: ['s', 'i'], accept: ['s', 'p', 'p'], connect: ['s', 'sa', 'i'],
  shutdown: ['s', 'how'], getsockname: ['s', 'p', 'p'], getpeername: ['s', 'p', 'p'],
  send: ['s', 'p', 'i', 'msg'], recv: ['s', 'p', 'i', 'msg'], sendto: ['s', 'p', 'i', 'msg', 'sa', 'i'],
  recvfrom: ['s', 'p', 'i', 'msg', 'p', 'p'],
  WSASend: ['s', 'bufs', 'u', 'p', 'msg', 'p', 'p'], WSARecv: ['s', 'bufs', 'u', 'p', 'p', 'p', 'p'],
  WSASendTo: ['s', 'bufs', 'u', 'p', 'msg', 'sa', 'i', 'p', 'p'], WSARecvFrom: ['s', 'bufs', 'u', 'p', 'p', 'p', 'p', 'p', 'p'],
  select: ['i', 'p', 'p', 'p', 'tv'], ioctlsocket: ['s', 'cmd', 'p'],
  WSAEnumProtocolsA: ['p', 'p', 'p'], WSAEnumProtocolsW: ['p', 'p', 'p'],
  WSAIoctl: ['s', 'cmd', 'p', 'u', 'p', 'u', 'p', 'p', 'p'],
  setsockopt: ['s', 'level', 'opt', 'p', 'i'], getsockopt: ['s', 'level', 'opt', 'p', 'p'],
  getaddrinfo: ['str', 'str', 'p', 'p'], freeaddrinfo: ['p'], getnameinfo: ['sa', 'i', 'p', 'u', 'p', 'u', 'x'],
  gethostbyname: ['str'], gethostbyaddr: ['p', 'i', 'i'], gethostname: ['p', 'i'],
  Sleep: ['u'], SleepEx: ['u', 'i'], GetLastError: [], SetLastError: ['u'], GetTickCount: [], GetTickCount64: [],
  QueryPerformanceCounter: ['p'], QueryPerformanceFrequency: ['p'], CloseHandle: ['x'],
  WSACreateEvent: [], WSACloseEvent: ['x'], WSASetEvent: ['x'], WSAResetEvent: ['x'],
  WSAWaitForMultipleEvents: ['u', 'p', 'i', 'u', 'i'], WSAGetOverlappedResult: ['s', 'p', 'p', 'i', 'p'],
  WSAEventSelect: ['s', 'x', 'x'], WSAEnumNetworkEvents: ['s', 'x', 'p'], WSAPoll: ['p', 'u', 'i'],
  CreateEventA: ['p', 'i', 'i', 'p'], CreateEventW: ['p', 'i', 'i', 'p'], SetEvent: ['x'], ResetEvent: ['x'],
  WaitForSingleObject: ['x', 'u'], WaitForSingleObjectEx: ['x', 'u', 'i'],
  WaitForMultipleObjects: ['u', 'p', 'i', 'u'], WaitForMultipleObjectsEx: ['u', 'p', 'i', 'u', 'i'],
  CancelIo: ['x'], CancelIoEx: ['x', 'p'], apc_next: ['p', 'i'],
  handle_new: ['i', 'p'], handle_value: ['x', 'i'], handle_free: ['x', 'i'], std_type: ['i'], program_path: ['p', 'u'], host_memory: ['i'], user_name: ['p', 'i'],
  net_interfaces: ['p', 'u'],
  WSAAsyncSelect: ['s', 'x', 'x', 'x'], WSAJoinLeaf: ['s', 'sa', 'i', 'p', 'p', 'p', 'p', 'x'],
  PostMessageW: ['x', 'x', 'x', 'x'], PostQuitMessage: ['i'], GetMessageW: ['p', 'x', 'x', 'x'],
  PeekMessageW: ['p', 'x', 'x', 'x', 'x'], GetQueueStatus: ['x'], SetTimer: ['x', 'u', 'u', 'p'], KillTimer: ['x', 'u'],
  MsgWaitForMultipleObjectsEx: ['u', 'p', 'u', 'x', 'x'],
};

const MSG_FLAGS: [number, string][] = [[1, 'MSG_OOB'], [2, 'MSG_PEEK'], [4, 'MSG_DONTROUTE'], [8, 'MSG_WAITALL'], [0x8000, 'MSG_PARTIAL']];
const hex = (v: number) => '0x' + (v >>> 0).toString(16);

function decode(mem: GuestMemory, kinds: Kind[], args: number[]): string {
  const out: string[] = [];
  kinds.forEach((k, i) => {
    const v = args[i];
    switch (k) {
      case 's': case 'x': out.push(hex(v)); break;
      case 'p': out.push(v ? hex(v) : 'NULL'); break;
      case 'i': out.push(String(v | 0)); break;
      case 'u': out.push(String(v >>> 0)); break;
      case 'af': out.push(v === AF_INET ? 'AF_INET' : v === AF_INET6 ? 'AF_INET6' : String(v)); break;
      case 'type': out.push(['0', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW'][v] ?? String(v)); break;
      case 'proto': out.push(v === 6 ? 'IPPROTO_TCP' : v === 17 ? 'IPPROTO_UDP' : String(v)); break;
      case 'how': out.push(['SD_RECEIVE', 'SD_SEND', 'SD_BOTH'][v] ?? String(v)); break;
      case 'ver': out.push(`${v & 0xff}.${(v >> 8) & 0xff}`); break;
      case 'msg': {
        const names = MSG_FLAGS.filter(([b]) => v & b).map(([, n]) => n);
        out.push(names.length ? names.join('|') : String(v));
        break;
      }
      case 'cmd': out.push(ioctlName(v) ?? hex(v)); break;
      case 'level': out.push(v === 0xffff ? 'SOL_SOCKET' : v === 6 ? 'IPPROTO_TCP' : v === 41 ? 'IPPROTO_IPV6' : String(v)); break;
      case 'opt': out.push(optionName(args[1], v)); break;
      case 'sa': {
        if (!v) { out.push('NULL'); break; }
        const a = readSockAddr(mem, v, args[i + 1]);
        out.push(isFailure(a) ? `${hex(v)} (${a.code})` : formatSockAddr(a));
        break;
      }
      case 'str': out.push(v ? JSON.stringify(mem.cstr(v) ?? '<bad pointer>') : 'NULL'); break;
      case 'tv': out.push(v && mem.ok(v, 8) ? `{${mem.i32(v)}s ${mem.i32(v + 4)}us}` : 'NULL'); break;
      case 'bufs': {
        const n = args[i + 1] >>> 0;
        if (!v || !mem.ok(v, n * 8) || n > 16) { out.push(v ? hex(v) : 'NULL'); break; }
        const lens = [];
        for (let j = 0; j < n; j++) lens.push(mem.u32(v + j * 8));
        out.push(`[${lens.join(',')}]`);
        break;
      }
    }
  });
  return out.join(', ');
}

export interface TraceState { lastError: number; note: string | undefined }

/** A call as the trace prints it: `module.name(decoded arguments)`. */
export function describeCall(module: string, name: string, args: number[], mem: GuestMemory): string {
  return `${module}.${name}(${decode(mem, ARGS[name] ?? [], args)})`;
}

/** Wrap an import so it prints its call and result. */
export function traced<F extends (...a: number[]) => unknown>(
  module: string, name: string, f: F, mem: GuestMemory, state: TraceState, write: (line: string) => void,
): F {
  return ((...args: number[]) => {
    const call = describeCall(module, name, args, mem);
    // user32 leaves the last error alone when it succeeds, as Windows does: an error it did not set is not its own.
    const before = module === 'user32' ? state.lastError : undefined;
    const show = (r: unknown) => {
      const err = state.lastError;
      // A function without a result (freeaddrinfo, WSASetLastError) leaves the last error alone: not its error.
      const tail = err && r !== undefined && name !== 'WSAGetLastError' && name !== 'GetLastError' && err !== before
        ? ` [${WSA_NAMES.get(err) ?? err}${state.note ? ': ' + state.note : ''}]` : '';
      write(`${call} = ${r === undefined ? 'void' : String(r)}${tail}`);
      return r;
    };
    const r = f(...args);
    if (r instanceof Promise) {
      write(`${call} ... waits`);
      return r.then(show);
    }
    return show(r);
  }) as F;
}
