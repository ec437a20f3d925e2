import type { MatterDto } from '../../contract/dto.js';
import { useBook } from '../book-context.js';
import { BOOK_MESSAGES, nameIn } from '../messages.js';

function MatterList({ matters, notes }: { matters: readonly MatterDto[]; notes?: ReadonlyMap<string, string> }) {
  const { lang, openMatter } = useBook();
  return (
    <ul class="bk-list">
      {matters.map((m) => (
        <li key={m.id}>
          <button type="button" class="bk-row" data-testid="matter-row" data-matter={m.id} onClick={() => openMatter(m.id)}>
            <span class="bk-row-name">{nameIn(lang.value, m)}</span>
            {notes?.get(m.id) && <span class="bk-row-note">{notes.get(m.id)}</span>}
            <span class="bk-chevron" aria-hidden="true">›</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function Browse() {
  const { departments, department, hall, lang } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const chosen = department.value;
  const catalog = hall.value.kind === 'ready' ? hall.value.catalog : null;
  if (!catalog) return null;
  if (chosen !== null) {
    const d = catalog.departments.find((x) => x.id === chosen);
    return (
      <section class="bk-card">
        <button type="button" class="bk-link-btn" data-testid="browse-back" onClick={() => { department.value = null; }}>‹ {t.browse}</button>
        {d && <h2 class="bk-h2">{nameIn(lang.value, d)}</h2>}
        <MatterList matters={catalog.matters.filter((m) => m.departmentId === chosen)} />
      </section>
    );
  }
  return (
    <section class="bk-card">
      <h2 class="bk-h2">{t.browse}</h2>
      <div class="bk-chips">
        {departments.value.map((d) => (
          <button type="button" key={d.id} class="bk-chip" data-testid="department" data-department={d.id} onClick={() => { department.value = d.id; }}>
            {nameIn(lang.value, d)}
          </button>
        ))}
      </div>
    </section>
  );
}

/** Search by name, keyword or pinyin (the kiosk's one search), or browse by department. */
export function FindMatter() {
  const { hits, lang, query } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const q = query.value.trim();
  const notes = new Map(hits.value.flatMap((h) => (h.on === 'keyword' && h.keyword ? [[h.matter.id, h.keyword] as const] : [])));
  return (
    <>
      <p class="bk-intro">{t.intro}</p>
      <section class="bk-card">
        <label class="bk-label" for="bk-search">{t.searchLabel}</label>
        <input id="bk-search" class="bk-input" type="search" autocomplete="off" spellcheck={false} maxLength={40} data-testid="search"
          placeholder={t.searchPlaceholder} value={query.value} onInput={(e) => { query.value = e.currentTarget.value; }} />
        <p class="bk-hint">{q === '' ? t.searchHint : hits.value.length === 0 ? t.noResults : ''}</p>
        {q !== '' && <MatterList matters={hits.value.map((h) => h.matter)} notes={notes} />}
      </section>
      {q === '' && <Browse />}
    </>
  );
}
