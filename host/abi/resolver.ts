// getaddrinfo, freeaddrinfo, getnameinfo, gethostbyname and gethostbyaddr: names through core's
// network, results laid out in guest memory (allocated with the guest's malloc).
import {
  AF_INET, AF_INET6, AF_UNSPEC, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, AI_PASSIVE,
  NI_DGRAM, NI_NAMEREQD, NI_NUMERICHOST, NI_NUMERICSERV, SOCK_DGRAM, SOCK_RAW, SOCK_STREAM,
} from './constants.js';
import { ADDRINFO, HOSTENT } from './layouts.js';
import type { GuestAllocator } from './memory.js';
import { bytesToIpv6, ipv4ToBytes, ipv6ToBytes, readSockAddr, sockAddrSize, writeSockAddrRaw } from './sockaddr.js';
import type { Result, Ws2_32 } from './ws2_32.js';
import { fail, isFailure, type CoreError } from '../core/errors.js';
import type { Resolved, SockAddr } from '../core/transport.js';

/** Well-known services (Windows reads %SystemRoot%\system32\drivers\etc\services; these are its common entries). */
const SERVICES: Record<string, number> = {
  echo: 7, discard: 9, daytime: 13, qotd: 17, chargen: 19, ftp: 21, ssh: 22, telnet: 23, smtp: 25, time: 37,
  domain: 53, tftp: 69, gopher: 70, finger: 79, http: 80, www: 80, kerberos: 88, pop3: 110, sunrpc: 111,
  nntp: 119, ntp: 123, imap: 143, snmp: 161, ldap: 389, https: 443, syslog: 514, ldaps: 636, imaps: 993,
  pop3s: 995, mysql: 3306, rdp: 3389, 'ms-wbt-server': 3389,
};
const SERVICE_NAMES = new Map<number, string>();
for (const [k, v] of Object.entries(SERVICES)) if (!SERVICE_NAMES.has(v)) SERVICE_NAMES.set(v, k);

/** The numeric address in `s`, if it is one (strict dotted quad or IPv6 text). */
export function parseNumeric(s: string): SockAddr | undefined {
  if (ipv4ToBytes(s)) return { family: 4, address: s, port: 0 };
  if (s.includes(':') && ipv6ToBytes(s)) return { family: 6, address: s.replace(/%.*$/, ''), port: 0 };
  return undefined;
}

const HOSTENT_AREA = 1024;
const MAX_HOSTENT_ADDRS = 32;

export class Resolver {
  /** Heads of addrinfo chains handed out, so freeaddrinfo frees only what getaddrinfo made. */
  private readonly chains = new Set<number>();
  /** gethostbyname's per-thread result area, allocated on first use. */
  private hostentArea = 0;

  constructor(private readonly api: Ws2_32, private readonly allocator: () => GuestAllocator) {}

  private get mem() { return this.api.mem; }

  /** getaddrinfo answers with its error code, and sets the last error too. */
  private gaiFail(e: CoreError): number {
    this.api.fail(e);
    return this.api.lastError;
  }

  getaddrinfo(pNodeName: number, pServiceName: number, pHints: number, ppResult: number): Result {
    if (!this.api.ws.started) return this.gaiFail(fail('ENOTINITIALISED'));
    const node = pNodeName ? this.mem.cstr(pNodeName) : undefined;
    const service = pServiceName ? this.mem.cstr(pServiceName) : undefined;
    if ((pNodeName && node === undefined) || (pServiceName && service === undefined)) return this.gaiFail(fail('EFAULT'));
    if (!this.mem.ok(ppResult, 4)) return this.gaiFail(fail('EINVAL'));
    this.mem.setU32(ppResult, 0);
    let flags = 0, family = AF_UNSPEC, socktype = 0, protocol = 0;
    if (pHints) {
      if (!this.mem.ok(pHints, ADDRINFO.size)) return this.gaiFail(fail('EFAULT'));
      flags = this.mem.i32(pHints + ADDRINFO.flags);
      family = this.mem.i32(pHints + ADDRINFO.family);
      socktype = this.mem.i32(pHints + ADDRINFO.socktype);
      protocol = this.mem.i32(pHints + ADDRINFO.protocol);
    }
    if (node === undefined && service === undefined) return this.gaiFail(fail('HOST_NOT_FOUND'));
    if (family !== AF_UNSPEC && family !== AF_INET && family !== AF_INET6) return this.gaiFail(fail('EAFNOSUPPORT'));
    if (socktype !== 0 && socktype !== SOCK_STREAM && socktype !== SOCK_DGRAM && socktype !== SOCK_RAW) return this.gaiFail(fail('ESOCKTNOSUPPORT'));
    if ((flags & AI_CANONNAME) && node === undefined) return this.gaiFail(fail('EINVAL')); // EAI_BADFLAGS

    let port = 0;
    if (service !== undefined && service !== '') {
      if (/^\d+$/.test(service)) port = Number(service);
      else if (flags & AI_NUMERICSERV) return this.gaiFail(fail('HOST_NOT_FOUND'));
      else if (SERVICES[service.toLowerCase()] !== undefined) port = SERVICES[service.toLowerCase()];
      else return this.gaiFail(fail('TYPE_NOT_FOUND'));
      if (port > 65535) return this.gaiFail(fail('TYPE_NOT_FOUND'));
    }
    const want = family === AF_INET ? 4 : family === AF_INET6 ? 6 : 0;
    const keep = (r: Resolved): Resolved | CoreError => {
      const addresses = r.addresses.filter((a) => want === 0 || a.family === want);
      return addresses.length ? { ...r, addresses } : fail('NO_DATA');
    };
    const finish = (r: Resolved | CoreError): number => {
      if (isFailure(r)) return this.gaiFail(r);
      const k = keep(r);
      if (isFailure(k)) return this.gaiFail(k);
      const head = this.writeAddrInfo(k, port, flags, socktype, protocol);
      if (isFailure(head)) return this.gaiFail(head);
      this.mem.setU32(ppResult, head);
      this.api.ok(0);
      return 0;
    };
    if (node === undefined || node === '') {
      // No name: the wildcard address for a passive socket, loopback otherwise (IPv6 first, as Windows lists them).
      const passive = (flags & AI_PASSIVE) !== 0;
      const addrs: SockAddr[] = [
        { family: 6, address: passive ? '::' : '::1', port: 0 },
        { family: 4, address: passive ? '0.0.0.0' : '127.0.0.1', port: 0 },
      ];
      return finish({ addresses: addrs });
    }
    const numeric = parseNumeric(node);
    if (numeric) return finish({ addresses: [numeric], canonicalName: node });
    if (flags & AI_NUMERICHOST) return this.gaiFail(fail('HOST_NOT_FOUND'));
    return this.api.ws.net.lookup(node, want as 0 | 4 | 6).then(finish);
  }

