/**
 * Same-origin rule for state-changing requests and session sockets. Pure, so the HTTP hook and
 * the Socket.IO handshake share it.
 */

/** `scheme://host[:port]` in canonical form (lower case, default port dropped), or null when it is not one. */
export function canonicalOrigin(value: string): string | null {
  if (value === 'null') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // An Origin is only scheme, host and port; anything more is not a browser's Origin header.
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  return url.origin;
}

/**
 * Whether a request carrying `origin` may change state. No Origin at all passes: kiosks, curl and
 * the city platform send none, while browsers always send one on cross-origin POSTs. `null`
 * (sandboxed frames, file pages, some redirects) and anything unparsable is refused. Otherwise the
 * origin must equal the request's own (`selfOrigin`, from Host and protocol) or an allow-list entry;
 * another port on the same host is another origin.
 */
export function isAllowedOrigin(origin: string | undefined, selfOrigin: string, allowList: readonly string[]): boolean {
  if (origin === undefined) return true;
  const asked = canonicalOrigin(origin);
  if (asked === null) return false;
  if (asked === canonicalOrigin(selfOrigin)) return true;
  return allowList.some((entry) => canonicalOrigin(entry.trim().replace(/\/+$/, '')) === asked);
}

/** The origin a request was addressed to: protocol and Host (forwarded ones when the proxy is trusted). */
export function selfOriginOf(protocol: string | undefined, host: string): string {
  return `${protocol ?? 'http'}://${host}`;
}
