/**
 * Making a kiosk store in a unit test, against a real listening server. Only the parts a browser
 * would give are stood in for: the origin (paths resolve against the server's URL), storage
 * (memory) and time (sleeps return at once and are recorded, so retries run without waiting).
 */
import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import type { RouteInput, RouteKey, RouteResponse } from '../contract/routes.js';
import { ApiError, call, type ApiOptions } from '../ui/api.js';
import { memoryStore } from './browser-storage.js';
import type { Clock } from './clock.js';
import { kioskConfig } from './config.js';
import type { KeyStore } from './idempotency.js';
import { createKiosk, type Kiosk } from './kiosk.js';

export interface SentRequest {
  route: RouteKey;
  body: unknown;
  idempotencyKey: string | undefined;
  deviceKey: string | undefined;
}

/** What happens to one request on the way: pass, never arrive, or arrive but lose the answer. */
export type Fault = 'none' | 'unreachable' | 'answer-lost';

export interface TestApi {
  call: typeof call;
  sent: SentRequest[];
  /** The fault for the next requests (one entry each, then 'none'). */
  faults: Fault[];
}

/**
 * The real typed client, with the page's origin being the server's (paths are resolved against
 * it as a browser resolves them against the page; undo with vi.unstubAllGlobals()), recording
 * each request and applying the faults a test lines up.
 */
export function callAt(baseUrl: string): TestApi {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(new URL(input, baseUrl), init));
  const sent: SentRequest[] = [];
  const faults: Fault[] = [];
  async function recorded<K extends RouteKey>(route: K, input: RouteInput<K>, options?: ApiOptions): Promise<RouteResponse<K>> {
    sent.push({ route, body: 'body' in input ? input.body : undefined, idempotencyKey: options?.idempotencyKey, deviceKey: options?.headers?.['x-device-key'] });
    const fault = faults.shift() ?? 'none';
    if (fault === 'unreachable') throw new ApiError(0, 'network', 'unreachable (test)');
    const answer = await call(route, input, options);
    if (fault === 'answer-lost') throw new ApiError(0, 'network', 'answer lost (test)');
    return answer;
  }
  return { call: recorded satisfies typeof call, sent, faults };
}

export interface TestClock extends Clock {
  slept: number[];
}

export function instantClock(): TestClock {
  const slept: number[] = [];
  return {
    slept,
    now: () => Date.now(),
    sleep: async (ms) => void slept.push(ms),
    every: () => () => {},
    after: () => () => {},
  };
}

export interface TestKiosk {
  kiosk: Kiosk;
  net: TestApi;
  clock: TestClock;
  local: KeyStore;
}

export function testKiosk(baseUrl: string, search = '?device=K01', local: KeyStore = memoryStore()): TestKiosk {
  const net = callAt(baseUrl);
  const clock = instantClock();
  const kiosk = createKiosk({
    config: kioskConfig(search), call: net.call, clock, newKey: randomUUID,
    storage: { session: memoryStore(), local },
  });
  return { kiosk, net, clock, local };
}
