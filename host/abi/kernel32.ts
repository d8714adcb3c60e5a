// The few kernel32 functions networking code needs: sleeping, the last error, clocks, handles.
import type { GuestMemory } from './memory.js';
import type { Result, Ws2_32 } from './ws2_32.js';
import { isFailure } from '../core/errors.js';
import { sleep } from '../core/wait.js';

const ERROR_INVALID_HANDLE = 6;
const ERROR_NOACCESS = 998;
/** QueryPerformanceFrequency: 10 MHz, as on current Windows. */
const QPC_FREQUENCY = 10_000_000n;

export class Kernel32 {
  constructor(private readonly mem: GuestMemory, private readonly ws2: Ws2_32) {}

  Sleep(ms: number): Result {
    ms >>>= 0;
    if (ms === 0) return 0; // gives up the time slice: nothing to wait for here
    return sleep(ms === 0xffffffff ? 2 ** 31 - 1 : ms).then(() => 0);
  }
  /** No APCs are queued without overlapped I/O, so an alertable sleep is a plain one. */
  SleepEx(ms: number, _alertable: number): Result {
    return this.Sleep(ms);
  }
  GetLastError(): number { return this.ws2.lastError; }
  SetLastError(code: number): void { this.ws2.lastError = code >>> 0; }
  GetTickCount(): number { return Number(tickCount() & 0xffffffffn) | 0; }
  GetTickCount64(): bigint { return tickCount(); }
  QueryPerformanceFrequency(p: number): number {
    if (!this.mem.ok(p, 8)) { this.ws2.lastError = ERROR_NOACCESS; return 0; }
    this.mem.setU64(p, QPC_FREQUENCY);
    return 1;
  }
  QueryPerformanceCounter(p: number): number {
    if (!this.mem.ok(p, 8)) { this.ws2.lastError = ERROR_NOACCESS; return 0; }
    this.mem.setU64(p, process.hrtime.bigint() / 100n);
    return 1;
  }
  CloseHandle(h: number): number {
    // A SOCKET is a kernel handle on Windows, so CloseHandle closes it.
    if (!isFailure(this.ws2.ws.get(h))) {
      void this.ws2.ws.close(h);
      return 1;
    }
    this.ws2.lastError = ERROR_INVALID_HANDLE;
    return 0;
  }
}

/** Milliseconds on a monotonic clock (the tick count). */
function tickCount(): bigint {
  return process.hrtime.bigint() / 1_000_000n;
}
