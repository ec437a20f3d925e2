/**
 * One kiosk: its state, its trust (pairing), ticketing and the hall data, made together by
 * `createKiosk` and closed together. The page makes one in main.tsx and hands it to the
 * components through KioskContext; tests make one against a real server.
 */
import type { call } from '../ui/api.js';
import type { Clock } from './clock.js';
import { computed, type ReadonlySignal } from '@preact/signals';
import { kioskConfig, type KioskConfig } from './config.js';
import { createHallData, type HallData } from './hall-data.js';
import type { KeyStore } from './idempotency.js';
import { createPairing, type Pairing } from './pairing.js';
import { createPickup, type Pickup } from './pickup.js';
import { createCheckIn, type CheckIn } from './checkin.js';
import { createKioskState, type KioskState } from './state.js';
import { createTicketing, type Ticketing } from './ticketing.js';

export interface KioskDeps {
  config: KioskConfig;
  /** The page's query string: with it, the times follow the hall's settings where the URL sets none. */
  search?: string;
  call: typeof call;
  /** session: the pending ticket's idempotency key; local: the device credential (null: memory only). */
  storage: { session: KeyStore; local: KeyStore | null };
  clock: Clock;
  newKey: () => string;
}

export interface Kiosk {
  config: KioskConfig;
  /** The times in force: the URL's, else the hall's (from the catalogue), else the defaults. */
  timing: ReadonlySignal<KioskConfig>;
  state: KioskState;
  pairing: Pairing;
  ticketing: Ticketing;
  hallData: HallData;
  /** 领取结果: a results ticket by case number or scanned notice. */
  pickup: Pickup;
  /** 预约签到: an appointment ticket by booking code, typed or scanned. */
  checkIn: CheckIn;
  close(): void;
}

export function createKiosk(deps: KioskDeps): Kiosk {
  const { config, call, clock } = deps;
  const state = createKioskState();
  const pairing = createPairing({ state, call, clock, deviceId: config.deviceId, storage: deps.storage.local });
  const ticketing = createTicketing({
    state, call, clock, deviceId: config.deviceId, keys: deps.storage.session, newKey: deps.newKey,
    device: { key: pairing.key, revoked: pairing.revoked },
  });
  const hallData = createHallData({ state, call, clock });
  const pickup = createPickup({ state, call, ticketing });
  const checkIn = createCheckIn({ state, ticketing });
  const { search } = deps;
  // The snapshot (refreshed every few seconds) carries the hall as it is now; settings move no catalogue version.
  const timing = computed(() => (search === undefined ? config : kioskConfig(search, state.snapshot.value?.hall ?? state.catalog.value?.hall)));
  return {
    config, timing, state, pairing, ticketing, hallData, pickup, checkIn,
    close() {
      checkIn.close();
      pickup.close();
      hallData.close();
      ticketing.close();
      pairing.close();
    },
  };
}
