// The import surface: every function a guest imports from ws2_32, kernel32 and user32.
// winsock-cc reads this list (names to provide, which ones may suspend), and a
// test checks that the C headers declare exactly these.

export interface ImportSpec {
  /** ws2_32, kernel32 and user32 as on Windows; winsock_wasm for the runtime's private helpers. */
  module: 'ws2_32' | 'kernel32' | 'user32' | 'winsock_wasm';
  name: string;
  /** May wait (the guest suspends through Asyncify). */
  suspends: boolean;
}

const ws2 = (name: string, suspends = false): ImportSpec => ({ module: 'ws2_32', name, suspends });
const k32 = (name: string, suspends = false): ImportSpec => ({ module: 'kernel32', name, suspends });
const u32 = (name: string, suspends = false): ImportSpec => ({ module: 'user32', name, suspends });
const own = (name: string): ImportSpec => ({ module: 'winsock_wasm', name, suspends: false });

export const IMPORTS: readonly ImportSpec[] = [
  ws2('WSAStartup'), ws2('WSACleanup'), ws2('WSAGetLastError'), ws2('WSASetLastError'),
  ws2('socket'), ws2('WSASocketA'), ws2('WSASocketW'), ws2('closesocket', true),
  ws2('bind', true), ws2('listen', true), ws2('accept', true), ws2('connect', true), ws2('WSAJoinLeaf', true),
  ws2('shutdown'), ws2('getsockname'), ws2('getpeername'),
  ws2('send', true), ws2('recv', true), ws2('sendto', true), ws2('recvfrom', true),
  ws2('WSASend', true), ws2('WSARecv', true), ws2('WSASendTo', true), ws2('WSARecvFrom', true),
  ws2('select', true), ws2('ioctlsocket'), ws2('WSAIoctl'), ws2('WSAEnumProtocolsA'), ws2('WSAEnumProtocolsW'), ws2('setsockopt'), ws2('getsockopt'),
  ws2('getaddrinfo', true), ws2('freeaddrinfo'), ws2('getnameinfo', true),
  ws2('gethostbyname', true), ws2('gethostbyaddr', true), ws2('gethostname'),
  ws2('WSACreateEvent'), ws2('WSACloseEvent'), ws2('WSASetEvent'), ws2('WSAResetEvent'),
  ws2('WSAWaitForMultipleEvents', true), ws2('WSAGetOverlappedResult', true),
  ws2('WSAEventSelect'), ws2('WSAAsyncSelect'), ws2('WSAEnumNetworkEvents'), ws2('WSAPoll', true),
  k32('Sleep', true), k32('SleepEx', true), k32('GetLastError'), k32('SetLastError'),
  k32('GetTickCount'), k32('GetTickCount64'), k32('QueryPerformanceCounter'), k32('QueryPerformanceFrequency'),
  k32('CloseHandle'), k32('CreateEventA'), k32('CreateEventW'), k32('SetEvent'), k32('ResetEvent'),
  k32('WaitForSingleObject', true), k32('WaitForSingleObjectEx', true),
  k32('WaitForMultipleObjects', true), k32('WaitForMultipleObjectsEx', true),
  k32('CancelIo'), k32('CancelIoEx'),
  // The message queue; windows, classes and window procedures are guest code (wasm/runtime/user32_window.c).
  u32('PostMessageW'), u32('PostQuitMessage'), u32('GetMessageW', true), u32('PeekMessageW', true),
  u32('GetQueueStatus'), u32('SetTimer'), u32('KillTimer'), u32('MsgWaitForMultipleObjectsEx', true),
  own('apc_next'), own('host_name'), own('user_name'), own('ctrl_watch'),
  own('handle_new'), own('handle_value'), own('handle_free'), own('std_type'), own('program_path'),
  own('host_memory'),
  own('net_interfaces'),
];
