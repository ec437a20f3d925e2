import type { HallSnapshot } from '../../contract/dto.js';
import type { HallServices } from './context.js';
import { hallSnapshot } from './queries.js';
import { iso } from './dto.js';
import { hallOf, today } from './views.js';

interface Cached {
  version: number;
  serviceDay: string;
  snapshot: HallSnapshot;
}

const cache = new WeakMap<HallServices, Cached>();
const builds = new WeakMap<HallServices, number>();

/**
 * The hall snapshot, built once per hall version (and service day) however many screens ask:
 * every change bumps the version, so an unchanged version means an unchanged snapshot. Only the
 * server time is fresh on each answer. Without this, a flood of requests from one socket rebuilt
 * the whole snapshot in a transaction on the main thread each time and stalled the hall.
 */
export function cachedSnapshot(s: HallServices): HallSnapshot {
  const hall = hallOf(s);
  const now = s.clock();
  const day = today(s, hall, now);
  const hit = cache.get(s);
  if (hit && hit.version === hall.version && hit.serviceDay === day) return { ...hit.snapshot, serverTime: iso(now) };
  const snapshot = hallSnapshot(s);
  builds.set(s, (builds.get(s) ?? 0) + 1);
  cache.set(s, { version: snapshot.version, serviceDay: snapshot.serviceDay, snapshot });
  return snapshot;
}

/** How many snapshots were built from the database (for tests of the cache). */
export const snapshotBuilds = (s: HallServices): number => builds.get(s) ?? 0;
