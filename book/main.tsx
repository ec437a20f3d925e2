import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import type { Lang } from '../common/labels.js';
import { call } from '../ui/api.js';
import { systemClock } from '../kiosk/clock.js';
import { BookContext } from './book-context.js';
import { createBookStore } from './book-store.js';
import { createManageStore, manageTokenFromPath } from './manage-store.js';
import { BookApp } from './views/App.js';
import { ManagePage } from './views/ManagePage.js';
import './book.css';

const root = document.getElementById('app');
/** A history entry this page pushed for one of its screens. */
const isScreenEntry = (state: unknown): boolean => typeof state === 'object' && state !== null && 'bookScreen' in state;
const initial: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
const token = manageTokenFromPath(location.pathname);

if (root && token) {
  const lang = signal<Lang>(initial);
  effect(() => { document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en'; });
  render(<ManagePage store={createManageStore({ token, call })} lang={lang} />, root);
} else if (root) {
  const store = createBookStore({
    call, clock: systemClock, lang: initial,
    navigate: (url) => location.assign(url),
    showUrl: (url) => history.replaceState(null, '', url),
    history: {
      push: () => history.pushState({ bookScreen: true }, ''),
      back: () => {
        if (!isScreenEntry(history.state)) return false;
        history.back();
        return true;
      },
    },
  });
  // The phone's back button steps back one screen instead of leaving the page.
  window.addEventListener('popstate', () => store.popped());
  effect(() => { document.documentElement.lang = store.lang.value === 'zh' ? 'zh-CN' : 'en'; });
  // Each new screen scrolls to its top, as a new page would.
  effect(() => { if (store.view.value) window.scrollTo(0, 0); });
  render(<BookContext.Provider value={store}><BookApp /></BookContext.Provider>, root);
}
