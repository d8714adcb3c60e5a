import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD = path.join(ROOT, 'build', 'test');
const ex = (f: string) => path.join(ROOT, 'wasm', 'examples', f);
const tp = (f: string) => path.join(ROOT, 'test', 'programs', f);
const cf = (f: string) => path.join(ROOT, 'test', 'conformance', f);

/** Every program the integration tests build: name -> source, or [source, extra winsock-cc flags]. */
export const PROGRAMS: Record<string, string | [string, ...string[]]> = {
  tcp_echo: ex('tcp_echo.c'),
  wsasend_client: ex('wsasend_client.c'),
  select_server: ex('select_server.c'),
  udp_exchange: ex('udp_exchange.c'),
  errors: tp('errors.c'),
  stream: tp('stream.c'),
  udp: tp('udp.c'),
  names: tp('names.c'),
  unseen_client: tp('unseen_client.c'),
  proxy_fault: tp('proxy_fault.c'),
  backpressure: tp('backpressure.c'),
  layout_probe: tp('layout_probe.c'),
  polling: tp('polling.c'),
  ipv6: tp('ipv6.c'),
  stdin_echo: tp('stdin_echo.c'),
  overlapped: tp('overlapped.c'),
  events: tp('events.c'),
  eventselect: tp('eventselect.c'),
  poll: tp('poll.c'),
  overlapped_echo_client: ex('overlapped_echo_client.c'),
  eventselect_server: ex('eventselect_server.c'),
  conformance_layout: cf('layout/probe.c'),
  conf_wsasend_errors: cf('programs/wsasend_errors.c'),
  conf_overlapped: cf('programs/overlapped.c'),
  conf_events_select: cf('programs/events_select.c'),
  conf_sockets: cf('programs/sockets.c'),
  conf_relay: cf('programs/relay.c'),
  conf_states: cf('programs/states.c'),
  conf_wide: cf('programs/wide.c'),
  wide: tp('wide.c'),
  wide_cxx: tp('wide_cxx.cpp'),
  narrow_printf: tp('narrow_printf.c'),
  waitall: tp('waitall.c'),
  stall: tp('stall.c'),
  trap: [tp('trap.c'), '-g'],
  multiready: tp('multiready.c'),
  connect_timeout: tp('connect_timeout.c'),
  transfer: tp('transfer.c'),
  faults: tp('faults.c'),
  stdio_flood: tp('stdio_flood.c'),
  base_heap: tp('base_heap.c'),
  base_time: tp('base_time.c'),
  base_sys: tp('base_sys.c'),
  base_env: tp('base_env.c'),
  base_ctrl: tp('base_ctrl.c'),
  crt: tp('crt.c'),
  crt_invalid: tp('crt_invalid.c'),
  files: [tp('files.c'), '-Wextra'],
  module_path: tp('module_path.c'),
  file_handles: tp('file_handles.c'),
  console: tp('console.c'),
};
