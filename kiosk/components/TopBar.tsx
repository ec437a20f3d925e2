import { useKiosk } from '../kiosk-context.js';
import { nameIn } from '../i18n.js';
import { PairingBadge } from './PairingBadge.js';

/** Hall name, and the two switches every visitor may need at any moment. */
export function TopBar() {
  const { catalog, elderly, hallOffline, lang, m } = useKiosk().state;
  const t = m.value;
  const hall = catalog.value?.hall;
  return (
    <header class="topbar">
      <div class="hall-name">
        <span class="hall-primary">{hall ? nameIn(lang.value, hall) : ''}</span>
        <span class="hall-sub">{lang.value === 'zh' ? '自助取号 · Self-service tickets' : hall?.name ?? ''}</span>
      </div>
      {hallOffline.value && <span class="offline-badge" role="status">{t.serverUnreachable}</span>}
      <PairingBadge />
      <div class="topbar-actions">
        <button type="button" class="btn switch" lang={lang.value === 'zh' ? 'en' : 'zh'} data-testid="lang"
          onClick={() => { lang.value = lang.value === 'zh' ? 'en' : 'zh'; }}>
          {t.switchLang}
        </button>
        <button type="button" class={`btn switch${elderly.value ? ' on' : ''}`} aria-pressed={elderly.value} data-testid="elderly"
          onClick={() => { elderly.value = !elderly.value; }}>
          {elderly.value ? '✓ ' : ''}{t.elderly}
        </button>
      </div>
    </header>
  );
}
