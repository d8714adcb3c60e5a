// Event objects and waits (test/programs/events.c), WSAEventSelect (eventselect.c), WSAPoll
// (poll.c), and the eventselect_server example. Each expectation names the sentence of
// Microsoft's page (or the WSASend reference) it checks. Waits print "ret lasterror" with
// 258 WAIT_TIMEOUT, 192 WAIT_IO_COMPLETION, -1 WAIT_FAILED.
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { freePort, run, runLines } from '../helpers.js';

const TIMEOUT = '258 0';
const FD_READ = '0x1';
const FD_WRITE = '0x2';
const FD_ACCEPT = '0x8';

let ev: Map<string, string>;
let es: Map<string, string>;
let po: Map<string, string>;
beforeAll(async () => {
  [ev, es, po] = await Promise.all([runLines('events'), runLines('eventselect'), runLines('poll')]);
}, 60_000);

describe('events.c: event objects', () => {
  it('WSACreateEvent: "The event object created by this function is manual reset, with an initial state of nonsignaled."', () => {
    expect(ev.get('create-valid')).toBe('1');
    expect(ev.get('create-nonsignalled')).toBe(TIMEOUT);
    expect(ev.get('set')).toBe('1 0');
    expect(ev.get('after-set')).toBe('0 0');
    expect(ev.get('manual-stays-signalled')).toBe('0 0');
    expect(ev.get('manual-stays-signalled-wfso')).toBe('0 0');
    expect(ev.get('reset')).toBe('1 0');
    expect(ev.get('after-reset')).toBe(TIMEOUT);
  });
  it('WSAWaitForMultipleEvents wait-any: "the return value minus WSA_WAIT_EVENT_0 indicates the lowest index value of all the signaled event objects"', () => {
    expect(ev.get('any-none')).toBe(TIMEOUT);
    expect(ev.get('any-lowest-2')).toBe('2 0');
    expect(ev.get('any-lowest-1')).toBe('1 0');
    expect(ev.get('max-64-last')).toBe('63 0');
  });
  it('WSAWaitForMultipleEvents wait-all: "If TRUE, the function returns when the state of all objects in the lphEvents array is signaled."', () => {
    expect(ev.get('all-not-yet')).toBe(TIMEOUT);
    expect(ev.get('all-signalled')).toBe('0 0');
  });
  it('"The WSAWaitForMultipleEvents function returns if the interval expires, even if conditions specified by the fWaitAll parameter are not satisfied." (WSA_WAIT_TIMEOUT 258)', () => {
    expect(ev.get('timeout-100')).toBe(TIMEOUT);
    expect(ev.get('timeout-100-waited')).toBe('1');
    expect(ev.get('timeout-all-100')).toBe(TIMEOUT);
    expect(ev.get('timeout-all-100-waited')).toBe('1');
  });
  it('"WSA_INVALID_PARAMETER: The cEvents parameter does not contain a valid handle count." (0 and more than WSA_MAXIMUM_WAIT_EVENTS)', () => {
    expect(ev.get('count-65')).toBe('-1 87');
    expect(ev.get('count-0')).toBe('-1 87');
    expect(ev.get('count-0-wfmo')).toBe('-1 87');
  });
  it('"WSA_INVALID_HANDLE: One or more of the values in the lphEvents array is not a valid event object handle." (6)', () => {
    expect(ev.get('invalid-handle')).toBe('-1 6');
    expect(ev.get('null-handle')).toBe('-1 6');
    expect(ev.get('invalid-handle-wfso')).toBe('-1 6');
    expect(ev.get('set-invalid')).toBe('0 6');
  });
  it('CreateEvent: an auto-reset event is reset by the wait it satisfies; the initial state is as asked', () => {
    expect(ev.get('auto-valid')).toBe('1');
    expect(ev.get('auto-initial-off')).toBe(TIMEOUT);
    expect(ev.get('auto-set')).toBe('1 0');
    expect(ev.get('auto-first-wait')).toBe('0 0');
    expect(ev.get('auto-second-wait')).toBe(TIMEOUT);
    expect(ev.get('auto-initial-on')).toBe('0 0');
    expect(ev.get('auto-initial-on-consumed')).toBe(TIMEOUT);
    expect(ev.get('manual-initial-on')).toBe('0 0');
    expect(ev.get('manual-initial-on-again')).toBe('0 0');
    expect(ev.get('manual-reset')).toBe('1 0');
    expect(ev.get('manual-after-reset')).toBe(TIMEOUT);
    expect(ev.get('createw-initial-off')).toBe(TIMEOUT);
  });
  it('WaitForMultipleObjects: "Modification occurs only for the object or objects whose signaled state caused the function to return."', () => {
    expect(ev.get('wfmo-any-first')).toBe('0 0');
    expect(ev.get('wfmo-any-second')).toBe('1 0');
    expect(ev.get('wfmo-any-none')).toBe(TIMEOUT);
    expect(ev.get('wfmo-all')).toBe('0 0');
    expect(ev.get('wfmo-all-reset-both')).toBe(TIMEOUT);
  });
  it('WaitForMultipleObjects wait-all: "The function does not modify the states of the specified objects until the states of all objects have been set to signaled."', () => {
    expect(ev.get('wfmo-all-one-of-two')).toBe(TIMEOUT);
    expect(ev.get('wfmo-all-left-a1-signalled')).toBe('0 0');
  });
  it('WaitForSingleObject and WaitForMultipleObjects time out after the interval with WAIT_TIMEOUT', () => {
    expect(ev.get('wfmo-timeout-100')).toBe(TIMEOUT);
    expect(ev.get('wfmo-timeout-100-waited')).toBe('1');
    expect(ev.get('wfso-timeout-100')).toBe(TIMEOUT);
    expect(ev.get('wfso-timeout-100-waited')).toBe('1');
  });
  it('WSAEVENT is a kernel event handle: SetEvent/ResetEvent/WaitForSingleObject work on WSA events and the WSA functions on CreateEvent events', () => {
    expect(ev.get('wsa-event-wfso')).toBe('0 0');
    expect(ev.get('wsa-event-reset-by-ResetEvent')).toBe(TIMEOUT);
    expect(ev.get('auto-event-wsawait')).toBe('0 0');
    expect(ev.get('auto-event-wsawait-consumed')).toBe(TIMEOUT);
  });
  it('WSACloseEvent: "further references to this handle will fail with the error WSA_INVALID_HANDLE"; CloseHandle likewise', () => {
    expect(ev.get('close')).toBe('1 0');
    expect(ev.get('set-after-close')).toBe('0 6');
    expect(ev.get('reset-after-close')).toBe('0 6');
    expect(ev.get('wait-after-close')).toBe('-1 6');
    expect(ev.get('close-again')).toBe('0 6');
    expect(ev.get('closehandle-auto')).toBe('1 0');
    expect(ev.get('setevent-after-closehandle')).toBe('0 6');
    expect(ev.get('wfso-after-closehandle')).toBe('-1 6');
    expect(ev.get('closehandle-invalid')).toBe('0 6');
    expect(ev.get('cleanup')).toBe('0 0');
  });
});

