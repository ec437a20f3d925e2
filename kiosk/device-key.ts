/**
 * The kiosk's device credential (`<deviceId>:<secret>`, from pairing), kept in localStorage so it
 * survives reloads and restarts of the kiosk browser. One entry per device id: a machine moved to
 * another `?device=` must not present the first device's credential.
 */
import type { KeyStore } from './idempotency.js';

export interface DeviceKeyStore {
  get(): string | null;
  set(key: string): void;
  forget(): void;
}

const PREFIX = 'kiosk.deviceKey.';

/**
 * A store for one device. Without usable storage (private mode, disabled) the credential lives
 * in memory for this page only: the kiosk prints until the next reload rather than not at all.
 */
export function createDeviceKeyStore(storage: KeyStore | null, deviceId: string): DeviceKeyStore {
  const name = PREFIX + deviceId;
  let memory: string | null = null;
  // Only a credential of this device counts; anything else in the slot is stale or tampered with.
  const valid = (key: string | null): key is string => key !== null && key.startsWith(`${deviceId}:`) && key.length > deviceId.length + 1;
  return {
    get() {
      let stored: string | null = null;
      try {
        stored = storage?.getItem(name) ?? null;
      } catch {
        stored = null;
      }
      if (valid(stored)) return stored;
      return valid(memory) ? memory : null;
    },
    set(key) {
      if (!valid(key)) return;
      memory = key;
      try {
        storage?.setItem(name, key);
      } catch {
        // Kept in memory only.
      }
    },
    forget() {
      memory = null;
      try {
        storage?.removeItem(name);
      } catch {
        // Nothing stored.
      }
    },
  };
}