  /** One malloc'd block per chain: nodes, then sockaddrs, then the canonical name. */
  private writeAddrInfo(r: Resolved, port: number, flags: number, socktype: number, protocol: number): number | CoreError {
    const n = r.addresses.length;
    const canon = flags & AI_CANONNAME ? Buffer.from((r.canonicalName ?? '') + '\0', 'latin1') : undefined;
    const nodeBytes = n * ADDRINFO.size;
    const addrBytes = n * 28;
    const size = nodeBytes + addrBytes + (canon?.length ?? 0);
    const base = this.allocator().malloc(size) >>> 0;
    if (!base) return fail('ENOMEM');
    this.mem.fill(base, size);
    for (let i = 0; i < n; i++) {
      const a = { ...r.addresses[i], port };
      const p = base + i * ADDRINFO.size;
      const sa = base + nodeBytes + i * 28;
      writeSockAddrRaw(this.mem, sa, 28, a);
      this.mem.setI32(p + ADDRINFO.flags, 0);
      this.mem.setI32(p + ADDRINFO.family, a.family === 4 ? AF_INET : AF_INET6);
      this.mem.setI32(p + ADDRINFO.socktype, socktype);
      this.mem.setI32(p + ADDRINFO.protocol, protocol);
      this.mem.setU32(p + ADDRINFO.addrlen, sockAddrSize(a));
      this.mem.setU32(p + ADDRINFO.addr, sa);
      this.mem.setU32(p + ADDRINFO.next, i + 1 < n ? p + ADDRINFO.size : 0);
    }
    if (canon) {
      const c = base + nodeBytes + addrBytes;
      this.mem.bytes().set(canon, c);
      this.mem.setU32(base + ADDRINFO.canonname, c);
    }
    this.chains.add(base);
    return base;
  }

  freeaddrinfo(p: number): void {
    p >>>= 0;
    if (!this.chains.delete(p)) {
      this.api.note = p ? 'not a list from getaddrinfo: ignored' : undefined;
      return;
    }
    this.allocator().free(p);
  }

  getnameinfo(pSockaddr: number, salen: number, host: number, hostLen: number, serv: number, servLen: number, flags: number): Result {
    if (!this.api.ws.started) return this.gaiFail(fail('ENOTINITIALISED'));
    const a = readSockAddr(this.mem, pSockaddr, salen);
    if (isFailure(a)) return this.gaiFail(a.code === 'EFAULT' ? fail('EFAULT') : a);
    if (!host && !serv) return this.gaiFail(fail('HOST_NOT_FOUND'));
    if ((host && !this.mem.ok(host, hostLen)) || (serv && !this.mem.ok(serv, servLen))) return this.gaiFail(fail('EFAULT'));
    const write = (hostName: string, service: string): number => {
      if (host && !this.mem.writeCstr(host, hostLen, hostName)) return this.gaiFail(fail('EFAULT'));
      if (serv && !this.mem.writeCstr(serv, servLen, service)) return this.gaiFail(fail('EFAULT'));
      this.api.ok(0);
      return 0;
    };
    const numericService = String(a.port);
    const namedService = flags & NI_NUMERICSERV || flags & NI_DGRAM ? numericService : SERVICE_NAMES.get(a.port) ?? numericService;
    if (!host || flags & NI_NUMERICHOST) {
      if (host && flags & NI_NAMEREQD) return this.gaiFail(fail('HOST_NOT_FOUND'));
      return write(a.address, namedService);
    }
    return this.api.ws.net.reverse(a).then((r) => {
      if (isFailure(r)) {
        if (flags & NI_NAMEREQD) return this.gaiFail(fail('HOST_NOT_FOUND'));
        return write(a.address, namedService);
      }
      return write(r.host, namedService);
    });
  }

