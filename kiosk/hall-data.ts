/**
 * Keeping the kiosk's copy of the hall: the catalogue and pinyin once (retried until the
 * server answers), then windows, waiting counts and open/closed queues every few seconds.
 * Polling rather than a socket keeps the kiosk page small; a few seconds late is fine for tiles.
 */
import type { CatalogDto, HallSnapshot, PinyinIndexDto } from '../contract/dto.js';
import { api } from '../ui/api.js';
import { catalog, hallOffline, pinyin, snapshot } from './state.js';

const REFRESH_MS = 10_000;
const RETRY_MS = 3000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function untilLoaded<T>(load: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await load();
    } catch {
      hallOffline.value = true;
      await sleep(RETRY_MS);
    }
  }
}

async function refreshSnapshot(): Promise<void> {
  try {
    snapshot.value = await api<HallSnapshot>('GET', '/api/snapshot', undefined, { timeoutMs: 5000 });
    hallOffline.value = false;
  } catch {
    hallOffline.value = true;
  }
}

export async function startHallData(): Promise<void> {
  const [cat] = await Promise.all([
    untilLoaded(() => api<CatalogDto>('GET', '/api/catalog')),
    refreshSnapshot(),
  ]);
  catalog.value = cat;
  hallOffline.value = false;
  // Search by Chinese works without it; pinyin joins when it arrives.
  void untilLoaded(() => api<PinyinIndexDto>('GET', '/api/catalog/pinyin')).then((index) => {
    pinyin.value = index;
  });
  setInterval(() => void refreshSnapshot(), REFRESH_MS);
}
