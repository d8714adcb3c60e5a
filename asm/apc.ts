// Alertable waits for AssemblyScript guests: wasm/runtime/apc.c in AssemblyScript.
// Completion routines run here, in guest code, never inside a host import: the host's
// wait answers WAIT_IO_COMPLETION when routines are queued, and this loop takes them one
// by one (winsock_wasm.apc_next) and calls each through the function table.
//
// A completion routine is a top-level AssemblyScript function of type
//   (dwError: u32, cbTransferred: u32, lpOverlapped: usize, dwFlags: u32) => void
// passed as its table index: `WSARecv(..., changetype<usize>(onRecv))`... see routineIndex().

import { APC_RECORD } from "./layouts";

// Says whether the routine taken last has returned, then takes the next one (0: none).
@external("winsock_wasm", "apc_next") declare function apc_next(apc: usize, finished: i32): i32;

export const WAIT_IO_COMPLETION: u32 = 192;

export type CompletionRoutine = (dwError: u32, cbTransferred: u32, lpOverlapped: usize, dwFlags: u32) => void;

/**
 * The value to pass as lpCompletionRoutine: the routine's index in the function table,
 * which is what a C function pointer is. AssemblyScript function values are pointers to a
 * Function object whose first field is that index.
 */
export function routineIndex(f: CompletionRoutine): usize {
  return load<u32>(changetype<usize>(f));
}

let record: usize = 0;

/** "All waiting completion routines are called before the alertable thread's wait is satisfied." */
export function runCompletionRoutines(result: u32): u32 {
  if (result != WAIT_IO_COMPLETION) return result;
  if (record == 0) record = heap.alloc(APC_RECORD_SIZE);
  let finished: i32 = 0;
  while (apc_next(record, finished)) {
    const apc = changetype<APC_RECORD>(record);
    // call_indirect through the table, as apc.c's apc.routine(...) does.
    call_indirect<void>(apc.routine, apc.error, apc.transferred, apc.overlapped, apc.flags);
    finished = 1;
  }
  return result;
}

const APC_RECORD_SIZE: usize = 20;
