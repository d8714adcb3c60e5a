// Error codes produced where Windows produces them. Each expectation names the
// sentence of shared/reference/WSASend.txt (or the Windows rule) it checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('errors');
});

describe('errors.c', () => {
  it('"A successful WSAStartup must occur before using this function." (WSANOTINITIALISED 10093)', () => {
    expect(out.get('before-startup-WSASend')).toBe('-1 10093');
    expect(out.get('before-startup-socket')).toBe('-1 10093');
  });
  it('WSAStartup negotiates the version (1.1 and 2.2 supported; higher requests get 2.2; 0.x is WSAVERNOTSUPPORTED; NULL data is WSAEFAULT)', () => {
    expect(out.get('startup-1.1')).toBe('0');
    expect(out.get('startup-1.1-version')).toBe('0x0101');
    expect(out.get('startup-1.1-high')).toBe('0x0202');
    expect(out.get('startup-3.0')).toBe('0');
    expect(out.get('startup-3.0-version')).toBe('0x0202');
    expect(out.get('startup-0.0')).toBe('10092');
    expect(out.get('startup-null')).toBe('10014');
    expect(out.get('startup-2.2')).toBe('0');
    expect(out.get('description')).toBe('WinSock 2.0');
    expect(out.get('status')).toBe('Running');
  });
  it('WSACleanup is counted: Winsock stays usable until the last one, then WSANOTINITIALISED', () => {
    expect(out.get('cleanup-1')).toBe('0 0');
    expect(out.get('cleanup-2')).toBe('0 0');
    expect(out.get('after-two-cleanups-socket')).toBe('0 0');
    expect(out.get('cleanup-last')).toBe('0 0');
    expect(out.get('after-cleanup-socket')).toBe('-1 10093');
    expect(out.get('after-cleanup-cleanup')).toBe('-1 10093');
  });
  it('"The descriptor is not a socket." (WSAENOTSOCK 10038)', () => {
    expect(out.get('notsock-WSASend')).toBe('-1 10038');
    expect(out.get('notsock-closesocket')).toBe('-1 10038');
  });
  it('"The socket is not connected." (WSAENOTCONN 10057)', () => {
    expect(out.get('notconn-WSASend')).toBe('-1 10057');
    expect(out.get('notconn-recv')).toBe('-1 10057');
    expect(out.get('udp-notconn-send')).toBe('-1 10057');
  });
  it('"The lpBuffers argument is not totally contained in a valid part of the user address space." (WSAEFAULT 10014)', () => {
    expect(out.get('fault-lpBuffers')).toBe('-1 10014');
    expect(out.get('fault-buffer')).toBe('-1 10014');
    expect(out.get('fault-bytes-sent')).toBe('-1 10014');
    expect(out.get('fault-recv-buffer')).toBe('-1 10014');
  });
  it('bad input leaves the socket untouched: a valid WSASend after faults sends exactly its data', () => {
    expect(out.get('valid-after-faults')).toBe('0 0');
    expect(out.get('valid-after-faults-bytes')).toBe('5');
    expect(out.get('valid-after-faults-recv')).toBe('5 0');
  });
  it('"MSG_PARTIAL is not supported" gives WSAEOPNOTSUPP (10045)', () => {
    expect(out.get('partial-WSASend')).toBe('-1 10045');
  });
  it('"The socket is marked as nonblocking and the ... operation cannot be completed immediately." (WSAEWOULDBLOCK 10035)', () => {
    expect(out.get('wouldblock-recv')).toBe('-1 10035');
  });
  it('"it is not possible to WSASend on a socket after shutdown has been invoked with how set to SD_SEND" (WSAESHUTDOWN 10058)', () => {
    expect(out.get('shutdown-send')).toBe('0 0');
    expect(out.get('shutdown-WSASend')).toBe('-1 10058');
    expect(out.get('shutdown-bad-how')).toBe('-1 10022');
  });
  it('"MSG_OOB was specified, but the socket is not stream style" (WSAEOPNOTSUPP 10045)', () => {
    expect(out.get('udp-oob-WSASendTo')).toBe('-1 10045');
  });
  it('"If the data is too long to pass atomically through the underlying protocol the error WSAEMSGSIZE is returned" (10040)', () => {
    expect(out.get('udp-msgsize-sendto')).toBe('-1 10040');
  });
  it('"The socket has not been bound with bind" (WSAEINVAL 10022) for recvfrom on an unbound datagram socket', () => {
    expect(out.get('udp-unbound-recvfrom')).toBe('-1 10022');
  });
  it('"The requested address is a broadcast address, but the appropriate flag was not set." (WSAEACCES 10013)', () => {
    expect(out.get('udp-broadcast-sendto')).toBe('-1 10013');
  });
  it('select with no sockets in any set is WSAEINVAL; bad socket() arguments get their codes', () => {
    expect(out.get('select-empty')).toBe('-1 10022');
    expect(out.get('bad-family')).toBe('-1 10047');
    expect(out.get('bad-type')).toBe('-1 10044');
    expect(out.get('bad-protocol')).toBe('-1 10043');
  });
});
