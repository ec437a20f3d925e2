import { useKiosk } from '../kiosk-context.js';
import { setPage } from './layout.js';

/** Big previous / next buttons instead of scrolling: a tap is easier than a swipe for many visitors. */
export function Pager({ list, page, pages }: { list: string; page: number; pages: number }) {
  const { state } = useKiosk();
  if (pages <= 1) return null;
  const t = state.m.value;
  return (
    <nav class="pager" aria-label={t.page(page + 1, pages)}>
      <button type="button" class="btn" disabled={page === 0} onClick={() => setPage(state, list, page - 1)}>‹ {t.prev}</button>
      <span class="pager-at">{t.page(page + 1, pages)}</span>
      <button type="button" class="btn" disabled={page >= pages - 1} onClick={() => setPage(state, list, page + 1)}>{t.next} ›</button>
    </nav>
  );
}
