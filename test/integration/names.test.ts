// Names and addresses (test/programs/names.c): Windows layouts and error codes.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
let stdout = '';
beforeAll(async () => {
  out = await runLines('names');
  stdout = [...out].map(([k, v]) => `${k}: ${v}`).join('\n');
});

describe('names.c', () => {
  it('getaddrinfo on a numeric host fills a Windows addrinfo (AF_INET 2, hints echoed, 16-byte sockaddr)', () => {
    expect(out.get('gai-numeric-rc')).toBe('0');
    expect(out.get('gai-numeric-0')).toBe('family=2 socktype=1 protocol=6 addrlen=16 addr=127.0.0.1 port=8080');
    expect(stdout).not.toContain('gai-numeric-1:');
  });
  it('AI_PASSIVE with no name gives the wildcard address', () => {
    expect(out.get('gai-passive-0')).toBe('family=2 socktype=1 protocol=6 addrlen=16 addr=0.0.0.0 port=80');
  });
  it('IPv6 results use AF_INET6 = 23 and a 28-byte sockaddr_in6; service names resolve', () => {
    expect(out.get('gai-v6-service-0')).toBe('family=23 socktype=2 protocol=0 addrlen=28 addr=::1 port=80');
  });
  it('localhost resolves through the system resolver', () => {
    expect(out.get('gai-localhost-rc')).toBe('0');
    expect(out.get('gai-localhost-first')).toBe('127.0.0.1');
  });
  it('getaddrinfo errors are the Windows EAI_* values (WSA codes)', () => {
    expect(out.get('gai-numerichost-name')).toBe('11001'); // EAI_NONAME = WSAHOST_NOT_FOUND
    expect(out.get('gai-bad-service')).toBe('10109'); // EAI_SERVICE = WSATYPE_NOT_FOUND
    expect(out.get('gai-no-name-no-service')).toBe('11001');
    expect(out.get('gai-bad-family')).toBe('10047'); // EAI_FAMILY = WSAEAFNOSUPPORT
    expect(out.get('gai-unknown-host')).toBe('11001');
    expect(out.get('gai-unknown-host-lasterror')).toBe('11001');
  });
  it('getnameinfo: numeric forms, service names, and WSAEFAULT for a short address length', () => {
    expect(out.get('gni-numeric-rc')).toBe('0');
    expect(out.get('gni-numeric-host')).toBe('10.1.2.3');
    expect(out.get('gni-numeric-serv')).toBe('443');
    expect(out.get('gni-named-serv')).toBe('https');
    expect(out.get('gni-short-salen')).toBe('10014');
  });
  it('gethostbyname fills a Windows hostent', () => {
    expect(out.get('ghbn-numeric-ok')).toBe('1');
    expect(out.get('ghbn-addrtype')).toBe('2');
    expect(out.get('ghbn-length')).toBe('4');
    expect(out.get('ghbn-addr')).toBe('127.0.0.1');
    expect(out.get('ghbn-second-null')).toBe('1');
    expect(out.get('ghbn-localhost-ok')).toBe('1');
  });
  // learn.microsoft.com/windows/win32/api/winsock2/nf-winsock2-gethostbyaddr: the hostent is
  // per thread and shared with gethostbyname; WSAEINVAL for AF_INET6 with len != 16, WSAEFAULT
  // for a bad addr or a len too small, WSAEAFNOSUPPORT for another type, WSANOTINITIALISED first.
  it('gethostbyaddr: the reverse name of IPv4 and IPv6 loopback in a Windows hostent', () => {
    expect(out.get('ghba-v4-ok')).toBe('1');
    expect(out.get('ghba-v4-name-nonempty')).toBe('1');
    expect(out.get('ghba-v4-aliases')).toBe('1');
    expect(out.get('ghba-v4-type')).toBe('2 4');
    expect(out.get('ghba-v4-addr')).toBe('127.0.0.1');
    expect(out.get('ghba-v4-second-null')).toBe('1');
    expect(out.get('ghba-shares-area')).toBe('1');
  });
  it('gethostbyaddr on ::1: the IPv6 hostent where the system names ::1, WSAHOST_NOT_FOUND where it does not', () => {
    // The IPv6 layout itself is checked against a fixed name in test/unit/abi.test.ts.
    expect(['1 0', '0 11001']).toContain(out.get('ghba-v6-ok'));
    if (out.get('ghba-v6-ok') === '1 0') {
      expect(out.get('ghba-v6-name-nonempty')).toBe('1');
      expect(out.get('ghba-v6-type')).toBe('23 16');
      expect(out.get('ghba-v6-addr')).toBe('::1');
      expect(out.get('ghba-v6-second-null')).toBe('1');
    }
  });
  it('gethostbyaddr errors are the documented ones', () => {
    expect(out.get('ghba-not-started')).toBe('0 10093');
    expect(out.get('ghba-null')).toBe('0 10014');
    expect(out.get('ghba-short')).toBe('0 10014');
    expect(out.get('ghba-bad-pointer')).toBe('0 10014');
    expect(out.get('ghba-v6-len4')).toBe('0 10022');
    expect(out.get('ghba-bad-type')).toBe('0 10047');
  });
  // learn.microsoft.com/windows/win32/api/ws2tcpip/nf-ws2tcpip-getaddrinfoexa: an addrinfoex
  // list freed with FreeAddrInfoEx; dwNameSpace picks the providers (only DNS answers here).
  it('GetAddrInfoExA gives an ADDRINFOEXA list; another namespace or no ppResult is WSAEINVAL', () => {
    expect(out.get('gaiexa-rc')).toBe('0');
    expect(out.get('gaiexa')).toBe('family=2 addrlen=16 port=80 canon=1');
    expect(out.get('gaiexa-namespace')).toBe('10022 10022');
    expect(out.get('gaiexa-no-result')).toBe('10022');
  });
  it('gethostname, and WSAEFAULT when the buffer is too small', () => {
    expect(out.get('gethostname')).toBe('0');
    expect(out.get('gethostname-nonempty')).toBe('1');
    expect(out.get('gethostname-short')).toBe('-1 10014');
  });
  it('inet_addr accepts the forms Windows does; inet_ntoa/inet_pton/inet_ntop and byte order', () => {
    expect(out.get('inet_addr-dotted')).toBe('0xc0a80102');
    expect(out.get('inet_addr-short')).toBe('0x0a000001');
    expect(out.get('inet_addr-hex')).toBe('0x7f000001');
    expect(out.get('inet_addr-octal')).toBe('0x08000001');
    expect(out.get('inet_addr-bad')).toBe('0xffffffff');
    expect(out.get('inet_ntoa')).toBe('127.0.0.1');
    expect(out.get('inet_pton-v4')).toBe('1');
    expect(out.get('inet_pton-v4-bad')).toBe('0');
    expect(out.get('inet_pton-v6')).toBe('1');
    expect(out.get('inet_ntop-v6')).toBe('2001:db8::1');
    expect(out.get('inet_pton-bad-family')).toBe('-1');
    expect(out.get('htons')).toBe('0x3412');
    expect(out.get('htonl')).toBe('0x78563412');
  });
});
