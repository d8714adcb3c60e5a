// The service and protocol databases (winsock2.h): getservbyname, getservbyport, getprotobyname,
// getprotobynumber, pure C in wasm/runtime/ws2_services.c over the entries of Windows' own
// %SystemRoot%\System32\drivers\etc\services and protocol files.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('service and protocol databases', () => {
  it('finds Windows\' entries by name, alias and port, case-insensitively, NULL proto as the first entry, WSANO_DATA for a miss', async () => {
    const r = await run('services');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // getservbyname: "If no error occurs, getservbyname returns a pointer to the servent structure.
    // Otherwise, it returns a null pointer" with WSANO_DATA (11004), "The specified name is not found
    // in the database". s_port: "The port number at which the service can be contacted. Port numbers
    // are returned in network byte order."
    expect(r.stdout).toBe([
      'http/tcp: http 80/tcp www www-http',
      'WWW/TCP: http 80/tcp www www-http',
      'domain/NULL: domain 53/tcp',
      'domain/udp: domain 53/udp',
      'tftp/tcp: NULL 11004',
      'nosuch: NULL 11004',
      '443/tcp: https 443/tcp MCom',
      '69/NULL: tftp 69/udp',
      '25/udp: NULL 11004',
      '9/NULL: discard 9/tcp sink null',
      'smtp again: smtp 25/tcp mail',
      'tcp: tcp 6 TCP',
      'UDP: udp 17 UDP',
      'ipv6-icmp: ipv6-icmp 58 IPv6-ICMP',
      '17: udp 17 UDP',
      '0: ip 0 IP',
      '200: NULL 11004',
      'nosuch: NULL 11004',
      '',
    ].join('\n'));
  });
});
