// The program's arguments, from the runner (host/asm.ts runAssemblyScript({ args })).
// Not part of Winsock; a program that does not call args() imports nothing for it.
@external("env", "argc") declare function argc(): i32;
@external("env", "argv") declare function argv(i: i32, buf: usize, len: i32): i32;

export function args(): string[] {
  const n = argc();
  const out = new Array<string>(0);
  for (let i = 0; i < n; i++) {
    const len = argv(i, 0, 0);
    const buf = heap.alloc(<usize>len);
    argv(i, buf, len);
    out.push(String.UTF8.decodeUnsafe(buf, <usize>len));
    heap.free(buf);
  }
  return out;
}