describe('events.c: alertable waits', () => {
  it('SleepEx: "The return value is zero if the specified time interval expired." (alertable, nothing queued)', () => {
    expect(ev.get('sleepex-alertable-nothing-queued')).toBe('0');
    expect(ev.get('sleepex-alertable-waited')).toBe('1');
    expect(ev.get('sleepex-0-not-alertable')).toBe('0');
    expect(ev.get('alertable-timeout-nothing-queued')).toBe('0');
  });
  it('"The completion routine will not be invoked until the thread is in an alertable wait state" (non-alertable waits time out and run nothing)', () => {
    expect(ev.get('nonalertable-wfso')).toBe(TIMEOUT);
    expect(ev.get('nonalertable-wsawait')).toBe(TIMEOUT);
    expect(ev.get('nonalertable-wfsoex')).toBe(TIMEOUT);
    expect(ev.get('nonalertable-sleepex')).toBe('0');
    expect(ev.get('nonalertable-calls')).toBe('0');
  });
  it('SleepEx, WaitForSingleObjectEx, WaitForMultipleObjectsEx and WSAWaitForMultipleEvents return WAIT_IO_COMPLETION (192) after running queued routines', () => {
    expect(ev.get('alertable-sleepex')).toBe('192');
    expect(ev.get('alertable-sleepex-calls')).toBe('1');
    expect(ev.get('alertable-wfsoex')).toBe('192 0');
    expect(ev.get('alertable-wfsoex-calls')).toBe('2');
    expect(ev.get('alertable-wfmoex')).toBe('192 0');
    expect(ev.get('alertable-wfmoex-calls')).toBe('3');
    expect(ev.get('alertable-wsawait')).toBe('192 0');
    expect(ev.get('alertable-wsawait-calls')).toBe('4');
    expect(ev.get('queued-sends-arrived')).toBe('1');
  });
  it('WSAWaitForMultipleEvents: "WSA_WAIT_IO_COMPLETION is returned, and the event that was being waited on is not signaled yet."; with nothing queued a signalled event is returned', () => {
    expect(ev.get('alertable-wsawait-event-still-off')).toBe(TIMEOUT);
    expect(ev.get('alertable-signalled-nothing-queued')).toBe('0 0');
  });
});

