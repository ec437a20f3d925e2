import { describe, expect, it } from 'vitest';
import { createDeviceKeyStore } from './device-key.js';
import type { KeyStore } from './idempotency.js';

/** localStorage as the kiosk sees it: strings in, strings out, shared by every store on the page. */
function storageLike(): KeyStore & { raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return { raw, getItem: (k) => raw.get(k) ?? null, setItem: (k, v) => void raw.set(k, v), removeItem: (k) => void raw.delete(k) };
}

const broken: KeyStore = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
  removeItem: () => { throw new Error('SecurityError'); },
};

describe('device credential store', () => {
  it('keeps the credential across pages (a reload makes a new store over the same storage)', () => {
    const storage = storageLike();
    createDeviceKeyStore(storage, 'K01').set('K01:secret');
    expect(createDeviceKeyStore(storage, 'K01').get()).toBe('K01:secret');
  });

  it('forgets it for good', () => {
    const storage = storageLike();
    const store = createDeviceKeyStore(storage, 'K01');
    store.set('K01:secret');
    store.forget();
    expect(store.get()).toBeNull();
    expect(createDeviceKeyStore(storage, 'K01').get()).toBeNull();
    expect(storage.raw.size).toBe(0);
  });

  it('keeps one credential per device id', () => {
    const storage = storageLike();
    createDeviceKeyStore(storage, 'K01').set('K01:one');
    createDeviceKeyStore(storage, 'K02').set('K02:two');
    expect(createDeviceKeyStore(storage, 'K01').get()).toBe('K01:one');
    expect(createDeviceKeyStore(storage, 'K02').get()).toBe('K02:two');
    createDeviceKeyStore(storage, 'K02').forget();
    expect(createDeviceKeyStore(storage, 'K01').get()).toBe('K01:one');
  });

  it('never hands out another device\'s credential or an empty one', () => {
    const storage = storageLike();
    const store = createDeviceKeyStore(storage, 'K01');
    store.set('K02:secret');
    store.set('K01:');
    expect(store.get()).toBeNull();
    storage.raw.set('kiosk.deviceKey.K01', 'K011:secret');
    expect(store.get()).toBeNull();
  });

  it('works from memory when storage refuses', () => {
    const store = createDeviceKeyStore(broken, 'K01');
    expect(store.get()).toBeNull();
    store.set('K01:secret');
    expect(store.get()).toBe('K01:secret');
    store.forget();
    expect(store.get()).toBeNull();
    const none = createDeviceKeyStore(null, 'K01');
    none.set('K01:secret');
    expect(none.get()).toBe('K01:secret');
  });
});
