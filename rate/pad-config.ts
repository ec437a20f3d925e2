/** Which window a pad serves (`/rate/<n>`) and, in a hall with paired pads, its credential. */
import { browserStorage } from '../kiosk/browser-storage.js';
import { createDeviceKeyStore } from '../kiosk/device-key.js';

export function padWindowNumber(pathname: string): number | null {
  const m = /^\/rate\/(\d{1,4})\/?$/.exec(pathname);
  const n = m?.[1] === undefined ? NaN : Number(m[1]);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/**
 * `?device=P05`: the pad's credential (`<deviceId>:<secret>`), kept like a kiosk's in
 * localStorage. Without `?device=` the pad is an open pad and sends none.
 */
export function padDeviceKey(search: string): () => string | null {
  const deviceId = new URLSearchParams(search).get('device');
  if (!deviceId || !/^[A-Za-z0-9_-]{1,32}$/.test(deviceId)) return () => null;
  const keys = createDeviceKeyStore(browserStorage('local'), deviceId);
  return () => keys.get();
}
