/**
 * The catalogue and its pinyin as JSON text, built once per catalogue state and sent with an
 * ETag: a thousand kiosks starting at 08:25 cost one build and then 304s. The state is keyed by
 * what the answer is made of — the catalogue version, the hall's own fields (name, notice, hours)
 * and the queues (open, hours) — and never by the hall version, which moves with every ticket.
 */
import { createHash } from 'node:crypto';
import type { HallServices } from './context.js';
import { catalogOf } from './catalog.js';
import { cachedPinyinIndex } from './pinyin-index.js';
import { hallOf } from './views.js';

export interface CachedJson {
  body: string;
  etag: string;
}

interface Entry { key: string; catalog: CachedJson; pinyin: CachedJson | null }

const cache = new WeakMap<HallServices, Entry>();
const builds = new WeakMap<HallServices, number>();
const pinyinOf = new WeakMap<HallServices, ReturnType<typeof cachedPinyinIndex>>();

function keyOf(s: HallServices): string {
  const { version: _everyTicket, ...hall } = hallOf(s);
  return JSON.stringify([hall, s.catalog.queuesOf(hall.id)]);
}

function cachedJson(value: unknown): CachedJson {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function entryOf(s: HallServices): Entry {
  const key = keyOf(s);
  const hit = cache.get(s);
  if (hit?.key === key) return hit;
  const entry = { key, catalog: cachedJson(catalogOf(s)), pinyin: null };
  builds.set(s, (builds.get(s) ?? 0) + 1);
  cache.set(s, entry);
  return entry;
}

export const catalogJson = (s: HallServices): CachedJson => entryOf(s).catalog;

export function pinyinJson(s: HallServices): CachedJson {
  const entry = entryOf(s);
  if (entry.pinyin) return entry.pinyin;
  const index = pinyinOf.get(s) ?? cachedPinyinIndex();
  pinyinOf.set(s, index);
  entry.pinyin = cachedJson(index(catalogOf(s)));
  return entry.pinyin;
}

/** How many times the catalogue was built from the database (for tests of the cache). */
export const catalogBuilds = (s: HallServices): number => builds.get(s) ?? 0;
