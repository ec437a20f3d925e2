/**
 * The installer's shortcut: the admin page shows `/kiosk?device=K01&pair=ABCD-EFGH`, opened once on
 * the kiosk. The code is one-time, but it must still not stay in the address bar or the history.
 */

/** The pairing code in a kiosk address, as typed (the server ignores case, spaces and dashes), or null. */
export function pairCodeIn(search: string): string | null {
  const raw = new URLSearchParams(search).get('pair')?.trim() ?? '';
  return /^[A-Za-z0-9 -]{1,32}$/.test(raw) ? raw : null;
}

/** The same address without `pair`, for history.replaceState; null when there is nothing to remove. */
export function addressWithoutPairCode(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('pair')) return null;
  url.searchParams.delete('pair');
  return url.pathname + url.search + url.hash;
}
