// mstcpip.h's inline address helpers (test/programs/mstcpip.c), as the Windows SDK's mstcpip.h
// defines them: IN4_IS_ADDR_RFC1918 is 10/8, 172.16/12 and 192.168/16; IN4_IS_ADDR_SITELOCAL is
// always FALSE (IPv4 has no site-local scope); IN4ADDR_ISEQUAL and IN6ADDR_ISEQUAL compare the
// address and the scope, not the port; INETADDR_* pick the family from sa_family.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => { out = await runLines('mstcpip'); });

// Address lists in mstcpip.c, one flag per address:
// IPv4: 0.0.0.0 127.0.0.1 127.255.0.9 255.255.255.255 224.0.0.1 224.0.1.1 239.255.1.1 239.1.2.3
//       169.254.3.4 10.9.8.7 172.16.0.1 172.31.255.255 172.32.0.1 192.168.1.1 192.169.1.1 8.8.8.8
// IPv6: :: ::1 2002:c000:201::1 2001:0:4136:e378::1 2001:db8::1 fe80::200:5efe:c000:201
//       fe80::5efe:a00:1 ::ffff:0:1.2.3.4 ::ffff:1.2.3.4 ff02::1:ff12:3456 ff02::1:fe12:3456
describe('mstcpip.c', () => {
  it('IN4_IS_ADDR_*: unspecified, loopback (127/8), broadcast, multicast (224/4), link-local (169.254/16)', () => {
    expect(out.get('in4-unspecified')).toBe('1000000000000000');
    expect(out.get('in4-loopback')).toBe('0110000000000000');
    expect(out.get('in4-broadcast')).toBe('0001000000000000');
    expect(out.get('in4-multicast')).toBe('0000111100000000');
    expect(out.get('in4-linklocal')).toBe('0000000010000000');
  });
  it('IN4_IS_ADDR_RFC1918 and the multicast scopes; IN4_IS_ADDR_SITELOCAL is always FALSE', () => {
    expect(out.get('in4-rfc1918')).toBe('0000000001110100');
    expect(out.get('in4-sitelocal')).toBe('0000000000000000');
    expect(out.get('in4-mc-linklocal')).toBe('0000100000000000');
    expect(out.get('in4-mc-adminlocal')).toBe('0000001000000000');
    expect(out.get('in4-mc-sitelocal')).toBe('0000000100000000');
    expect(out.get('in4-unaligned-loopback')).toBe('1');
    expect(out.get('in4-unaligned-rfc1918')).toBe('0');
  });
  it('IN6_IS_ADDR_6TO4, TEREDO, ISATAP, V4TRANSLATED, SOLICITEDNODE, beside V4MAPPED', () => {
    expect(out.get('in6-6to4')).toBe('00100000000');
    expect(out.get('in6-teredo')).toBe('00010000000');
    expect(out.get('in6-isatap')).toBe('00000110000');
    expect(out.get('in6-v4translated')).toBe('00000001000');
    expect(out.get('in6-v4mapped')).toBe('00000000100');
    expect(out.get('in6-solicitednode')).toBe('00000000010');
  });
  it('IN4ADDR_SETANY/SETLOOPBACK write a whole SOCKADDR_IN (sin_zero cleared); ISEQUAL ignores the port', () => {
    expect(out.get('in4addr-setany')).toBe('02000000000000000000000000000000');
    expect(out.get('in4addr-isany')).toBe('1 1');
    expect(out.get('in4addr-setloopback')).toBe('020000007f0000010000000000000000');
    expect(out.get('in4addr-isloopback')).toBe('1 0');
    expect(out.get('in4addr-isequal-port-ignored')).toBe('1');
  });
  it('IN6ADDR_SETV4MAPPED, IN6_SET_ADDR_V4COMPAT and IN6_SET_ADDR_SOLICITEDNODE; IN6ADDR_ISEQUAL compares the scope', () => {
    // family 23, port 443, flowinfo 0, ::ffff:1.2.3.4, scope 5
    expect(out.get('in6addr-setv4mapped')).toBe('170001bb0000000000000000000000000000ffff0102030405000000');
    expect(out.get('in6-get-v4mapped')).toBe('1');
    expect(out.get('in6addr-isequal-port-ignored')).toBe('1');
    expect(out.get('in6addr-isequal-scope')).toBe('0');
    expect(out.get('in6-set-v4compat')).toBe('00000000000000000000000001020304');
    expect(out.get('in6-set-solicitednode')).toBe('ff02::1:ffbb:ccdd');
  });
  it('INETADDR_* follow sa_family: port, address, scope, SETANY/SETLOOPBACK, ISEQUAL across families', () => {
    expect(out.get('inetaddr-port')).toBe('80');
    expect(out.get('inetaddr-set-port')).toBe('8080');
    expect(out.get('inetaddr-address-v4')).toBe('7f000001');
    expect(out.get('inetaddr-scope')).toBe('5 0');
    expect(out.get('inetaddr-setloopback-v6')).toBe('1 0 0');
    expect(out.get('inetaddr-setany-v6')).toBe('1 1 23');
    expect(out.get('inetaddr-setloopback-v4')).toBe('020000007f0000010000000000000000');
    expect(out.get('inetaddr-isequal-families')).toBe('1 0');
    expect(out.get('inetaddr-set-address')).toBe('01020304');
    expect(out.get('inet-lengths')).toBe('4 16 16 28');
    expect(out.get('inet-is')).toBe('1 1 0 1');
    expect(out.get('done')).toBe('1');
  });
});
