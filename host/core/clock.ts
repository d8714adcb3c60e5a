// The one clock of Windows' tick count: GetTickCount, message times and window timers read it.

/** Milliseconds on a monotonic clock, as a BigInt (GetTickCount64). */
export function tickCount(): bigint {
  return process.hrtime.bigint() / 1_000_000n;
}

/** The same clock as a number of milliseconds (exact for 285,000 years). */
export function tickMs(): number {
  return Number(tickCount());
}
