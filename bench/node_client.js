// The benchmark client in plain Node `net`: the same protocol and sizes as client.c.
//   node node_client.js <host> <port> bulk <MiB> | pingpong <count>
import net from 'node:net';

const [host, port, mode, amount] = process.argv.slice(2);
const sock = net.connect({ host, port: Number(port), noDelay: true });
await new Promise((r, j) => { sock.once('connect', r); sock.once('error', j); });

if (mode === 'bulk') {
  const total = Number(amount) * 1024 * 1024;
  const a = Buffer.alloc(32 * 1024, 'a');
  const b = Buffer.alloc(32 * 1024, 'b');
  sock.write('B');
  const t0 = process.hrtime.bigint();
  let sent = 0;
  const reply = new Promise((resolve) => {
    const parts = [];
    sock.on('data', (d) => parts.push(d));
    sock.on('end', () => resolve(Buffer.concat(parts)));
  });
  while (sent < total) {
    // Two buffers per step, as the C client's WSASend of two WSABUFs; wait when the socket says so.
    sock.write(a);
    const more = sock.write(b);
    sent += a.length + b.length;
    if (!more) await new Promise((r) => sock.once('drain', r));
  }
  sock.end();
  const echoed = (await reply).readBigUInt64LE(0);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (echoed !== BigInt(sent)) { console.error(`server counted ${echoed} of ${sent}`); process.exit(1); }
  console.log(`bulk ${(sent / secs / 1e6).toFixed(1)}`);
} else {
  const count = Number(amount);
  const msg = Buffer.alloc(64, 'p');
  let pending = Buffer.alloc(0);
  let wake = null;
  sock.on('data', (d) => { pending = pending.length ? Buffer.concat([pending, d]) : d; if (wake) wake(); });
  sock.write('P');
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    sock.write(msg);
    while (pending.length < 64) await new Promise((r) => { wake = r; });
    wake = null;
    pending = pending.subarray(64);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`pingpong ${(count / secs).toFixed(0)}`);
  sock.end();
}
sock.destroy();
