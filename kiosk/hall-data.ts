/**
 * Keeping the kiosk's copy of the hall: the catalogue and pinyin once (retried until the
 * server answers), then windows, waiting counts and open/closed queues every few seconds.
 * Polling rather than a socket keeps the kiosk page small; a few seconds late is fine for tiles.
 * When the snapshot says the catalogue changed (an import, an edited checklist), it is reloaded
 * without a page reload.
 */
import type { call } from '../ui/api.js';
import type { Clock } from './clock.js';
import type { KioskState } from './state.js';

const REFRESH_MS = 10_000;
const RETRY_MS = 3000;

export interface HallData {
  /** Loads the catalogue (retrying until it comes), then keeps the snapshot fresh. */
  start(): Promise<void>;
  close(): void;
}

export function createHallData(deps: { state: KioskState; call: typeof call; clock: Clock }): HallData {
  const { state, call, clock } = deps;
  let closed = false;
  let stopRefresh = () => {};

  const untilLoaded = async <T>(load: () => Promise<T>): Promise<T | null> => {
    while (!closed) {
      try {
        return await load();
      } catch {
        state.hallOffline.value = true;
        await clock.sleep(RETRY_MS);
      }
    }
    return null;
  };

  const refreshSnapshot = async (): Promise<void> => {
    try {
      const snapshot = await call('GET /api/snapshot', {}, { timeoutMs: 5000 });
      if (!closed) state.snapshot.value = snapshot;
      state.hallOffline.value = false;
      const held = state.catalog.value;
      if (held && held.hall.catalogVersion !== snapshot.hall.catalogVersion) await reloadCatalog();
    } catch {
      state.hallOffline.value = true;
    }
  };

  const reloadCatalog = async (): Promise<void> => {
    const [cat, index] = await Promise.all([call('GET /api/catalog', {}), call('GET /api/catalog/pinyin', {})]);
    if (closed) return;
    state.catalog.value = cat;
    state.pinyin.value = index;
  };

  return {
    async start() {
      // The tiles need only the catalogue: the snapshot (counts, windows) fills in when it comes.
      const snapshot = refreshSnapshot();
      const cat = await untilLoaded(() => call('GET /api/catalog', {}));
      if (cat === null || closed) return;
      state.catalog.value = cat;
      state.hallOffline.value = false;
      // Search by Chinese works without it; pinyin joins when it arrives.
      void untilLoaded(() => call('GET /api/catalog/pinyin', {})).then((index) => {
        if (index !== null) state.pinyin.value = index;
      });
      await snapshot;
      if (!closed) stopRefresh = clock.every(REFRESH_MS, () => void refreshSnapshot());
    },
    close() {
      closed = true;
      stopRefresh();
    },
  };
}
