// IP multicast on UDP sockets (test/programs/multicast.c), over real loopback sockets:
// IPPROTO_IP socket options (learn.microsoft.com/windows/win32/winsock/ipproto-ip-socket-options)
// and IPPROTO_IPV6 socket options (.../ipproto-ipv6-socket-options). Where Microsoft's pages are
// silent the values are Wine's (the same program run with wine), and each place they differ says so.
import { beforeAll, describe, expect, it } from 'vitest';
import { runLines } from '../helpers.js';

let out: Map<string, string>;
beforeAll(async () => {
  out = await runLines('multicast');
});

describe('multicast.c', () => {
  it('getsockopt defaults: IP_MULTICAST_TTL 1 ("the default is 1"), IP_MULTICAST_LOOP on, no interface chosen', () => {
    expect(out.get('default-ttl')).toBe('0 1 len=4');
    expect(out.get('default-loop')).toBe('0 1 len=4');
    expect(out.get('default-if')).toBe('0 0 len=4');
    expect(out.get('ttl-one-byte')).toBe('0 1 len=1 next=55'); // one byte written for a one-byte buffer
  });
  it('on a stream socket or at the other family\'s level: WSAEINVAL; IP_ADD_MEMBERSHIP cannot be read (WSAENOPROTOOPT)', () => {
    expect(out.get('tcp-get-ttl')).toBe('-1 10022');
    expect(out.get('tcp-join')).toBe('-1 10022');
    expect(out.get('v6-hops-on-v4')).toBe('-1 10022');
    expect(out.get('get-add-membership')).toBe('-1 10042');
  });
  it('setsockopt IP_MULTICAST_TTL takes 0 to 255 and getsockopt reads it back; IP_MULTICAST_LOOP reads back as 0 or 1', () => {
    expect(out.get('ttl-300')).toBe('-1 10022');
    expect(out.get('ttl-3')).toBe('0 0');
    expect(out.get('ttl-read')).toBe('0 3 len=4');
    expect(out.get('loop-0')).toBe('0 0');
    expect(out.get('loop-read-0')).toBe('0 0 len=4');
    expect(out.get('loop-2')).toBe('0 0');
    expect(out.get('loop-read-2')).toBe('0 1 len=4');
  });
  it('IP_MULTICAST_IF: an address of this host, or an interface index in network byte order (first byte 0)', () => {
    expect(out.get('if-foreign')).toBe('-1 10022'); // not an address of this host
    expect(out.get('if-short')).toBe('-1 10014'); // "optlen parameter is too small" (setsockopt); Wine says WSAEINVAL
    // "an interface index ... in network byte order": index 1 is the loopback; Wine refuses the index form.
    expect(out.get('if-index-1')).toBe('0 0');
    expect(out.get('if-index-read')).toBe(`0 ${0x01000000} len=4`); // htonl(1) read back as set
    expect(out.get('if-index-999')).toBe('-1 10022');
    expect(out.get('if-loopback')).toBe('0 0');
    expect(out.get('if-read')).toBe('127.0.0.1 len=4');
  });
  it('IP_ADD_MEMBERSHIP needs a bound socket (Windows: WSAEINVAL; Wine, on Linux, accepts) and a multicast group on a local interface', () => {
    expect(out.get('join-unbound')).toBe('-1 10022');
    expect(out.get('join-short')).toBe('-1 10014'); // Wine: WSAEINVAL
    expect(out.get('join-unicast')).toBe('-1 10022');
    expect(out.get('join-foreign-if')).toBe('-1 10022');
    expect(out.get('drop-not-joined')).toBe('-1 10022');
    expect(out.get('join-r1')).toBe('0 0');
    expect(out.get('join-r1-again')).toBe('-1 10048'); // WSAEADDRINUSE, as Wine answers
    expect(out.get('join-r2')).toBe('0 0');
  });
  it('two sockets bind one port with SO_REUSEADDR and both members recv a datagram sent to the group', () => {
    expect(out.get('bind-r1')).toBe('0 0');
    expect(out.get('bind-r2-same-port')).toBe('0 0');
    expect(out.get('send-1')).toBe('5 0');
    expect(out.get('r1-first')).toBe('5 hello');
    expect(out.get('r2-first')).toBe('5 hello');
  });
  it('once the members have dropped the group, a datagram to it reaches neither (recv times out: WSAETIMEDOUT)', () => {
    expect(out.get('drop-r2')).toBe('0 0');
    expect(out.get('drop-r2-again')).toBe('-1 10022');
    expect(out.get('drop-r1')).toBe('0 0');
    expect(out.get('send-2')).toBe('5 0');
    expect(out.get('r1-after-drop')).toBe('-1 10060');
    expect(out.get('r2-after-drop')).toBe('-1 10060');
  });
  it('IPv6: IPV6_MULTICAST_HOPS (default 1, at most 255), IPV6_MULTICAST_LOOP, IPV6_MULTICAST_IF (an index)', () => {
    expect(out.get('v6-default-hops')).toBe('0 1 len=4');
    expect(out.get('v6-default-loop')).toBe('0 1 len=4');
    expect(out.get('v6-default-if')).toBe('0 0 len=4');
    expect(out.get('v6-hops-256')).toBe('-1 10022');
    expect(out.get('v6-hops-7')).toBe('0 0');
    expect(out.get('v6-hops-read')).toBe('0 7 len=4');
    expect(out.get('v6-loop-0')).toBe('0 0');
    expect(out.get('v6-loop-read')).toBe('0 0 len=4');
    expect(out.get('v6-if-1')).toBe('0 0');
    expect(out.get('v6-if-read')).toBe('0 1 len=4');
    expect(out.get('v6-if-999')).toBe('-1 10022');
  });
  it('IPV6_JOIN_GROUP: bound socket, full ipv6_mreq, a known interface index, a multicast group', () => {
    expect(out.get('v6-join-unbound')).toBe('-1 10022');
    expect(out.get('v6-bind')).toBe('0 0');
    expect(out.get('v6-join-short')).toBe('-1 10014');
    expect(out.get('v6-join-if-999')).toBe('-1 10022');
    expect(out.get('v6-leave-not-joined')).toBe('-1 10022');
    expect(out.get('v6-join-unicast')).toBe('-1 10022');
  });

  // WSAJoinLeaf: "WSAEINVAL: A WSAJoinLeaf function call was performed on a UDP socket that was
  // opened without setting its WSA_FLAG_MULTIPOINT_C_LEAF or WSA_FLAG_MULTIPOINT_D_LEAF multipoint
  // flag"; "When WSAJoinLeaf is invoked with a c_leaf socket ... the returned socket descriptor is
  // the same as the input socket descriptor"; "WSAEISCONN: The socket is already a member of the
  // multipoint session"; "WSAEADDRNOTAVAIL: The remote address is not a valid address (such as
  // ADDR_ANY)"; lpCalleeData's len "will be set to zero if no user data has been passed back";
  // "WSAEPROTONOSUPPORT: The lpCallerData augment is not supported by the service provider".
  // Multipoint and Multicast Semantics: for IP multicast the join "would correspond to the
  // IP_ADD_MEMBERSHIP socket option". (Wine's WSAJoinLeaf is a stub: no golden.)
  it('WSAJoinLeaf on a C_LEAF/D_LEAF UDP socket joins the group and returns the socket; a datagram to the group arrives', () => {
    expect(out.get('leaf-plain-socket')).toBe('1 10022');
    expect(out.get('leaf-gqos')).toBe('1 10022');
    expect(out.get('leaf-unicast')).toBe('1 10022');
    expect(out.get('leaf-any')).toBe('1 10049');
    expect(out.get('leaf-caller-data')).toBe('1 10043');
    expect(out.get('leaf-join')).toBe('1 0');
    expect(out.get('leaf-join-again')).toBe('1 10056');
    expect(out.get('leaf-send')).toBe('4 0');
    expect(out.get('leaf-recv')).toBe('4 leaf');
  });

  // IP_ADD_SOURCE_MEMBERSHIP: "Join the supplied multicast group on the given interface and accept
  // data sourced from the supplied source address" (ipproto-ip-socket-options), ip_mreq_source;
  // setsockopt's "WSAEFAULT ... the optlen parameter is too small" (Wine: WSAEINVAL). A second
  // join for the same source, leaving one not joined, a unicast group or a stream socket are
  // WSAEINVAL, as Wine answers.
  it('IP_ADD_SOURCE_MEMBERSHIP: the named source\'s datagrams arrive, a member for another source gets none; IP_DROP_SOURCE_MEMBERSHIP leaves', () => {
    expect(out.get('ssm-short')).toBe('-1 10014');
    expect(out.get('ssm-join')).toBe('0 0');
    expect(out.get('ssm-join-again')).toBe('-1 10022');
    expect(out.get('ssm-join-other-source')).toBe('0 0');
    expect(out.get('ssm-send')).toBe('3 0');
    expect(out.get('ssm-recv')).toBe('3 ssm');
    expect(out.get('ssm-other-source-recv')).toBe('-1 10060');
    expect(out.get('ssm-drop')).toBe('0 0');
    expect(out.get('ssm-drop-again')).toBe('-1 10022');
    expect(out.get('ssm-unicast-group')).toBe('-1 10022');
    expect(out.get('ssm-tcp')).toBe('-1 10022');
  });
});
