// Overlapped I/O (test/programs/overlapped.c) against the "Overlapped socket I/O" part of
// shared/reference/WSASend.txt, the same rules for WSARecv/WSASendTo/WSARecvFrom, and
// Microsoft's pages for WSAGetOverlappedResult, closesocket and CancelIoEx. Each expectation
// names the sentence it checks. Waits print "ret lasterror": 192 is WAIT_IO_COMPLETION.
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoServer, run, runLines } from '../helpers.js';

const WSA_IO_PENDING = 997;
const WSA_IO_INCOMPLETE = 996;
const WAIT_IO_COMPLETION = 192;

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('overlapped');
}, 60_000);

describe('overlapped.c: immediate completion', () => {
  it('"If an overlapped operation completes immediately, WSASend returns a value of zero and the lpNumberOfBytesSent parameter is updated with the number of bytes sent."', () => {
    expect(out.get('imm-send')).toBe('0 0');
    expect(out.get('imm-send-bytes')).toBe('9');
    expect(out.get('imm-send-peer')).toBe('immediate');
    expect(out.get('imm-recv')).toBe('0 0'); // WSARecv with the data already there
    expect(out.get('imm-recv-bytes')).toBe('10');
    expect(out.get('imm-recv-data')).toBe('ready-data');
  });
  it('"A completion indication will occur (invocation of the completion routine or setting of an event object) when the supplied buffer(s) have been consumed by the transport." (also for an immediate completion)', () => {
    expect(out.get('imm-send-event')).toBe('1');
    expect(out.get('imm-send-completed')).toBe('1'); // HasOverlappedIoCompleted
    expect(out.get('imm-send-result')).toBe('1 0 9 0'); // WSAGetOverlappedResult: TRUE, 9 bytes, flags 0
    expect(out.get('imm-recv-event')).toBe('1');
  });
  it('lpNumberOfBytesSent may be NULL with an lpOverlapped (Microsoft: "Use NULL for this parameter if the lpOverlapped parameter is not NULL")', () => {
    expect(out.get('imm-send-null-count')).toBe('0 0');
    expect(out.get('imm-send-null-count-result')).toBe('1 0 10 0');
  });
  it('"Note that in this case, the completion routine will have already been scheduled, and to be called once the calling thread is in the alertable state."', () => {
    expect(out.get('imm-routine-send')).toBe('0 0');
    expect(out.get('imm-routine-bytes')).toBe('7');
    expect(out.get('imm-routine-calls-before-wait')).toBe('0');
    expect(out.get('imm-routine-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('imm-routine-calls-after-wait')).toBe('1');
    expect(out.get('sleepex-nothing-queued')).toBe('0');
  });
  it('"The completion routine will not be invoked until the thread is in an alertable wait state" (not in Sleep, not in a non-alertable wait)', () => {
    expect(out.get('imm-routine-calls-after-sleep')).toBe('0');
    expect(out.get('imm-routine-calls-after-nonalertable-wait')).toBe('0');
  });
  it('"dwError specifies the completion status ... cbTransferred specifies the number of bytes sent. Currently there are no flag values defined and dwFlags will be zero." (lpOverlapped is the caller\'s)', () => {
    expect(out.get('imm-routine-args')).toBe('0 7 1 0');
  });
});

describe('overlapped.c: deferred completion', () => {
  it('"If the overlapped operation is successfully initiated and will complete later, WSASend returns SOCKET_ERROR and indicates error code WSA_IO_PENDING. In this case, lpNumberOfBytesSent is not updated." (WSARecv posted before data, on a socket from socket())', () => {
    expect(out.get('pending-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('pending-recv-bytes-untouched')).toBe('0xdeadbeef');
    expect(out.get('pending-recv-completed')).toBe('0');
    expect(out.get('pending-recv-event')).toBe('0');
    expect(out.get('pending-recv-bytes-still-untouched')).toBe('0xdeadbeef');
  });
  it('WSAGetOverlappedResult with fWait FALSE on a pending operation: FALSE and WSA_IO_INCOMPLETE (996)', () => {
    expect(out.get('pending-recv-result-nowait')).toMatch(new RegExp(`^0 ${WSA_IO_INCOMPLETE} `));
  });
  it('"When the overlapped operation completes the amount of data transferred is indicated ... through the lpcbTransfer parameter in WSAGetOverlappedResult."', () => {
    expect(out.get('pending-recv-wait')).toBe('0 0');
    expect(out.get('pending-recv-completed-after')).toBe('1');
    expect(out.get('pending-recv-result')).toBe('1 0 9 0');
    expect(out.get('pending-recv-data')).toBe('deferred!');
  });
  it('the OVERLAPPED holds the status: Internal 0 on success, InternalHigh the byte count', () => {
    expect(out.get('pending-recv-internal')).toBe('0 9');
  });
  it('"An application can use WSAWaitForMultipleEvents or WSAGetOverlappedResult to wait or poll on the event object." (fWait TRUE waits)', () => {
    expect(out.get('wait-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('wait-recv-result')).toBe('1 0 6 0');
    expect(out.get('wait-recv-data')).toBe('waited');
  });
  it('"A completion indication will occur ... when the supplied buffer(s) have been consumed by the transport.": a 16 MiB send the peer does not read yet is pending, lpNumberOfBytesSent not updated', () => {
    expect(out.get('big-send')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('big-send-bytes-untouched')).toBe('0xdeadbeef');
    expect(out.get('big-send-event-before-peer-reads')).toBe('0');
    expect(out.get('big-send-result-nowait')).toMatch(new RegExp(`^0 ${WSA_IO_INCOMPLETE} `));
    expect(out.get('big-send-bytes-still-untouched')).toBe('0xdeadbeef');
  });
  it('the 16 MiB send completes with all its bytes once the peer reads them, in order', () => {
    expect(out.get('big-send-peer-got')).toBe('16777216 1');
    expect(out.get('big-send-wait')).toBe('0 0');
    expect(out.get('big-send-result')).toBe('1 0 16777216 0');
  });
});

describe('overlapped.c: completion routines', () => {
  it('"If lpCompletionRoutine is not NULL, the hEvent field is ignored and can be used by the application to pass context information to the completion routine."', () => {
    expect(out.get('routine-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('routine-recv-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('routine-recv-calls')).toBe('1');
    expect(out.get('routine-recv-context')).toBe('0x5eed1234');
    expect(out.get('routine-recv-data')).toBe('context');
    expect(out.get('routine-recv-bytes-untouched')).toBe('0xdeadbeef');
  });
  it('"When the overlapped operation completes the amount of data transferred is indicated either through the cbTransferred parameter in the completion routine (if specified)"', () => {
    expect(out.get('routine-recv-args')).toBe('0 7 1 0');
  });
  it('"the hEvent field is ignored": a real event handle there is not signalled when a routine is given', () => {
    expect(out.get('routine-event-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('routine-event-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('routine-event-calls')).toBe('1');
    expect(out.get('routine-event-signalled')).toBe('0');
  });
  it('"All waiting completion routines are called before the alertable thread\'s wait is satisfied with a return code of WSA_IO_COMPLETION."', () => {
    expect(out.get('three-send-0')).toBe('0 0');
    expect(out.get('three-send-1')).toBe('0 0');
    expect(out.get('three-send-2')).toBe('0 0');
    expect(out.get('three-calls-before-wait')).toBe('0');
    expect(out.get('three-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('three-calls-after-one-wait')).toBe('3');
    expect(out.get('three-bytes')).toBe('3');
    expect(out.get('three-sleepex-again')).toBe('0');
    expect(out.get('three-peer')).toBe('abc');
  });
  it('"guarantee that, for a given socket, I/O completion routines will not be nested" (a routine that waits alertably does not see the next routine of its socket run inside it)', () => {
    expect(out.get('nest-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('nest-calls')).toBe('2');
    expect(out.get('nest-max-depth')).toBe('1');
    expect(out.get('nest-calls-inside-routine-wait')).toBe('0');
  });
  it('"This function may be called from within the completion routine of a previous WSARecv, WSARecvFrom, WSASend or WSASendTo function." (a chain of WSASends, each posted by the previous one\'s routine)', () => {
    expect(out.get('chain-routines')).toBe('5');
    expect(out.get('chain-posted')).toBe('5');
    expect(out.get('chain-peer')).toBe('link0link1link2link3link4');
  });
  it('"The transport providers allow an application to invoke send and receive operations from within the context of the socket I/O completion routine" (a WSARecv posted by a WSARecv routine)', () => {
    expect(out.get('rchain-first')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('rchain-sleepex-1')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('rchain-post-in-routine')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('rchain-sleepex-2')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('rchain-calls')).toBe('2');
    expect(out.get('rchain-data')).toBe('one two 3 3');
  });
  it('"However, the posted buffers are guaranteed to be sent in the same order they are supplied." (32 overlapped sends)', () => {
    expect(out.get('order-posted')).toBe('32');
    expect(out.get('order-peer-matches')).toBe('1');
    expect(out.get('order-routines')).toBe('32 224 0');
  });
  it('"If multiple I/O operations are simultaneously outstanding, each must reference a separate overlapped structure." (two receives pending at once, filled in the order posted)', () => {
    expect(out.get('two-recv-1')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('two-recv-2')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('two-recv-wait-all')).toBe('0 0');
    expect(out.get('two-recv-result-1')).toBe('1 0 4 0');
    expect(out.get('two-recv-result-2')).toBe('1 0 4 0');
    expect(out.get('two-recv-data')).toBe('ABCD EFGH');
  });
  it('"The array of WSABUF structures pointed to by the lpBuffers parameter is transient. ... This enables applications to build stack-based WSABUF arrays." (the array is scribbled over while the receive is pending)', () => {
    expect(out.get('transient-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('transient-wait')).toBe('0 0');
    expect(out.get('transient-result')).toBe('1 0 8 0');
    expect(out.get('transient-data')).toBe('1234 5678');
  });
});

describe('overlapped.c: nonoverlapped calls and failures', () => {
  it('"unless both lpOverlapped and lpCompletionRoutine are NULL in which case the socket is treated as a nonoverlapped socket" (blocking WSASend/WSARecv on a WSA_FLAG_OVERLAPPED socket)', () => {
    expect(out.get('nonoverlapped-send')).toBe('0 0');
    expect(out.get('nonoverlapped-send-bytes')).toBe('8');
    expect(out.get('nonoverlapped-send-peer')).toBe('blocking');
    expect(out.get('nonoverlapped-recv')).toBe('0 0');
    expect(out.get('nonoverlapped-recv-bytes')).toBe('6 blocks');
  });
  it('"For nonoverlapped sockets, the last two parameters (lpOverlapped, lpCompletionRoutine) are ignored and WSASend adopts the same blocking semantics as send."', () => {
    expect(out.get('nonoverlapped-socket-send')).toBe('0 0');
    expect(out.get('nonoverlapped-socket-bytes')).toBe('5');
    expect(out.get('nonoverlapped-socket-sleepex')).toBe('0');
    expect(out.get('nonoverlapped-socket-routine-calls')).toBe('0');
    expect(out.get('nonoverlapped-socket-peer')).toBe('plain');
  });
  it('"Any other error code indicates that the overlapped operation was not successfully initiated and no completion indication will occur." (WSAENOTCONN: no event, no routine)', () => {
    expect(out.get('notconn-send-event')).toBe('-1 10057');
    expect(out.get('notconn-send-event-signalled')).toBe('0');
    expect(out.get('notconn-send-routine')).toBe('-1 10057');
    expect(out.get('notconn-sleepex')).toBe('0');
    expect(out.get('notconn-routine-calls')).toBe('0');
    expect(out.get('notconn-recv')).toBe('-1 10057');
    expect(out.get('notconn-recv-event-signalled')).toBe('0');
  });
  it('"The lpBuffers argument is not totally contained in a valid part of the user address space." (WSAEFAULT with an lpOverlapped; not initiated)', () => {
    expect(out.get('fault-overlapped-lpBuffers')).toBe('-1 10014');
    expect(out.get('fault-overlapped-buffer')).toBe('-1 10014');
    expect(out.get('fault-overlapped-recv-buffer')).toBe('-1 10014');
    expect(out.get('fault-overlapped-event-signalled')).toBe('0');
    expect(out.get('notsock-overlapped-send')).toBe('-1 10038');
    expect(out.get('after-faults-recv')).toBe('6 intact');
  });
  it('WSAGetOverlappedResult errors: "WSAENOTSOCK The descriptor is not a socket." and "WSAEFAULT One or more of the lpOverlapped, lpcbTransfer, or lpdwFlags parameters are not in a valid part of the user address space."', () => {
    expect(out.get('getresult-notsock')).toBe('0 10038');
    expect(out.get('getresult-fault-lpcbTransfer')).toBe('0 10014');
    expect(out.get('getresult-fault-lpOverlapped')).toBe('0 10014');
  });
});

describe('overlapped.c: datagrams', () => {
  it('overlapped WSARecvFrom and WSASendTo: the source address and its length are written when the receive completes', () => {
    expect(out.get('udp-recvfrom')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('udp-recvfrom-from-before')).toBe('0');
    expect(out.get('udp-sendto-initiated')).toBe('1');
    expect(out.get('udp-sendto-wait')).toBe('0 0');
    expect(out.get('udp-sendto-result')).toBe('1 0 8 0');
    expect(out.get('udp-recvfrom-wait')).toBe('0 0');
    expect(out.get('udp-recvfrom-result')).toBe('1 0 8 0');
    expect(out.get('udp-recvfrom-data')).toBe('datagram');
    expect(out.get('udp-recvfrom-from')).toBe('2 127.0.0.1 1 16');
  });
  it('a datagram larger than the posted buffer completes with WSAEMSGSIZE (10040), the buffer filled with its first part', () => {
    expect(out.get('udp-small-recvfrom')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('udp-small-wait')).toBe('0 0');
    expect(out.get('udp-small-result')).toBe('0 10040 4');
    expect(out.get('udp-small-data')).toBe('trun');
  });
});

describe('overlapped.c: aborted, cancelled, reset and closed', () => {
  it('"WSA_OPERATION_ABORTED (995) The overlapped operation has been canceled due to the closure of the socket" (event signalled; routine called with dwError 995)', () => {
    expect(out.get('close-pending-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('close-pending-closesocket')).toBe('0 0');
    expect(out.get('close-pending-wait')).toBe('0 0');
    expect(out.get('close-pending-completed')).toBe('1');
    expect(out.get('close-routine-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('close-routine-closesocket')).toBe('0 0');
    expect(out.get('close-routine-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('close-routine-args')).toBe('1 995 0 1');
  });
  it('closing a socket with a send still pending completes it with WSA_OPERATION_ABORTED: event signalled, Internal = STATUS_CANCELLED', () => {
    expect(out.get('close-pending-send')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('close-pending-send-closesocket')).toBe('0 0');
    expect(out.get('close-pending-send-wait')).toBe('0 0');
    expect(out.get('close-pending-send-internal')).toBe('0xc0000120');
  });
  it('CancelIoEx: the request completes with ERROR_OPERATION_ABORTED (995); "If this function cannot find a request to cancel, the return value is 0 (zero), and GetLastError returns ERROR_NOT_FOUND." (1168)', () => {
    expect(out.get('cancel-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('cancel-unknown')).toBe('0 1168');
    expect(out.get('cancel-ioex')).toBe('1 0');
    expect(out.get('cancel-wait')).toBe('0 0');
    expect(out.get('cancel-result')).toBe('0 995 0');
    expect(out.get('cancel-nothing-pending')).toBe('0 1168');
  });
  it('CancelIo cancels the pending request; its routine runs with dwError 995', () => {
    expect(out.get('cancelio-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('cancelio')).toBe('1 0');
    expect(out.get('cancelio-sleepex')).toBe(String(WAIT_IO_COMPLETION));
    expect(out.get('cancelio-args')).toBe('1 995 0');
  });
  it('"WSAECONNRESET (10054) The virtual circuit was reset by the remote side." (a pending WSARecv completes with it)', () => {
    expect(out.get('reset-pending-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('reset-pending-wait')).toBe('0 0');
    expect(out.get('reset-pending-result')).toBe('0 10054 0');
  });
  it('a graceful close by the peer completes a pending WSARecv with 0 bytes and no error', () => {
    expect(out.get('graceful-pending-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('graceful-pending-wait')).toBe('0 0');
    expect(out.get('graceful-pending-result')).toBe('1 0 0 0');
  });
  it('"Overlapped buffers are written when the data arrives, into the guest\'s current memory." (linear memory grows by 64 MiB while the receive is pending)', () => {
    expect(out.get('growth-recv')).toBe(`-1 ${WSA_IO_PENDING}`);
    expect(out.get('growth-memory-grew')).toBe('1');
    expect(out.get('growth-wait')).toBe('0 0');
    expect(out.get('growth-result')).toBe('1 0 12 0');
    expect(out.get('growth-data')).toBe('after-growth');
    expect(out.has('growth-block-damaged')).toBe(false);
    expect(out.get('cleanup')).toBe('0 0');
  });
});


describe('overlapped_echo_client', () => {
  it('a completion-routine echo client (several WSASends and one WSARecv in flight, SleepEx(INFINITE, TRUE)) gets every byte back through a Node echo server', async () => {
    const srv = await echoServer();
    const r = await run('overlapped_echo_client', ['127.0.0.1', String(srv.port), '400']);
    srv.close();
    expect(r.stdout).toBe('overlapped_echo_client: 400 messages, 409600 bytes sent, 409600 bytes echoed and verified, up to 4 sends in flight\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('with one message only one send is ever in flight', async () => {
    const srv = await echoServer();
    const r = await run('overlapped_echo_client', ['localhost', String(srv.port), '1']);
    srv.close();
    expect(r.stdout).toBe('overlapped_echo_client: 1 messages, 1024 bytes sent, 1024 bytes echoed and verified, up to 1 sends in flight\n');
    expect(r.code).toBe(0);
  });
  it('a refused connection is reported and the exit status is 1', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const r = await run('overlapped_echo_client', ['127.0.0.1', String(port), '3']);
    expect(r.stdout).toBe(`overlapped_echo_client: cannot connect to 127.0.0.1:${port} (10061)\n`);
    expect(r.code).toBe(1);
  });
});
