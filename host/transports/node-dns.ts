// Name resolution on Node's `dns` (the system resolver, as getaddrinfo uses on Windows).
import dns from 'node:dns';
import { fail, codeOf, type CoreError } from '../core/errors.js';
import type { Resolved, SockAddr } from '../core/transport.js';

export function lookup(name: string, family: 0 | 4 | 6): Promise<Resolved | CoreError> {
  return new Promise((resolve) => {
    dns.lookup(name, { all: true, family, verbatim: true }, (err, addrs) => {
      if (err) return resolve(fail(codeOf(err)));
      if (!addrs.length) return resolve(fail('HOST_NOT_FOUND'));
      resolve({
        addresses: addrs.map((a) => ({ family: a.family === 6 ? 6 : 4, address: a.address, port: 0 })),
        canonicalName: name,
      });
    });
  });
}

export function reverse(addr: SockAddr): Promise<{ host: string; service: string } | CoreError> {
  return new Promise((resolve) => {
    dns.lookupService(addr.address, addr.port, (err, host, service) => {
      if (err) return resolve(fail(codeOf(err)));
      resolve({ host, service });
    });
  });
}
