// The user32 imports: the thread's message queue. Window classes, windows, window procedures,
// SendMessage and DispatchMessage are guest code (wasm/runtime/user32_window.c), which calls
// these for what must wait or what the host posts (WSAAsyncSelect's notifications).
import { MSG } from './layouts.js';
import type { GuestMemory } from './memory.js';
import type { Result, Ws2_32 } from './ws2_32.js';
import { fail } from '../core/errors.js';
import { THREAD_MESSAGES, WM_QUIT, type Message, type MessageFilter } from '../core/messages.js';

const PM_REMOVE = 0x1;

export class User32 {
  constructor(private readonly mem: GuestMemory, private readonly ws2: Ws2_32) {}

  private get queue() { return this.ws2.ws.messages; }

  /** A window handle the guest passed: 0 (none), or a window that exists. */
  private windowOk(hwnd: number): boolean {
    return (hwnd >>> 0) === 0 || this.ws2.ws.isWindow(hwnd);
  }

  /** GetMessage / PeekMessage's window filter: 0, -1 (messages posted with no window) or a window of this thread. */
  private filter(hwnd: number, min: number, max: number, kinds: number): MessageFilter | undefined {
    hwnd >>>= 0;
    if (hwnd !== THREAD_MESSAGES && !this.windowOk(hwnd)) return undefined;
    return { hwnd, min: min >>> 0, max: max >>> 0, kinds };
  }

  private writeMsg(p: number, m: Message): void {
    this.mem.setU32(p + MSG.hwnd, m.hwnd);
    this.mem.setU32(p + MSG.message, m.message);
    this.mem.setU32(p + MSG.wParam, m.wParam);
    this.mem.setU32(p + MSG.lParam, m.lParam);
    this.mem.setU32(p + MSG.time, m.time);
    // The cursor position: there is no pointer here.
    this.mem.setI32(p + MSG.ptX, 0);
    this.mem.setI32(p + MSG.ptY, 0);
  }

  /** PostMessage: to a window, or with hWnd NULL to the thread (as PostThreadMessage). HWND_BROADCAST is the runtime's. */
  PostMessageW(hwnd: number, message: number, wParam: number, lParam: number): number {
    if (!this.windowOk(hwnd)) return this.ws2.fail(fail('INVALID_WINDOW_HANDLE'), 0);
    this.queue.post(hwnd, message, wParam, lParam);
    return 1;
  }

  /** PostQuitMessage: GetMessage gives WM_QUIT, with this exit code as wParam, once the queue has no posted messages before it. */
  PostQuitMessage(exitCode: number): void {
    this.queue.postQuit(exitCode);
  }

  /** GetMessage: waits (without spinning) for a message; 0 for WM_QUIT, -1 for a bad window or MSG pointer. */
  GetMessageW(lpMsg: number, hwnd: number, min: number, max: number): Result {
    if (!this.mem.ok(lpMsg, MSG.size)) return this.ws2.fail(fail('NOACCESS'), -1);
    const f = this.filter(hwnd, min, max, 0);
    if (!f) return this.ws2.fail(fail('INVALID_WINDOW_HANDLE'), -1);
    const done = (m: Message): number => {
      // Guest memory may have grown meanwhile; the MSG is still inside it.
      if (!this.mem.ok(lpMsg, MSG.size)) return this.ws2.fail(fail('NOACCESS'), -1);
      this.writeMsg(lpMsg, m);
      return m.message === WM_QUIT ? 0 : 1;
    };
    const m = this.queue.get(f);
    return m instanceof Promise ? m.then(done) : done(m);
  }

  /** PeekMessage: TRUE with the message (removed with PM_REMOVE), FALSE when there is none. PM_QS_* narrow the kinds. */
  PeekMessageW(lpMsg: number, hwnd: number, min: number, max: number, flags: number): number {
    if (!this.mem.ok(lpMsg, MSG.size)) return this.ws2.fail(fail('NOACCESS'), 0);
    const f = this.filter(hwnd, min, max, (flags >>> 16) & 0xffff);
    if (!f) return this.ws2.fail(fail('INVALID_WINDOW_HANDLE'), 0);
    const m = this.queue.take(f, (flags & PM_REMOVE) !== 0);
    if (!m) return 0;
    this.writeMsg(lpMsg, m);
    return 1;
  }

  /** GetQueueStatus: HIWORD the kinds of message in the queue, LOWORD those added since it was last looked at. */
  GetQueueStatus(flags: number): number {
    return this.queue.status(flags >>> 0);
  }

  /** SetTimer: the timer's id; 0 with ERROR_INVALID_WINDOW_HANDLE for a window that is not there. */
  SetTimer(hwnd: number, id: number, elapse: number, proc: number): number {
    if (!this.windowOk(hwnd)) return this.ws2.fail(fail('INVALID_WINDOW_HANDLE'), 0);
    return this.queue.setTimer(hwnd, id, elapse, proc) || this.ws2.fail(fail('NO_SYSTEM_RESOURCES'), 0);
  }

  /** KillTimer: FALSE with ERROR_INVALID_PARAMETER when there is no such timer (as Wine answers). */
  KillTimer(hwnd: number, id: number): number {
    if (!this.windowOk(hwnd)) return this.ws2.fail(fail('INVALID_WINDOW_HANDLE'), 0);
    return this.queue.killTimer(hwnd, id) ? 1 : this.ws2.fail(fail('INVALID_PARAMETER'), 0);
  }

  /** Completion routines of an alertable wait run in wasm/runtime/apc.c. */
  MsgWaitForMultipleObjectsEx(count: number, handles: number, ms: number, wakeMask: number, flags: number): Result {
    return this.ws2.waits.waitWithMessages(count, handles, ms, wakeMask, flags);
  }
}
