// Socket options beyond the basic ones (test/programs/sockopts2.c), on real loopback sockets:
// IP_TTL, IP_TOS, IPV6_UNICAST_HOPS, SO_RCVLOWAT/SO_SNDLOWAT, TCP_KEEPIDLE/TCP_KEEPINTVL/TCP_KEEPCNT
// and SO_CONNECT_TIME. Each line is "r err" for a set, "r err value optlen" for a get at a given
// *optlen, or the value a 4-byte get reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('sockopts2');
}, 60_000);

const WSAEFAULT = '10014';
const WSAEINVAL = '10022';
const WSAENOPROTOOPT = '10042';

describe('sockopts2.c', () => {
  // learn.microsoft.com/windows/win32/winsock/ipproto-ip-socket-options: IP_TTL "Changes the default
  // value set by the TCP/IP service provider in the TTL field of the IP header"; Windows' default
  // TTL is 128. Wine's test_optsize (dlls/ws2_32/tests/sock.c, run on Windows) records IP_TTL as
  // accepting optlen 1 and 2, answering a 1- or 2-byte get with one byte and *optlen 1, and
  // refusing 0x100 with WSAEINVAL.
  it('IP_TTL on a TCP socket: 128 by default, kept as set, above 255 WSAEINVAL, short lengths as Windows', () => {
    expect(out.get('tcp-ttl-default')).toBe('128');
    expect(out.get('tcp-ttl-set-64')).toBe('0 0');
    expect(out.get('tcp-ttl-after-64')).toBe('64');
    expect(out.get('tcp-ttl-set-256')).toBe(`-1 ${WSAEINVAL}`);
    expect(out.get('tcp-ttl-after-refused')).toBe('64');
    expect(out.get('tcp-ttl-set-len1')).toBe('0 0');
    expect(out.get('tcp-ttl-after-len1')).toBe('7'); // one byte read of 0xEEEEEE07
    expect(out.get('tcp-ttl-set-len0')).toBe(`-1 ${WSAEFAULT}`);
    expect(out.get('tcp-ttl-get-len1')).toBe('0 0 0xeeeeee07 1');
    expect(out.get('tcp-ttl-get-len2')).toBe('0 0 0xeeeeee07 1');
    expect(out.get('tcp-ttl-get-len4')).toBe('0 0 0x00000007 4');
    expect(out.get('tcp-ttl-get-len0')).toBe(`-1 ${WSAEFAULT} 0xeeeeeeee 0`);
  });
  // Same page: IP_TOS "Do not use"; Windows keeps what is set (Wine's test_optsize reads it back).
  it('IP_TOS: 0 by default, reported as set', () => {
    expect(out.get('tcp-tos-default')).toBe('0');
    expect(out.get('tcp-tos-set-16')).toBe('0 0');
    expect(out.get('tcp-tos-after-16')).toBe('16');
  });
  // learn.microsoft.com/windows/win32/winsock/ipproto-ipv6-socket-options: the IPPROTO_IPV6 options
  // "apply to sockets created for the IPv6 address family (AF_INET6)"; IPV6_UNICAST_HOPS "It is
  // illegal to set the TTL to a value greater than 255."
  it('IPV6_UNICAST_HOPS: 128 by default on an AF_INET6 socket, kept as set, above 255 WSAEINVAL; WSAEINVAL on AF_INET', () => {
    expect(out.get('udp6-bind')).toBe('0 0');
    expect(out.get('udp6-hops-default')).toBe('128');
    expect(out.get('udp6-hops-set-9')).toBe('0 0');
    expect(out.get('udp6-hops-after-9')).toBe('9');
    expect(out.get('udp6-hops-set-256')).toBe(`-1 ${WSAEINVAL}`);
    expect(out.get('tcp-v6hops-on-v4')).toBe(`-1 ${WSAEINVAL} 0xeeeeeeee 4`);
    expect(out.get('tcp-v6hops-set-on-v4')).toBe(`-1 ${WSAEINVAL}`);
  });
  // On UDP the TTL goes to dgram's setTTL (the unit test in test/unit/abi.test.ts checks the value
  // reaches the endpoint); here a datagram sent with TTL 1 over loopback still arrives.
  it('IP_TTL on a bound UDP socket: 128 by default, applied and reported; TTL 1 still reaches loopback', () => {
    expect(out.get('udp-ttl-default')).toBe('128');
    expect(out.get('udp-ttl-set-1')).toBe('0 0');
    expect(out.get('udp-ttl-after-1')).toBe('1');
    expect(out.get('udp-ttl1-sendto-self')).toBe('3 0');
    expect(out.get('udp-ttl1-recv')).toBe('3 0');
    expect(out.get('udp-ttl-set-300')).toBe(`-1 ${WSAEINVAL}`);
    expect(out.get('udp-ttl-after-300')).toBe('1');
  });
  // learn.microsoft.com/windows/win32/winsock/sol-socket-socket-options: SO_RCVLOWAT and SO_SNDLOWAT
  // are "not supported by the Windows TCP/IP provider. If this option is used on Windows Vista and
  // later, the getsockopt and setsockopt functions fail with WSAEINVAL." (Wine answers
  // WSAENOPROTOOPT, the pre-Vista error; the page wins.)
  it('SO_RCVLOWAT and SO_SNDLOWAT fail with WSAEINVAL both ways, and nothing is written', () => {
    expect(out.get('rcvlowat-get')).toBe(`-1 ${WSAEINVAL} 0xeeeeeeee 4`);
    expect(out.get('rcvlowat-set')).toBe(`-1 ${WSAEINVAL}`);
    expect(out.get('sndlowat-get')).toBe(`-1 ${WSAEINVAL} 0xeeeeeeee 4`);
    expect(out.get('sndlowat-set')).toBe(`-1 ${WSAEINVAL}`);
  });
  // learn.microsoft.com/windows/win32/winsock/ipproto-tcp-socket-options: TCP_KEEPIDLE "the number of
  // seconds a TCP connection will remain idle before keepalive probes are sent", TCP_KEEPINTVL "the
  // number of seconds a TCP connection will wait for a keepalive response before sending another",
  // TCP_KEEPCNT "It is illegal to set TCP_KEEPCNT to a value greater than 255." Defaults, from the
  // SOL_SOCKET page: "the default keep-alive timeout is 2 hours and the keep-alive interval is 1
  // second"; the SO_KEEPALIVE page: the number of probes "is set to 10". Wine's test_optsize records
  // a DWORD with no short lengths (WSAEFAULT) for TCP_KEEPALIVE, TCP_KEEPINTVL and TCP_KEEPCNT.
  it('TCP_KEEPIDLE (= TCP_KEEPALIVE), TCP_KEEPINTVL, TCP_KEEPCNT: Windows defaults, seconds as set, DWORD lengths', () => {
    expect(out.get('keepidle-default')).toBe('7200');
    expect(out.get('keepintvl-default')).toBe('1');
    expect(out.get('keepcnt-default')).toBe('10');
    expect(out.get('keepidle-set-30')).toBe('0 0');
    expect(out.get('keepidle-after-30')).toBe('30');
    expect(out.get('keepalive-alias-set-45')).toBe('0 0');
    expect(out.get('keepidle-after-alias')).toBe('45');
    expect(out.get('keepidle-set-len2')).toBe(`-1 ${WSAEFAULT}`);
    expect(out.get('keepidle-get-len2')).toBe(`-1 ${WSAEFAULT} 0xeeeeeeee 2`);
    expect(out.get('keepintvl-set-5')).toBe('0 0');
    expect(out.get('keepintvl-after-5')).toBe('5');
    expect(out.get('keepcnt-set-256')).toBe(`-1 ${WSAEINVAL}`);
    expect(out.get('keepcnt-set-4')).toBe('0 0');
    expect(out.get('keepcnt-after-4')).toBe('4');
  });
  it('keep-alive timing on a live connection: SO_KEEPALIVE on, TCP_KEEPIDLE applied and reported, data still flows', () => {
    expect(out.get('connected-keepalive-on')).toBe('0 0');
    expect(out.get('connected-keepidle-60')).toBe('0 0');
    expect(out.get('connected-keepidle')).toBe('60');
    expect(out.get('connected-send')).toBe('1 0');
    expect(out.get('connected-recv')).toBe('1 0');
  });
  // The IPPROTO_TCP options apply to sockets "with the protocol parameter to the socket function
  // specified as TCP", as TCP_NODELAY here: WSAENOPROTOOPT on UDP.
  it('TCP_KEEPIDLE on a UDP socket: WSAENOPROTOOPT', () => {
    expect(out.get('udp-keepidle-set')).toBe(`-1 ${WSAENOPROTOOPT}`);
    expect(out.get('udp-keepidle-get')).toBe(`-1 ${WSAENOPROTOOPT} 0xeeeeeeee 4`);
  });
  // SOL_SOCKET page: SO_CONNECT_TIME, get only, DWORD, "Returns the number of seconds a socket has
  // been connected"; 0xFFFFFFFF when it is not (the value programs test after ConnectEx, and what
  // Wine reports for an unconnected, listening or UDP socket). A set is WSAENOPROTOOPT, as in Wine.
  it('SO_CONNECT_TIME: 0xFFFFFFFF until connected, then whole seconds; read-only; a DWORD', () => {
    expect(out.get('connect-time-unconnected')).toBe('4294967295');
    expect(out.get('connect-time-set')).toBe(`-1 ${WSAENOPROTOOPT}`);
    expect(out.get('udp-connect-time')).toBe('4294967295');
    expect(out.get('connect-time-listener')).toBe('4294967295');
    expect(out.get('connect')).toBe('0 0');
    expect(out.get('connect-time-client')).toBe('0');
    expect(out.get('connect-time-accepted')).toBe('0');
    expect(out.get('connect-time-len2')).toBe(`-1 ${WSAEFAULT} 0xeeeeeeee 2`);
    const later = Number(out.get('connect-time-after-1s')); // after Sleep(1100)
    expect(later).toBeGreaterThanOrEqual(1);
    expect(later).toBeLessThan(5);
  });
});
