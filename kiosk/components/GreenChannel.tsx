import { PRIORITY_REASONS } from '../../contract/constants.js';
import { useKiosk } from '../kiosk-context.js';

/** Shown while a green-channel reason is chosen, on every screen until the ticket or a reset. */
export function GreenBanner() {
  const { m, priority } = useKiosk().state;
  const t = m.value;
  if (!priority.value) return null;
  return (
    <div class="green-banner" role="status">
      <span>{t.greenChosen(t.greenReasons[priority.value])}</span>
      <button type="button" class="btn small" onClick={() => { priority.value = null; }}>{t.greenCancel}</button>
    </div>
  );
}

/** Elderly 70+, disabled, pregnant, military…: choose why, then the matter as usual. */
export function GreenChannel() {
  const { goHome, m, priority } = useKiosk().state;
  const t = m.value;
  return (
    <main class="screen green-channel">
      <h1 class="screen-title">{t.greenTitle}</h1>
      <p class="lead">{t.greenExplain}</p>
      <div class="reason-list">
        {PRIORITY_REASONS.map((r) => (
          <button type="button" key={r} class={`reason${priority.value === r ? ' on' : ''}`} data-reason={r}
            onClick={() => { priority.value = r; goHome(); }}>
            {t.greenReasons[r]}
          </button>
        ))}
      </div>
      <p class="note">{t.greenProof}</p>
    </main>
  );
}
