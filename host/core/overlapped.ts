// Overlapped operations: a request object carries its WSAOVERLAPPED's address and
// its status; every completion, immediate or deferred, success or failure, goes
// through one path (IoCompletion.complete).
import type { Outcome } from './errors.js';
import type { EventObject } from './events.js';
import type { IoVec } from './recv-queue.js';
import type { SockAddr } from './transport.js';

/** Guest memory as the core sees it: a fresh byte view on each call (memory can grow). */
export type MemoryBytes = () => Uint8Array;

/** A send or receive waits in its socket's queue; an ioctl (WSAIoctl) finishes when it is issued. */
export type RequestKind = 'send' | 'recv' | 'ioctl';

export interface OverlappedRequest {
  readonly kind: RequestKind;
  /** Guest address of the WSAOVERLAPPED: the request's identity. */
  readonly overlapped: number;
  /** Signalled at completion when there is no routine. */
  readonly event: EventObject | undefined;
  /** Completion routine (guest function pointer), 0 for none. */
  readonly routine: number;
  /** The WSABUF array, captured when the operation was posted. */
  readonly iov: IoVec;
  readonly mem: MemoryBytes;
  readonly flags: number;
  readonly to?: SockAddr;
  readonly from?: (a: SockAddr) => void;
  /** Bytes already moved: of a send, handed to the transport; of a MSG_WAITALL receive, put in its buffers. */
  moved: number;
  done: boolean;
  result: Outcome;
  /** Flags reported at completion (WSAGetOverlappedResult's lpdwFlags). */
  outFlags: number;
}

/** Where completed requests go: the ABI writes the WSAOVERLAPPED, then the event is set or the routine queued. */
export interface IoCompletion {
  complete(owner: object, req: OverlappedRequest): void;
}

/** Outstanding overlapped operations per socket and direction; beyond this WSAEWOULDBLOCK. */
export const MAX_OUTSTANDING = 4096;

export function request(
  kind: RequestKind, overlapped: number, event: EventObject | undefined, routine: number,
  iov: IoVec, mem: MemoryBytes, flags: number, extra: { to?: SockAddr; from?: (a: SockAddr) => void } = {},
): OverlappedRequest {
  return { kind, overlapped, event, routine, iov, mem, flags, to: extra.to, from: extra.from, moved: 0, done: false, result: 0, outFlags: 0 };
}