describe('eventselect.c', () => {
  it('"The WSAEventSelect function automatically sets socket s to nonblocking mode"; ioctlsocket: "any attempt to use ioctlsocket to set the socket back to blocking mode will fail with WSAEINVAL"', () => {
    expect(es.get('listener-select')).toBe('0 0');
    expect(es.get('listener-nonblocking-accept')).toBe('-1 10035');
    expect(es.get('listener-fionbio-off')).toBe('-1 10022');
    expect(es.get('drained-recv-wouldblock')).toBe('-1 10035');
  });
  it('FD_ACCEPT is recorded when a connection arrives, with iErrorCode[FD_ACCEPT_BIT] 0', () => {
    expect(es.get('listener-idle')).toBe(TIMEOUT);
    expect(es.get('client-connect')).toBe('0 0');
    expect(es.get('accept-wait')).toBe('0 0');
    expect(es.get('accept-enum')).toBe('0 0');
    expect(es.get('accept-events')).toBe(FD_ACCEPT);
    expect(es.get('accept-error')).toBe('0');
    expect(es.get('accept-ok')).toBe('1');
    expect(es.get('accept-drained')).toBe(TIMEOUT);
    expect(es.get('listener-second-accept-wait')).toBe('0 0');
    expect(es.get('listener-second-accept-events')).toBe(FD_ACCEPT);
    expect(es.get('listener-second-accept-ok')).toBe('1');
  });
  it('WSAEnumNetworkEvents: "The internal record of network events is copied to the structure referenced by lpNetworkEvents, after which the internal network events record is cleared." and the event object, if supplied, is reset', () => {
    expect(es.get('accept-enum-reset-event')).toBe(TIMEOUT);
    expect(es.get('accept-enum-again')).toBe('0 0');
    expect(es.get('accept-enum-again-events')).toBe('0x0');
  });
  it('WSAEnumNetworkEvents with no event object clears the record and leaves the event object as it is', () => {
    expect(es.get('null-event-wait')).toBe('0 0');
    expect(es.get('null-event-enum')).toBe('0 0');
    expect(es.get('null-event-events')).toBe(FD_READ);
    expect(es.get('null-event-still-signalled')).toBe('0 0');
    expect(es.get('null-event-record-cleared')).toBe('0 0');
    expect(es.get('null-event-record-cleared-events')).toBe('0x0');
  });
  it('"Any WSAEventSelect association and network events selection set for the listening socket apply to the accepted socket."', () => {
    expect(es.get('accepted-inherits-nonblocking')).toBe('-1 10035');
    expect(es.get('accepted-inherits-fionbio-off')).toBe('-1 10022');
  });
  it('"An FD_WRITE network event is recorded when a socket is first connected ... or accepted" (and when selected on a connected socket); a successful send records no new one', () => {
    expect(es.get('select-accepted')).toBe('0 0');
    expect(es.get('connected-fd-write-wait')).toBe('0 0');
    expect(es.get('connected-fd-write-enum')).toBe('0 0');
    expect(es.get('connected-fd-write-events')).toBe(FD_WRITE);
    expect(es.get('connected-fd-write-error')).toBe('0');
    expect(es.get('send-no-new-fd-write')).toBe('1 0');
    expect(es.get('send-no-new-fd-write-event')).toBe(TIMEOUT);
  });
  it('FD_READ is recorded when data arrives', () => {
    expect(es.get('peer-send-10')).toBe('10 0');
    expect(es.get('fd-read-wait')).toBe('0 0');
    expect(es.get('fd-read-enum')).toBe('0 0');
    expect(es.get('fd-read-events')).toBe(FD_READ);
    expect(es.get('fd-read-error')).toBe('0');
    expect(es.get('fd-read-available')).toBe('10');
  });
  it('"For FD_READ, FD_OOB, and FD_ACCEPT network events, network event recording and event object signaling are level-triggered." (a recv that leaves data records FD_READ again)', () => {
    expect(es.get('partial-recv')).toBe('3 0');
    expect(es.get('partial-recv-fd-read-again')).toBe('0 0');
    expect(es.get('partial-recv-enum')).toBe('0 0');
    expect(es.get('partial-recv-events')).toBe(FD_READ);
  });
  it('"no further actions are taken for that network event until the application makes the function call that implicitly reenables the setting of that network event" (more data, no recv: no FD_READ)', () => {
    expect(es.get('peer-send-4')).toBe('4 0');
    expect(es.get('no-recv-available')).toBe('11');
    expect(es.get('no-recv-no-event')).toBe(TIMEOUT);
    expect(es.get('no-recv-enum')).toBe('0 0');
    expect(es.get('no-recv-events')).toBe('0x0');
    expect(es.get('drain-recv')).toBe('11 0');
    expect(es.get('drain-data')).toBe('3456789more');
    expect(es.get('drained-no-event')).toBe(TIMEOUT);
  });
  it('WSAEnumNetworkEvents and WSAEventSelect errors: WSAENOTSOCK (10038); "The lpNetworkEvents parameter is not a valid part of the user address space." (WSAEFAULT 10014)', () => {
    expect(es.get('enum-notsock')).toBe('-1 10038');
    expect(es.get('enum-fault')).toBe('-1 10014');
    expect(es.get('select-notsock')).toBe('-1 10038');
  });
  it('FD_CLOSE after a graceful close has iErrorCode[FD_CLOSE_BIT] 0; recv then returns 0', () => {
    expect(es.get('graceful-closesocket')).toBe('0 0');
    expect(es.get('graceful-fd-close')).toBe('1');
    expect(es.get('graceful-fd-close-error')).toBe('0');
    expect(es.get('graceful-recv')).toBe('0 0');
  });
  it('FD_CLOSE after a reset: "WSAECONNRESET: The connection was reset by the remote side." (10054)', () => {
    expect(es.get('reset-select')).toBe('0 0');
    expect(es.get('reset-fd-close')).toBe('1');
    expect(es.get('reset-fd-close-error')).toBe('10054');
  });
  it('FD_CONNECT with error 0 and FD_WRITE after a non-blocking connect; FD_CONNECT has no re-enabling function', () => {
    expect(es.get('connect-select')).toBe('0 0');
    expect(es.get('connect-nonblocking')).toBe('-1 10035');
    expect(es.get('connect-fd-connect')).toBe('1');
    expect(es.get('connect-fd-connect-error')).toBe('0');
    expect(es.get('connect-fd-write')).toBe('1');
    expect(es.get('connect-no-fd-read-or-close')).toBe('1');
    expect(es.get('connect-once')).toBe(TIMEOUT);
  });
  it('FD_CONNECT for a refused connect: "WSAECONNREFUSED: The attempt to connect was rejected." (10061), and no FD_WRITE', () => {
    expect(es.get('refused-select')).toBe('0 0');
    expect(es.get('refused-connect')).toBe('-1 10035');
    expect(es.get('refused-fd-connect')).toBe('1');
    expect(es.get('refused-fd-connect-error')).toBe('10061');
    expect(es.get('refused-no-fd-write')).toBe('1');
  });
  it('"If a network event has already happened when the application calls WSAEventSelect ..., then a network event is recorded and signaled as appropriate." (FD_READ and FD_ACCEPT)', () => {
    expect(es.get('persist-select')).toBe('0 0');
    expect(es.get('persist-event')).toBe('0 0');
    expect(es.get('persist-enum')).toBe('0 0');
    expect(es.get('persist-events')).toBe(FD_READ);
    expect(es.get('persist-accept-select')).toBe('0 0');
    expect(es.get('persist-accept-event')).toBe('0 0');
    expect(es.get('persist-accept-events')).toBe(FD_ACCEPT);
  });
  it('"To cancel the association and selection of network events on a socket, lNetworkEvents should be set to zero, in which case the hEventObject parameter will be ignored." Then blocking mode can be set again', () => {
    expect(es.get('cancel-fionbio-off-before')).toBe('-1 10022');
    expect(es.get('cancel-select')).toBe('0 0');
    expect(es.get('cancel-still-nonblocking')).toBe('-1 10035');
    expect(es.get('cancel-fionbio-off')).toBe('0 0');
    expect(es.get('cancel-blocking-recv')).toBe('8 0');
    expect(es.get('cancel-blocking-data')).toBe('blocking');
    expect(es.get('cancel-no-event')).toBe(TIMEOUT);
    expect(es.get('cleanup')).toBe('0 0');
  });
});

