/**
 * 事项查询 (/): the catalogue search of the guidance desk and the comprehensive windows, which
 * answer for dozens of departments. The same search as the kiosk's (common/matter-search.ts:
 * names, keywords, pinyin initials); the pinyin index is fetched the first time the panel opens,
 * and the catalogue and index again when the hall says the catalogue changed.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { buildSearchDocs, searchMatters, type SearchHit } from '../common/matter-search.js';
import type { MatterDto, PinyinIndexDto } from '../contract/dto.js';
import type { ConsoleState } from './console-state.js';
import { errorMessage, type ApiClient } from './http.js';

/** Enough rows to scan at a glance; a longer list means the query should be sharper. */
const MAX_HITS = 30;

export interface CatalogSearch {
  query: ReadonlySignal<string>;
  hits: ReadonlySignal<SearchHit[]>;
  /** The matter whose full checklist is shown: the chosen one, else the best hit. */
  shown: ReadonlySignal<MatterDto | null>;
  /** Why pinyin or a fresh catalogue could not be loaded (Chinese search still works). */
  problem: ReadonlySignal<string | null>;
  /** Opens the panel with an empty query, refreshing the catalogue if it changed. */
  open(): Promise<void>;
  setQuery(q: string): void;
  choose(matterId: string): void;
}

export function createCatalogSearch({ s, request }: { s: ConsoleState; request: ApiClient }): CatalogSearch {
  const query = signal('');
  const chosen = signal<string | null>(null);
  const problem = signal<string | null>(null);
  const index = signal<{ version: number | null; terms: PinyinIndexDto } | null>(null);
  const docs = computed(() => {
    const cat = s.catalog.value;
    return cat ? buildSearchDocs(cat, index.value?.terms ?? { terms: {} }) : [];
  });
  const hits = computed(() => searchMatters(docs.value, query.value).slice(0, MAX_HITS));
  const shown = computed(() => {
    const all = s.catalog.value?.matters ?? [];
    const id = chosen.value ?? hits.value[0]?.matter.id ?? null;
    return all.find((m) => m.id === id) ?? null;
  });

  /** The catalogue and pinyin the hall serves now, when what the console holds is older. */
  async function refresh(): Promise<void> {
    const live = s.hall.value?.hall.catalogVersion ?? null;
    const held = s.catalog.value?.hall.catalogVersion ?? null;
    try {
      if (s.catalog.value === null || (live !== null && held !== live)) s.catalog.value = await request('GET /api/catalog', {});
      const version = s.catalog.value.hall.catalogVersion;
      if (index.value?.version !== version) index.value = { version, terms: await request('GET /api/catalog/pinyin', {}) };
      problem.value = null;
    } catch (e) {
      problem.value = `拼音检索暂不可用，可输入中文 / Pinyin search unavailable: ${errorMessage(e)}`;
    }
  }

  return {
    query, hits, shown, problem,
    open() {
      query.value = '';
      chosen.value = null;
      return refresh();
    },
    setQuery(q) {
      query.value = q;
      chosen.value = null;
    },
    choose(matterId) { chosen.value = matterId; },
  };
}
