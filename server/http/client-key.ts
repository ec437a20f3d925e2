import type { FastifyRequest } from 'fastify';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Rate-limit bucket of a request. Never throws: a client that resets its connection before the
 * limiter runs leaves no address behind (request.ip is undefined, and with a trusted proxy the
 * address parser may throw), and a throwing key function logged an error with a stack per request.
 * Those requests share one bucket, so resetting connections cannot bypass the limit either.
 */
export const GONE_CLIENT_KEY = 'connection-gone';

export function rateLimitKey(request: FastifyRequest): string {
  let address: string | undefined;
  try {
    address = request.ip;
  } catch {
    address = undefined;
  }
  address ??= request.raw.socket?.remoteAddress;
  return address ? addressKey(address) : GONE_CLIENT_KEY;
}

/**
 * One key per client: IPv4 as is (also when mapped into IPv6), IPv6 per /64 network because one
 * household or phone gets a whole /64 and could otherwise rotate addresses to dodge the limit.
 */
export function addressKey(address: string): string {
  const plain = address.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  if (!isIPv6(plain)) return plain;
  const hextets = expandIPv6(plain);
  return `${hextets.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  // An embedded IPv4 tail (::1.2.3.4) takes two hextets; the /64 key never reaches it, so count it only.
  const width = (parts: string[]) => parts.reduce((n, p) => n + (p.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? 0 : 8 - width(left) - width(right);
  return [...left, ...Array<string>(zeros).fill('0'), ...right].map((h) => (h.includes('.') ? h : h.replace(/^0+(?=.)/, '')));
}