  /** gethostbyname: a hostent in one per-instance area, overwritten by the next call (as Windows' per-thread one is). */
  gethostbyname(namePtr: number): Result {
    if (!this.api.ws.started) return this.api.fail(fail('ENOTINITIALISED'), 0);
    let name = namePtr ? this.mem.cstr(namePtr) : this.api.ws.net.hostname();
    if (name === undefined) return this.api.fail(fail('EFAULT'), 0);
    if (name === '') name = this.api.ws.net.hostname();
    const numeric = parseNumeric(name);
    if (numeric && numeric.family === 6) return this.api.fail(fail('HOST_NOT_FOUND'), 0); // IPv4 only
    const finish = (r: Resolved | CoreError): number => {
      if (isFailure(r)) return this.api.fail(r, 0);
      const v4 = r.addresses.filter((a) => a.family === 4).slice(0, MAX_HOSTENT_ADDRS);
      if (!v4.length) return this.api.fail(fail('NO_DATA'), 0);
      const p = this.writeHostent(name!, v4);
      return p ? this.api.ok(p) : this.api.fail(fail('ENOMEM'), 0);
    };
    if (numeric) return finish({ addresses: [numeric] });
    return this.api.ws.net.lookup(name, 4).then(finish);
  }

  /**
   * gethostbyaddr: the reverse name of an IPv4 (len >= 4) or IPv6 (len == 16) address, in the
   * hostent area gethostbyname shares. The hostent lists the address it was asked about.
   */
  gethostbyaddr(addrPtr: number, len: number, type: number): Result {
    if (!this.api.ws.started) return this.api.fail(fail('ENOTINITIALISED'), 0);
    const size = type === AF_INET ? 4 : type === AF_INET6 ? 16 : 0;
    if (!size) return this.api.fail(fail('EAFNOSUPPORT'), 0);
    if (type === AF_INET6 && len !== 16) return this.api.fail(fail('EINVAL'), 0);
    if (len < size || !addrPtr || !this.mem.ok(addrPtr, size)) return this.api.fail(fail('EFAULT'), 0);
    const b = [...this.mem.bytes().subarray(addrPtr, addrPtr + size)];
    const addr: SockAddr = size === 4
      ? { family: 4, address: b.join('.'), port: 0 }
      : { family: 6, address: bytesToIpv6(b), port: 0 };
    return this.api.ws.net.reverse(addr).then((r) => {
      if (isFailure(r)) {
        const known = r.code === 'TRY_AGAIN' || r.code === 'NO_RECOVERY' || r.code === 'NO_DATA';
        return this.api.fail(known ? r : fail('HOST_NOT_FOUND'), 0);
      }
      const p = this.writeHostent(r.host, [addr]);
      return p ? this.api.ok(p) : this.api.fail(fail('ENOMEM'), 0);
    });
  }

  private writeHostent(name: string, addrs: SockAddr[]): number {
    if (!this.hostentArea) this.hostentArea = this.allocator().malloc(HOSTENT_AREA) >>> 0;
    const base = this.hostentArea;
    if (!base) return 0;
    const m = this.mem;
    m.fill(base, HOSTENT_AREA);
    const aliases = base + HOSTENT.size;            // char *h_aliases[] = { NULL }
    const list = aliases + 4;                        // char *h_addr_list[n + 1]
    const v6 = addrs[0]?.family === 6;               // one family per hostent
    const size = v6 ? 16 : 4;
    const data = list + (addrs.length + 1) * 4;      // n * size address bytes
    const nameAt = data + addrs.length * size;
    addrs.forEach((a, i) => {
      m.bytes().set((v6 ? ipv6ToBytes(a.address) : ipv4ToBytes(a.address))!, data + i * size);
      m.setU32(list + i * 4, data + i * size);
    });
    m.writeCstr(nameAt, base + HOSTENT_AREA - nameAt, name.slice(0, 255));
    m.setU32(base + HOSTENT.name, nameAt);
    m.setU32(base + HOSTENT.aliases, aliases);
    m.setI16(base + HOSTENT.addrtype, v6 ? AF_INET6 : AF_INET);
    m.setI16(base + HOSTENT.length, size);
    m.setU32(base + HOSTENT.addrList, list);
    return base;
  }
}