describe('poll.c', () => {
  it('"Greater than zero: The number of elements in fdarray for which an revents member of the POLLFD structure is nonzero."', () => {
    expect(po.get('idle-connected')).toBe('1 0');
    expect(po.get('idle-connected-revents')).toBe('0x10'); // POLLWRNORM
    expect(po.get('several')).toBe('3 0');
    expect(po.get('several-revents')).toBe('0x10 0x100 0x100 0x0');
  });
  it('"For sockets that do not satisfy the status query, and have no error, the revents member is set to zero upon return." and "Zero: No sockets were in the queried state before the timer expired."', () => {
    expect(po.get('idle-read')).toBe('0 0');
    expect(po.get('idle-read-revents')).toBe('0x0');
    expect(po.get('idle-read-timeout-100')).toBe('0 0');
    expect(po.get('idle-read-timeout-100-waited')).toBe('1');
    expect(po.get('listener-idle')).toBe('0 0');
    expect(po.get('listener-idle-revents')).toBe('0x0');
  });
  it('"POLLRDNORM: Normal data may be read without blocking." (also for POLLIN; a pending connection on a listener); only what was asked for is reported', () => {
    expect(po.get('data-arrives')).toBe('1 0');
    expect(po.get('data-arrives-revents')).toBe('0x100');
    expect(po.get('data-pollin')).toBe('1 0');
    expect(po.get('data-pollin-revents')).toBe('0x100');
    expect(po.get('data-ask-write-only')).toBe('1 0');
    expect(po.get('data-ask-write-only-revents')).toBe('0x10');
    expect(po.get('listener-pending')).toBe('1 0');
    expect(po.get('listener-pending-revents')).toBe('0x100');
  });
  it('"POLLWRNORM: Normal data may be written without blocking." (a completed non-blocking connect; a bound datagram socket), POLLRDNORM for a waiting datagram', () => {
    expect(po.get('nonblocking-connect')).toBe('-1 10035');
    expect(po.get('nonblocking-connect-poll')).toBe('1 0');
    expect(po.get('nonblocking-connect-revents')).toBe('0x10');
    expect(po.get('udp-idle')).toBe('1 0');
    expect(po.get('udp-idle-revents')).toBe('0x10');
    expect(po.get('udp-datagram')).toBe('1 0');
    expect(po.get('udp-datagram-revents')).toBe('0x100');
  });
  it('"POLLNVAL: An invalid socket was used." (counted in the return value)', () => {
    expect(po.get('invalid-among-valid')).toBe('2 0');
    expect(po.get('invalid-among-valid-revents')).toBe('0x10 0x4');
    expect(po.get('closed-socket')).toBe('2 0');
    expect(po.get('closed-socket-revents')).toBe('0x10 0x4');
  });
  it('WSAEINVAL: "This error is also returned if none of the sockets specified in the fd member of any of the WSAPOLLFD structures pointed to by the fdarray parameter were valid."', () => {
    expect(po.get('all-invalid')).toBe('-1 10022');
  });
  it('"The array must contain at least one structure with a valid socket." (no entries at all: WSAEINVAL)', () => {
    expect(po.get('zero-fds')).toBe('-1 10022');
  });
  it('WSAEINVAL: "This error is returned if the fdarray parameter contains a NULL pointer."', () => {
    expect(po.get('null-array')).toBe('-1 10022');
  });
  it('WSAEINVAL: "This error is also returned if invalid flags were specified in the events member of any of the WSAPOLLFD structures" (POLLHUP; POLLPRI "is not supported by the Microsoft Winsock provider")', () => {
    expect(po.get('events-pollhup')).toBe('-1 10022');
    expect(po.get('events-pollpri')).toBe('-1 10022');
  });
  it('WSAEFAULT: "An exception occurred while reading user input parameters." (array outside memory)', () => {
    expect(po.get('fault-array')).toBe('-1 10014');
  });
  it('"POLLHUP: A stream-oriented connection was either disconnected or aborted." (graceful close and reset by the peer)', () => {
    expect(po.get('peer-closed')).toBe('1 0');
    expect(po.get('peer-closed-pollhup')).toBe('1');
    expect(po.get('peer-closed-no-pollnval')).toBe('1');
    expect(po.get('peer-closed-recv')).toBe('0 0');
    expect(po.get('peer-reset')).toBe('1 0');
    expect(po.get('peer-reset-pollhup')).toBe('1');
    expect(po.get('cleanup')).toBe('0 0');
  });
});

