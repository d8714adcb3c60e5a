// Test output: one line to the runner's env.log (host/asm.ts prints it to stdout).
@external("env", "log") declare function log(ptr: usize, len: usize): void;

export function print(s: string): void {
  const b = String.UTF8.encode(s);
  log(changetype<usize>(b), <usize>b.byteLength);
}
