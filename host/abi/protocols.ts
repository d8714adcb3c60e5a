// The protocol catalog: the WSAPROTOCOL_INFOA/W entries of WSAEnumProtocols and of getsockopt's
// SO_PROTOCOL_INFOA/W. Four base providers, TCP and UDP over IPv4 and IPv6, with the values
// Windows' MSAFD Tcpip provider reports (its provider GUIDs, service flags, address sizes and
// dwMessageSize), as in the catalog Wine reproduces.
import { AF_INET, AF_INET6, IPPROTO_TCP, IPPROTO_UDP, SOCK_DGRAM, SOCK_STREAM } from './constants.js';

/** WSAPROTOCOL_INFOA/W offsets (i686): identical up to szProtocol, 256 CHARs or WCHARs. */
export const PROTOCOL_INFO = {
  serviceFlags1: 0, providerFlags: 16, providerId: 20, catalogEntryId: 36, chainLen: 40, version: 72,
  addressFamily: 76, maxSockAddr: 80, minSockAddr: 84, socketType: 88, protocol: 92, protocolMaxOffset: 96,
  networkByteOrder: 100, securityScheme: 104, messageSize: 108, providerReserved: 112, szProtocol: 116,
  sizeA: 372, sizeW: 628,
} as const;

const XP1_CONNECTIONLESS = 0x1, XP1_GUARANTEED_DELIVERY = 0x2, XP1_GUARANTEED_ORDER = 0x4, XP1_MESSAGE_ORIENTED = 0x8;
const XP1_GRACEFUL_CLOSE = 0x20, XP1_EXPEDITED_DATA = 0x40, XP1_SUPPORT_BROADCAST = 0x200, XP1_SUPPORT_MULTIPOINT = 0x400;
const XP1_IFS_HANDLES = 0x20000;
const PFL_MATCHES_PROTOCOL_ZERO = 0x8;
const BASE_PROTOCOL = 1;

const STREAM_FLAGS = XP1_IFS_HANDLES | XP1_EXPEDITED_DATA | XP1_GRACEFUL_CLOSE | XP1_GUARANTEED_ORDER | XP1_GUARANTEED_DELIVERY;
const DGRAM_FLAGS = XP1_IFS_HANDLES | XP1_SUPPORT_MULTIPOINT | XP1_SUPPORT_BROADCAST | XP1_MESSAGE_ORIENTED | XP1_CONNECTIONLESS;
/** The largest UDP message the provider reports (0xFFBB). */
const UDP_MESSAGE_SIZE = 65467;

/** {E70F1AA0-AB8B-11CF-8CA3-00805F48A192} (IPv4) and {F9EAB0C0-26D4-11D0-BBBF-00AA006C34E4} (IPv6), as GUID bytes. */
function guid(d1: number, d2: number, d3: number, d4: number[]): Uint8Array {
  const b = new Uint8Array(16);
  const v = new DataView(b.buffer);
  v.setUint32(0, d1, true);
  v.setUint16(4, d2, true);
  v.setUint16(6, d3, true);
  b.set(d4, 8);
  return b;
}
const TCPIP = guid(0xe70f1aa0, 0xab8b, 0x11cf, [0x8c, 0xa3, 0x00, 0x80, 0x5f, 0x48, 0xa1, 0x92]);
const TCPIP6 = guid(0xf9eab0c0, 0x26d4, 0x11d0, [0xbb, 0xbf, 0x00, 0xaa, 0x00, 0x6c, 0x34, 0xe4]);

export interface ProtocolEntry {
  family: number;
  type: number;
  protocol: number;
  catalogEntryId: number;
  serviceFlags1: number;
  messageSize: number;
  sockAddr: number;
  providerId: Uint8Array;
  name: string;
}

export const PROTOCOLS: readonly ProtocolEntry[] = [
  { family: AF_INET, type: SOCK_STREAM, protocol: IPPROTO_TCP, catalogEntryId: 1001, serviceFlags1: STREAM_FLAGS, messageSize: 0, sockAddr: 16, providerId: TCPIP, name: 'MSAFD Tcpip [TCP/IP]' },
  { family: AF_INET, type: SOCK_DGRAM, protocol: IPPROTO_UDP, catalogEntryId: 1002, serviceFlags1: DGRAM_FLAGS, messageSize: UDP_MESSAGE_SIZE, sockAddr: 16, providerId: TCPIP, name: 'MSAFD Tcpip [UDP/IP]' },
  { family: AF_INET6, type: SOCK_STREAM, protocol: IPPROTO_TCP, catalogEntryId: 1004, serviceFlags1: STREAM_FLAGS, messageSize: 0, sockAddr: 28, providerId: TCPIP6, name: 'MSAFD Tcpip [TCP/IPv6]' },
  { family: AF_INET6, type: SOCK_DGRAM, protocol: IPPROTO_UDP, catalogEntryId: 1005, serviceFlags1: DGRAM_FLAGS, messageSize: UDP_MESSAGE_SIZE, sockAddr: 28, providerId: TCPIP6, name: 'MSAFD Tcpip [UDP/IPv6]' },
];

/** The entry a socket of this family and type was made from. */
export function protocolOf(family: number, type: number): ProtocolEntry | undefined {
  return PROTOCOLS.find((p) => p.family === family && p.type === type);
}

/** One WSAPROTOCOL_INFOA (wide false) or WSAPROTOCOL_INFOW into `v`, which is at least its size. */
export function writeProtocolInfo(v: DataView, e: ProtocolEntry, wide: boolean): void {
  const P = PROTOCOL_INFO;
  const size = wide ? P.sizeW : P.sizeA;
  new Uint8Array(v.buffer, v.byteOffset, size).fill(0);
  v.setUint32(P.serviceFlags1, e.serviceFlags1, true);
  v.setUint32(P.providerFlags, PFL_MATCHES_PROTOCOL_ZERO, true);
  new Uint8Array(v.buffer, v.byteOffset + P.providerId, 16).set(e.providerId);
  v.setUint32(P.catalogEntryId, e.catalogEntryId, true);
  v.setInt32(P.chainLen, BASE_PROTOCOL, true);
  v.setInt32(P.version, 2, true);
  v.setInt32(P.addressFamily, e.family, true);
  v.setInt32(P.maxSockAddr, e.sockAddr, true);
  v.setInt32(P.minSockAddr, e.sockAddr, true);
  v.setInt32(P.socketType, e.type, true);
  v.setInt32(P.protocol, e.protocol, true);
  v.setUint32(P.messageSize, e.messageSize, true);
  for (let i = 0; i < e.name.length; i++) {
    if (wide) v.setUint16(P.szProtocol + 2 * i, e.name.charCodeAt(i), true);
    else v.setUint8(P.szProtocol + i, e.name.charCodeAt(i));
  }
}
