import { useEffect, useRef, useState } from 'preact/hooks';
import { useKiosk } from '../kiosk-context.js';

/**
 * How long the installer holds the badge to open the pairing keypad. A visitor's tap, or several,
 * does nothing; a 2-second press on a small label in the corner is not something done by chance,
 * and even then only a keypad asking for an administrator's code appears.
 */
export const PAIRING_HOLD_MS = 2000;

/**
 * 「未配对 · 不打印」 on an unpaired kiosk: the hall staff learn why nothing prints, the installer
 * finds the way to pair. Always bilingual: it speaks to staff, whatever the visitor's language.
 */
export function PairingBadge() {
  const { deviceState, justPaired, openForm } = useKiosk().pairing;
  const timer = useRef<number | null>(null);
  const [holding, setHolding] = useState(false);
  const release = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
  };
  useEffect(() => release, []);

  // In the badge's place, where the installer is looking; it covers no visitor's control.
  if (justPaired.value && deviceState.value === 'paired') {
    return <span class="pairing-badge paired" role="status" data-testid="paired-notice">✓ 已配对 · Paired</span>;
  }
  if (deviceState.value !== 'unpaired') return null;
  return (
    <button type="button" class={`pairing-badge${holding ? ' holding' : ''}`} data-testid="pairing-badge"
      aria-label="未配对，不打印。安装人员长按 2 秒配对 / Not paired: installers hold 2 s to pair"
      onPointerDown={() => {
        release();
        setHolding(true);
        timer.current = window.setTimeout(() => {
          timer.current = null;
          setHolding(false);
          openForm();
        }, PAIRING_HOLD_MS);
      }}
      onPointerUp={release} onPointerLeave={release} onPointerCancel={release}>
      <span class="pairing-badge-zh">未配对 · 不打印</span>
      <span class="pairing-badge-en">Not paired</span>
    </button>
  );
}
