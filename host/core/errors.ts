// Core failures are values, not exceptions: a guest's EWOULDBLOCK loop must
// stay cheap. Codes are POSIX-style names (the same names Node's errors carry);
// host/abi/errors.ts turns them into WSA numbers, in one table, at the ABI edge.

export type ErrorCode =
  | 'ENOTINITIALISED' | 'EVERNOTSUPPORTED' | 'ENOTSOCK' | 'EFAULT' | 'EINVAL'
  | 'EWOULDBLOCK' | 'EINPROGRESS' | 'EALREADY' | 'EISCONN' | 'ENOTCONN'
  | 'ESHUTDOWN' | 'EOPNOTSUPP' | 'EMSGSIZE' | 'ECONNRESET' | 'ECONNABORTED'
  | 'ECONNREFUSED' | 'ETIMEDOUT' | 'EADDRINUSE' | 'EADDRNOTAVAIL' | 'EAFNOSUPPORT'
  | 'EPROTONOSUPPORT' | 'ESOCKTNOSUPPORT' | 'EPROTOTYPE' | 'ENOPROTOOPT' | 'EACCES'
  | 'EDESTADDRREQ' | 'ENETUNREACH' | 'EHOSTUNREACH' | 'ENETDOWN' | 'EMFILE' | 'ENOBUFS'
  | 'HOST_NOT_FOUND' | 'TRY_AGAIN' | 'NO_RECOVERY' | 'NO_DATA' | 'TYPE_NOT_FOUND'
  | 'ENOMEM' | 'EINTR'
  | string; // a transport may report any Node error code; the ABI table maps the known ones

export class CoreError {
  constructor(readonly code: ErrorCode, readonly detail?: string) {}
  toString(): string { return this.detail ? `${this.code} (${this.detail})` : this.code; }
}

const shared = new Map<string, CoreError>();

/** A failure value. Without detail the instance is shared, so the hot EWOULDBLOCK path allocates nothing. */
export function fail(code: ErrorCode, detail?: string): CoreError {
  if (detail !== undefined) return new CoreError(code, detail);
  let e = shared.get(code);
  if (!e) shared.set(code, (e = new CoreError(code)));
  return e;
}

/** What a core operation gives back: a count/handle, or a failure. */
export type Outcome = number | CoreError;
/** An operation that may finish now (Outcome) or later (Promise). */
export type MaybeAsync = Outcome | Promise<Outcome>;

export function isFailure(o: unknown): o is CoreError { return o instanceof CoreError; }

/** Node error code of an Error-like value. */
export function codeOf(err: unknown): ErrorCode {
  const c = (err as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : 'ENETDOWN';
}
