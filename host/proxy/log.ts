// winsock-proxy's log lines (docs/PROXY.md, "Log lines"): an event word, then `key=value`
// fields. Much of what is logged comes from clients (targets, names, origins, close
// reasons, resolver messages that repeat a name), so every value goes through `field`
// here: one event stays one line, and no value can forge a field or another line.

/** A value written bare: addresses, host names, ports, counts and codes. */
const BARE = /^[A-Za-z0-9._:[\]/%@+*-]+$/;

/**
 * What JSON.stringify leaves as it is but a log line must not hold: DEL and the C1
 * controls (U+0085 ends a line for some readers), the line and paragraph separators, and
 * the format characters (bidirectional overrides, zero-width characters) that make a
 * line read as something else. C0 controls, quotes and backslashes JSON escapes itself.
 */
const UNSAFE = /[\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

/**
 * A value as a JSON string literal: JSON.parse gives the exact text back, and it holds no
 * control character, so it cannot end the line.
 */
export function quoted(value: string): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => {
    const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
    const cp = c.codePointAt(0)!;
    // Format characters above U+FFFF (tags) are written as their UTF-16 pair, as JSON does.
    return cp > 0xffff ? hex(c.charCodeAt(0)) + hex(c.charCodeAt(1)) : hex(cp);
  });
}

/** `key=value`, the value bare when it is plainly an address, a name or a number, else quoted. */
export function field(key: string, value: string | number): string {
  const text = String(value);
  return `${key}=${BARE.test(text) ? text : quoted(text)}`;
}

/** `key="value"`, always quoted (free text such as a reason). */
export function quotedField(key: string, value: string): string {
  return `${key}=${quoted(value)}`;
}
