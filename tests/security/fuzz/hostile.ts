/** What attackers and broken clients send, grouped so a report can say which family broke what. */
import type { Rng } from './prng.js';

export const SQL = [
  "' OR '1'='1", "1; DROP TABLE tickets;--", '" OR ""="', "') UNION SELECT sql FROM sqlite_master--",
  "%' AND 1=1 --", "1' AND (SELECT COUNT(*) FROM users) > 0 --", "x'); ATTACH DATABASE '/tmp/x.db' AS x;--",
  "admin'--", "1 OR 1=1", "'; PRAGMA writable_schema=1;--", '\\\'; SELECT load_extension(\'x\');--',
];

export const SCRIPT = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}',
  '<!--#exec cmd="ls"-->', '<svg/onload=alert(1)>', "';alert(String.fromCharCode(88,83,83))//", '%3Cscript%3E',
];

export const TRAVERSAL = [
  '../../package.json', '..%2f..%2fpackage.json', '%2e%2e/%2e%2e/package.json', '....//....//package.json',
  '..\\..\\package.json', '/etc/passwd', 'secret.txt%00.js', '..%252f..%252fpackage.json', '%c0%ae%c0%ae/', '..;/package.json',
];

export const UNICODE = [
  '取号', '🎫🎫', '\u202emoc.live', 'a\u200bb', 'e\u0301', '\ud800', '\udfff', '\ufeffA001', '\u0000', 'A\u0000001',
  '１２３', '١٢٣', '\u2028\u2029', 'İ', 'ß'.repeat(50), '\uffff', '𝕬𝖇𝖈', 'ＡＢＣ',
];

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];

/** Numbers JSON can carry but a schema or a SQLite integer may choke on. */
export const NUMBERS = [0, -0, -1, 1.5, 0.1, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER];

/** Text that looks like a number or an id to a sloppy parser; for path params and query strings. */
export const NUMBER_LIKE = [
  '0', '-1', '-0', '1.5', '1e3', '1e400', 'NaN', 'Infinity', '-Infinity', '0x10', '0b1', '1_000', ' 1', '1 ', '01', '+1', '١',
  '１', '9'.repeat(40), '1,2', 'null', 'undefined', 'true', '[]', '{}', '[object Object]', '%00', '1%00', '1;1', '1/2',
];

/** Raw JSON literals JSON.stringify cannot produce. */
export const RAW_NUMBERS = ['1e999', '-1e999', '123456789012345678901234567890', '0.0000000000000000000000001', '-0.0', '1E+2'];

/**
 * Percent-encodes the UTF-8 bytes of any string, lone surrogates included (encodeURIComponent
 * throws on those; Buffer writes them as U+FFFD, which is what a browser would send).
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** An own property even for `__proto__`, which plain assignment would turn into a prototype change. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Any value as header or query text; String() would throw on an object whose toString is not a function. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return 'unprintable';
  }
}

export function hostileString(rng: Rng): string {
  const family = rng.weighted({ sql: 3, script: 3, traversal: 2, unicode: 3, proto: 1, number: 2, long: 1, control: 1 });
  switch (family) {
    case 'sql': return rng.pick(SQL);
    case 'script': return rng.pick(SCRIPT);
    case 'traversal': return rng.pick(TRAVERSAL);
    case 'unicode': return rng.pick(UNICODE);
    case 'proto': return rng.pick(PROTO_KEYS);
    case 'number': return rng.pick(NUMBER_LIKE);
    case 'long': return rng.pick(['x', '号', '\ud83c\udfab']).repeat(rng.pick([65, 257, 1025, 4097]));
    case 'control': return String.fromCharCode(...Array.from({ length: rng.int(1, 8) }, () => rng.int(0, 31)));
  }
}

/** Any JSON value, of any type: what a schema that wants something else must refuse. */
export function hostileValue(rng: Rng, depth = 0): unknown {
  const kind = rng.weighted({ string: 5, number: 3, boolean: 1, null: 1, array: depth < 3 ? 1 : 0, object: depth < 3 ? 1 : 0 });
  switch (kind) {
    case 'string': return hostileString(rng);
    case 'number': return rng.pick(NUMBERS);
    case 'boolean': return rng.chance(0.5);
    case 'null': return null;
    case 'array': return Array.from({ length: rng.int(0, 3) }, () => hostileValue(rng, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (let i = rng.int(0, 3); i > 0; i--) setOwn(out, rng.chance(0.3) ? rng.pick(PROTO_KEYS) : hostileString(rng), hostileValue(rng, depth + 1));
      return out;
    }
  }
}
