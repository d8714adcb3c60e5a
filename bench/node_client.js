// The benchmark client in plain Node `net`: the same protocol, sizes and two timed
// passes (cold, then warm) as client.c.
//   node node_client.js <host> <port> bulk <MiB> | pingpong <count> | overlapped <count>
import net from 'node:net';

const [host, port, mode, amount] = process.argv.slice(2);
const sock = net.connect({ host, port: Number(port), noDelay: true });
await new Promise((r, j) => { sock.once('connect', r); sock.once('error', j); });
const now = () => Number(process.hrtime.bigint()) / 1e9;

/** Bytes the server sends back once we end (bulk and overlapped: its 8-byte count). */
function replyAtEnd() {
  return new Promise((resolve) => {
    const parts = [];
    sock.on('data', (d) => parts.push(d));
    sock.on('end', () => resolve(Buffer.concat(parts)));
  });
}

/** Resolves once everything written so far has reached the kernel. */
const flushed = () => new Promise((r) => sock.write(Buffer.alloc(0), r));

const rates = [];
if (mode === 'bulk') {
  const total = Number(amount) * 1024 * 1024;
  const a = Buffer.alloc(32 * 1024, 'a');
  const b = Buffer.alloc(32 * 1024, 'b');
  const reply = replyAtEnd();
  sock.write('B');
  let sent = 0;
  for (let pass = 0; pass < 2; pass++) {
    const t0 = now();
    let n = 0;
    while (n < total) {
      // Two buffers per step, as the C client's WSASend of two WSABUFs; wait when the socket says so.
      sock.write(a);
      const more = sock.write(b);
      n += a.length + b.length;
      if (!more) await new Promise((r) => sock.once('drain', r));
    }
    await flushed();
    rates.push((n / (now() - t0) / 1e6).toFixed(1));
    sent += n;
  }
  sock.end();
  const echoed = (await reply).readBigUInt64LE(0);
  if (echoed !== BigInt(sent)) { console.error(`server counted ${echoed} of ${sent}`); process.exit(1); }
} else if (mode === 'overlapped') {
  // 64-byte writes with completion callbacks, at most 16 in flight, as the C client's overlapped WSASends.
  const count = Number(amount);
  const msg = Buffer.alloc(64, 'o');
  const reply = replyAtEnd();
  sock.write('B');
  for (let pass = 0; pass < 2; pass++) {
    const t0 = now();
    await new Promise((resolve) => {
      let posted = 0, done = 0;
      const post = () => { posted++; sock.write(msg, sent); };
      const sent = () => { done++; if (posted < count) post(); else if (done === count) resolve(); };
      for (let i = 0; i < 16 && i < count; i++) post();
    });
    rates.push((count / (now() - t0)).toFixed(0));
  }
  sock.end();
  const echoed = (await reply).readBigUInt64LE(0);
  if (echoed !== BigInt(2 * 64 * count)) { console.error(`server counted ${echoed}`); process.exit(1); }
} else {
  const count = Number(amount);
  const msg = Buffer.alloc(64, 'p');
  let pending = Buffer.alloc(0);
  let wake = null;
  sock.on('data', (d) => { pending = pending.length ? Buffer.concat([pending, d]) : d; if (wake) wake(); });
  sock.write('P');
  for (let pass = 0; pass < 2; pass++) {
    const t0 = now();
    for (let i = 0; i < count; i++) {
      sock.write(msg);
      while (pending.length < 64) await new Promise((r) => { wake = r; });
      wake = null;
      pending = pending.subarray(64);
    }
    rates.push((count / (now() - t0)).toFixed(0));
  }
  sock.end();
}
console.log(`${mode} ${rates.join(' ')}`);
sock.destroy();
