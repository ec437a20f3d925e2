/**
 * The browser's storage when the kiosk may use it, else memory for this page only (private mode,
 * storage disabled): a credential or a pending key then lasts until the next reload, not zero.
 */
import type { KeyStore } from './idempotency.js';

export function memoryStore(): KeyStore {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

/** Reading `window.sessionStorage` itself may throw (disabled storage), hence the function. */
export function browserStorage(kind: 'session' | 'local'): KeyStore | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}
