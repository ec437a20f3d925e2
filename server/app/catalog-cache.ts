/**
 * The catalogue and its pinyin as JSON text, built once per catalogue state and sent with an
 * ETag: a thousand kiosks starting at 08:25 cost one build and then 304s. The state is keyed by
 * what the answer is made of — the catalogue version, the hall's own fields (name, notice, hours)
 * and the queues (open, hours) — and never by the hall version, which moves with every ticket.
 */
import { createHash } from 'node:crypto';
import type { HallServices } from './context.js';
import { catalogOf } from './catalog.js';
import { pinyinTerms } from '../pinyin/pinyin-runner.js';
import { searchableTexts } from '../pinyin/searchable-texts.js';
import { hallOf } from './views.js';

export interface CachedJson {
  body: string;
  etag: string;
}

interface Entry { key: string; catalog: CachedJson; pinyin: Promise<CachedJson> | null }

const cache = new WeakMap<HallServices, Entry>();
const builds = new WeakMap<HallServices, number>();
/** The last pinyin made, by the texts it was made of: a catalogue change that keeps the texts keeps it. */
const lastPinyin = new WeakMap<HallServices, { texts: string; json: Promise<CachedJson> }>();

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

/**
 * The kiosk's pinyin index. Made in a worker thread (server/pinyin/) once per set of texts; kiosks
 * asking while it is made share the one promise. A failed run is not kept, so the next request tries again.
 */
export function pinyinJson(s: HallServices): Promise<CachedJson> {
  const entry = entryOf(s);
  if (entry.pinyin) return entry.pinyin;
  const texts = searchableTexts(catalogOf(s));
  const key = texts.join('\n');
  const last = lastPinyin.get(s);
  const reuse = last?.texts === key;
  if (!reuse) pinyinRuns.set(s, (pinyinRuns.get(s) ?? 0) + 1);
  const json = last && reuse ? last.json : pinyinTerms(texts).then((terms) => cachedJson({ terms }));
  lastPinyin.set(s, { texts: key, json });
  entry.pinyin = json;
  json.catch(() => {
    if (entry.pinyin === json) entry.pinyin = null;
    if (lastPinyin.get(s)?.json === json) lastPinyin.delete(s);
  });
  return json;
}

/** How many pinyin worker runs were started (for tests of the sharing). */
export const pinyinWorkerRuns = (s: HallServices): number => pinyinRuns.get(s) ?? 0;
const pinyinRuns = new WeakMap<HallServices, number>();

/** How many times the catalogue was built from the database (for tests of the cache). */
export const catalogBuilds = (s: HallServices): number => builds.get(s) ?? 0;
