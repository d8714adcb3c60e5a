// The message loop beside real loopback sockets (test/programs/winloop.c): the behaviours the
// Wine golden of test/conformance/programs/winmsg.c and asyncselect.c cannot show (Wine without a
// display creates no child or top-level windows), checked against Microsoft's documentation.
import { beforeAll, describe, expect, it } from 'vitest';
import { echoServer, freePort, run, runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => { out = await runLines('winloop'); });

describe('winloop.c: windows, timers and WSAAsyncSelect in one loop', () => {
  // WM_DESTROY: "This message is sent first to the window being destroyed and then to the child
  // windows (if any) as they are destroyed." WM_NCDESTROY: "is sent after the child windows have
  // been destroyed. In contrast, WM_DESTROY is sent before the child windows are destroyed."
  it('DestroyWindow destroys the children: WM_DESTROY parent first, WM_NCDESTROY child first', () => {
    expect(out.get('child')).toBe('1');
    expect(out.get('destroy-tree')).toBe('p0002 c0002 c0082 p0082');
    expect(out.get('child-gone')).toBe('0');
  });

  it('CreateWindowEx of a WS_CHILD window with no parent fails with ERROR_TLW_WITH_WSCHILD', () => {
    expect(out.get('child-without-parent')).toBe('0 1406');
  });

  // LoadCursor: "To use a predefined cursor, the application must set the hInstance parameter to
  // NULL and the lpCursorName parameter to one of the following values"; GetStockObject: "If the
  // function fails, the return value is NULL"; ShowWindow: "If the window was previously
  // visible, the return value is nonzero. If the window was previously hidden, the return value
  // is zero." WM_SHOWWINDOW: "Sent to a window when the window is about to be hidden or shown".
  it('LoadCursor, LoadIcon and GetStockObject give shared handles; ShowWindow reports the previous visibility and sends WM_SHOWWINDOW', () => {
    expect(out.get('loadcursor')).toBe('1 1');
    expect(out.get('loadicon')).toBe('1 1');
    expect(out.get('loadcursor-not-predefined')).toBe('0 1814');
    expect(out.get('loadicon-own-resource')).toBe('0 1814');
    expect(out.get('stock-object')).toBe('1 1 1');
    expect(out.get('showwindow')).toBe('0 1');
    expect(out.get('showwindow-again')).toBe('1 1');
    expect(out.get('showwindow-hide')).toBe('1 0');
    expect(out.get('show-messages')).toBe('s0018 s0018');
  });

  // PostMessage: "HWND_BROADCAST ... the message is posted to all top-level windows in the system";
  // HWND_MESSAGE windows: "A message-only window ... does not receive broadcast messages".
  it('PostMessage to HWND_BROADCAST reaches top-level windows and not message-only ones', () => {
    expect(out.get('broadcast')).toBe('t8001');
  });

  it('a PeekMessage loop that never waits still gets FD_ACCEPT and FD_CONNECT (the event loop runs)', () => {
    expect(out.get('game-loop')).toBe('1 1 1');
  });

  // WSAAsyncSelect: "FD_READ ... if data remains after recv, another FD_READ message is posted".
  it('WSAAsyncSelect posts FD_READ again while data remains, beside WM_TIMER in one GetMessage loop', () => {
    expect(out.get('reads-and-timers')).toBe('3 1');
  });

  // MsgWaitForMultipleObjectsEx: "WAIT_IO_COMPLETION: The wait was ended by one or more user-mode
  // asynchronous procedure calls (APC) queued to the thread" (MWMO_ALERTABLE).
  it('MsgWaitForMultipleObjectsEx with MWMO_ALERTABLE runs the completion routine and returns WAIT_IO_COMPLETION', () => {
    expect(out.get('routine')).toBe('0 2');
    expect(out.get('msgwait-alertable')).toBe('c0 1');
  });

  // WaitMessage: "does not return until a new message is placed in the thread's message queue".
  it('WaitMessage returns for a message not yet looked at, and after a look waits for the next (a timer)', () => {
    expect(out.get('waitmessage-posted')).toBe('1');
    expect(out.get('waitmessage-timer')).toBe('1 1');
  });

  it('WSAAsyncSelect to a window since destroyed posts nothing and breaks nothing', () => {
    expect(out.get('destroyed-target')).toBe('0');
  });
});

describe('wasm/examples/asyncselect_client.c: WSAAsyncGetHostByName, WSAAsyncSelect and a timer in one GetMessage loop', () => {
  it('resolves localhost, connects, sends, shuts down and reads the echo to FD_CLOSE', async () => {
    const echo = await echoServer();
    try {
      const r = await run('asyncselect_client', ['localhost', String(echo.port), 'hello', 'from', 'a', 'window']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.replaceAll('received: ', '')).toBe('resolved localhost to 127.0.0.1\nconnected\nsent 19 bytes\nhello from a window\n19 of 19 bytes came back\n');
    } finally {
      echo.close();
    }
  });

  it('a refused connection arrives as FD_CONNECT with WSAECONNREFUSED in WSAGETSELECTERROR', async () => {
    const r = await run('asyncselect_client', ['127.0.0.1', String(await freePort()), 'x']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`socket event 16 failed: 10061`);
  });
});
