// Every byte offset and constant the host uses (host/abi/layouts.ts, constants.ts)
// equals what the C headers give the guest (test/programs/layout_probe.c).
import { beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../host/abi/constants.js';
import * as L from '../../host/abi/layouts.js';
import { lines, run } from '../helpers.js';

let probe: Map<string, string>;
beforeAll(async () => {
  const r = await run('layout_probe');
  expect(r.code).toBe(0);
  probe = lines(r.stdout);
});

describe('host layouts match the C headers', () => {
  const STRUCT_FIELDS: Record<string, Record<string, string>> = {
    WSABUF: { len: 'len', buf: 'buf' },
    SOCKADDR: { family: 'sa_family' },
    SOCKADDR_IN: { family: 'sin_family', port: 'sin_port', addr: 'sin_addr', zero: 'sin_zero' },
    SOCKADDR_IN6: { family: 'sin6_family', port: 'sin6_port', flowinfo: 'sin6_flowinfo', addr: 'sin6_addr', scopeId: 'sin6_scope_id' },
    SOCKADDR_STORAGE: {},
    FD_SET: { count: 'fd_count', array: 'fd_array', entry: 'entry' },
    TIMEVAL: { sec: 'tv_sec', usec: 'tv_usec' },
    LINGER: { onoff: 'l_onoff', linger: 'l_linger' },
    WSADATA: { wVersion: 'wVersion', wHighVersion: 'wHighVersion', szDescription: 'szDescription', szSystemStatus: 'szSystemStatus', iMaxSockets: 'iMaxSockets', iMaxUdpDg: 'iMaxUdpDg', lpVendorInfo: 'lpVendorInfo' },
    ADDRINFO: { flags: 'ai_flags', family: 'ai_family', socktype: 'ai_socktype', protocol: 'ai_protocol', addrlen: 'ai_addrlen', canonname: 'ai_canonname', addr: 'ai_addr', next: 'ai_next' },
    HOSTENT: { name: 'h_name', aliases: 'h_aliases', addrtype: 'h_addrtype', length: 'h_length', addrList: 'h_addr_list' },
    WSAPROTOCOL_INFO: { addressFamily: 'iAddressFamily', socketType: 'iSocketType', protocol: 'iProtocol' },
    WSAOVERLAPPED: { internal: 'Internal', internalHigh: 'InternalHigh', offset: 'Offset', offsetHigh: 'OffsetHigh', hEvent: 'hEvent' },
    SOCKET_ADDRESS: { lpSockaddr: 'lpSockaddr', iSockaddrLength: 'iSockaddrLength' },
    SOCKET_ADDRESS_LIST: { iAddressCount: 'iAddressCount', address: 'Address' },
    TCP_KEEPALIVE: { onoff: 'onoff', keepalivetime: 'keepalivetime', keepaliveinterval: 'keepaliveinterval' },
    GUID: {},
    IP_MREQ: { multiaddr: 'imr_multiaddr', iface: 'imr_interface' },
    IPV6_MREQ: { multiaddr: 'ipv6mr_multiaddr', iface: 'ipv6mr_interface' },
    IP_MREQ_SOURCE: { multiaddr: 'imr_multiaddr', sourceaddr: 'imr_sourceaddr', iface: 'imr_interface' },
    MSG: { hwnd: 'hwnd', message: 'message', wParam: 'wParam', lParam: 'lParam', time: 'time', ptX: 'pt.x', ptY: 'pt.y' },
  };
  for (const [struct, fields] of Object.entries(STRUCT_FIELDS)) {
    it(`${struct}: size and every offset the host reads or writes`, () => {
      const host = (L as unknown as Record<string, Record<string, number>>)[struct];
      if ('size' in host) expect(`${struct}.size ${host.size}`).toBe(`${struct}.size ${probe.get(`${struct}.size`)}`);
      for (const [hostName, cName] of Object.entries(fields)) {
        expect(`${struct}.${hostName} ${host[hostName]}`).toBe(`${struct}.${hostName} ${probe.get(`${struct}.${cName}`)}`);
      }
    });
  }
  it('the Win32 sizes: WSABUF 8, WSAOVERLAPPED 20, sockaddr_in 16, sockaddr_in6 28, SOCKADDR_STORAGE 128, fd_set 260, WSADATA 400', () => {
    expect(probe.get('WSABUF.size')).toBe('8');
    expect(probe.get('WSAOVERLAPPED.size')).toBe('20');
    expect(probe.get('SOCKADDR_IN.size')).toBe('16');
    expect(probe.get('SOCKADDR_IN6.size')).toBe('28');
    expect(probe.get('SOCKADDR_STORAGE.size')).toBe('128');
    expect(probe.get('FD_SET.size')).toBe('260');
    expect(probe.get('WSADATA.size')).toBe('400');
    expect(probe.get('ADDRINFO.ai_canonname')).toBe('20'); // before ai_addr, as on Windows
  });
});

describe('host constants match the C headers', () => {
  const hostValues: Record<string, number> = { ...C.WSA, ...C.SO };
  for (const [k, v] of Object.entries(C)) if (typeof v === 'number') hostValues[k] = v;
  it('every constant the probe prints that the host also defines has the same value', () => {
    let compared = 0;
    for (const [key, value] of probe) {
      if (!key.startsWith('const.')) continue;
      const name = key.slice(6);
      if (!(name in hostValues)) continue;
      compared++;
      // FIONBIO is a long with the top bit set: compare as 32-bit patterns.
      expect(`${name} ${hostValues[name] | 0}`).toBe(`${name} ${Number(value) | 0}`);
    }
    expect(compared).toBeGreaterThan(80);
  });
  it('Windows values: AF_INET6 23, FIONBIO 0x8004667E, SOL_SOCKET 0xffff, SO_EXCLUSIVEADDRUSE ~SO_REUSEADDR', () => {
    expect(probe.get('const.AF_INET6')).toBe('23');
    expect((Number(probe.get('const.FIONBIO')) >>> 0).toString(16)).toBe('8004667e');
    expect(probe.get('const.SOL_SOCKET')).toBe('65535');
    expect(probe.get('const.SO_EXCLUSIVEADDRUSE')).toBe('-5');
  });
});
