// The environment switches a program run under Node reads.

/** WINSOCK_TRACE=1: trace every Winsock call to stderr. */
export function traceFromEnv(): boolean {
  const v = process.env.WINSOCK_TRACE;
  return v !== undefined && v !== '' && v !== '0';
}

/** WINSOCK_CONNECT_TIMEOUT_MS: a connect limit other than Windows' 21 s (0: as long as the system tries). */
export function connectTimeoutFromEnv(): number | undefined {
  const v = process.env.WINSOCK_CONNECT_TIMEOUT_MS;
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (Number.isInteger(n) && n >= 0 && n <= 0x7fffffff) return n;
  process.stderr.write(`winsock-wasm: WINSOCK_CONNECT_TIMEOUT_MS=${v} is not a number of milliseconds; using 21000\n`);
  return undefined;
}
