import { useKiosk } from '../kiosk-context.js';

/** "Still there?" in the last seconds before the reset; any touch (handled at the root) keeps the session. */
export function IdleOverlay() {
  const { idleCountdown, m } = useKiosk().state;
  const left = idleCountdown.value;
  const t = m.value;
  if (left === null) return null;
  return (
    <div class="overlay" role="alertdialog" data-testid="idle-warning">
      <div class="dialog">
        <p class="dialog-title">{t.stillThere}</p>
        <p>{t.idleCountdown(left)}</p>
        <div class="dialog-actions">
          <button type="button" class="btn primary">{t.continue}</button>
        </div>
      </div>
    </div>
  );
}
