import { useMemo } from 'preact/hooks';
import type { Messages } from '../i18n.js';
import type { KioskState } from '../state.js';
import { searchMatters, type SearchHit } from '../../common/matter-search.js';
import { useKiosk } from '../kiosk-context.js';
import { SearchIcon } from './icons.js';
import { Keyboard } from './Keyboard.js';
import { setPage } from './layout.js';
import { MatterRows } from './MatterRows.js';

function setQuery(state: KioskState, next: string): void {
  state.query.value = next.slice(0, 40);
  setPage(state, 'search', 0);
}

/** Why a result matched when it is not obvious from its name (a keyword, the department). */
function noteOf(hit: SearchHit, t: Messages): string | undefined {
  return hit.on === 'keyword' && hit.keyword ? t.matchedKeyword(hit.keyword) : undefined;
}

export function Search() {
  const { state } = useKiosk();
  const { catalog, lang, m, query, searchDocs } = state;
  const t = m.value;
  const docs = searchDocs.value;
  const q = query.value;
  const hits = useMemo(() => searchMatters(docs, q, lang.value), [docs, q, lang.value]);
  const notes = new Map(hits.flatMap((h) => {
    const note = noteOf(h, t);
    return note ? [[h.matter.id, note] as const] : [];
  }));
  return (
    <main class="screen search">
      <label class="search-field">
        <SearchIcon />
        <input type="search" inputMode="none" autocomplete="off" spellcheck={false} data-testid="search-input"
          value={q} placeholder={t.searchPlaceholder} aria-label={t.search}
          onInput={(e) => setQuery(state, e.currentTarget.value)} />
      </label>
      <p class="hint">{q.trim() === '' ? t.searchHint : hits.length > 0 ? t.resultsCount(hits.length) : t.noResults}</p>
      <div class="search-results">
        {q.trim() !== '' && catalog.value && <MatterRows list="search" matters={hits.map((h) => h.matter)} notes={notes} />}
      </div>
      <Keyboard onKey={(k) => setQuery(state, q + k)} onBackspace={() => setQuery(state, [...q].slice(0, -1).join(''))} onClear={() => setQuery(state, '')} />
    </main>
  );
}