describe('eventselect_server', () => {
  async function startServer(clients: number): Promise<{ port: number; done: ReturnType<typeof run> }> {
    const port = await freePort();
    let ready!: () => void;
    const listening = new Promise<void>((r) => (ready = r));
    const done = run('eventselect_server', [String(port), String(clients)], { onStdout: (s) => s.includes('listening') && ready() });
    await listening;
    return { port, done };
  }

  it('serves several clients at once with WSAEventSelect + WSAWaitForMultipleEvents, echoing everything (2 MiB from one of them)', async () => {
    const { port, done } = await startServer(3);
    const socks = await Promise.all([0, 1, 2].map(() => new Promise<net.Socket>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s));
    })));
    const big = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 13 + (i >> 12)) & 255;
    const replies = await Promise.all(socks.map((s, i) => new Promise<boolean>((resolve) => {
      const want = i === 2 ? big : Buffer.from(`client ${i}`);
      const chunks: Buffer[] = [];
      let n = 0;
      s.on('data', (d: Buffer) => {
        chunks.push(d);
        n += d.length;
        if (n >= want.length) resolve(Buffer.concat(chunks).equals(want));
      });
      s.write(want);
    })));
    expect(replies).toEqual([true, true, true]);
    const ends = socks.map((s) => new Promise<void>((resolve) => s.on('end', () => resolve())));
    socks.forEach((s) => s.end());
    await Promise.all(ends); // the server closes each connection after the client's end
    const r = await done;
    expect(r.stdout).toContain('eventselect_server: client 3 connected (3 open)');
    expect(r.stdout).toContain('(3 served)');
    expect(r.stdout).toContain('eventselect_server: done');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('serves the overlapped_echo_client: the two example programs talk to each other', async () => {
    const { port, done } = await startServer(1);
    const c = await run('overlapped_echo_client', ['127.0.0.1', String(port), '600']);
    const r = await done;
    expect(c.stdout).toBe('overlapped_echo_client: 600 messages, 614400 bytes sent, 614400 bytes echoed and verified, up to 4 sends in flight\n');
    expect(c.code).toBe(0);
    expect(r.stdout).toContain('(1 served)');
    expect(r.stdout).toContain('eventselect_server: done');
    expect(r.code).toBe(0);
  });

  it('a reset client is dropped (FD_CLOSE with WSAECONNRESET) and still counts as served', async () => {
    const { port, done } = await startServer(1);
    const s = await new Promise<net.Socket>((resolve) => {
      const k = net.connect(port, '127.0.0.1', () => resolve(k));
    });
    await new Promise<void>((resolve) => {
      s.once('data', () => resolve());
      s.write('hello');
    });
    s.resetAndDestroy();
    const r = await done;
    expect(r.stdout).toContain('(1 served)');
    expect(r.stdout).toContain('eventselect_server: done');
    expect(r.code).toBe(0);
  });
});
