import type { Signal } from '@preact/signals';
import type { Lang } from '../../common/labels.js';
import { BOOK_MESSAGES } from '../messages.js';

/** The hall's name, the page's title and the language switch, on every screen. */
export function Header({ lang, hallName, title }: { lang: Signal<Lang>; hallName: string; title: string }) {
  const t = BOOK_MESSAGES[lang.value];
  return (
    <header class="bk-header">
      <div class="bk-titles">
        <p class="bk-hall">{hallName}</p>
        <h1 class="bk-title">{title}</h1>
      </div>
      <button type="button" class="bk-lang" data-testid="lang" lang={lang.value === 'zh' ? 'en' : 'zh'}
        onClick={() => { lang.value = lang.value === 'zh' ? 'en' : 'zh'; }}>
        {t.switchLang}
      </button>
    </header>
  );
}

/** A refusal or a problem, said in a sentence the visitor can act on. */
export function Notice({ text, testid = 'refusal' }: { text: string; testid?: string }) {
  return <p class="bk-notice" role="alert" data-testid={testid}>{text}</p>;
}
