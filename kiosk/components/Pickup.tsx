import { useEffect } from 'preact/hooks';
import { useKiosk } from '../kiosk-context.js';
import { PICKUP_MESSAGES } from '../pickup-i18n.js';
import { formatCaseDigits } from '../pickup-number.js';
import type { Pickup as PickupStore } from '../pickup.js';
import { createScanDetector } from '../scan-input.js';
import { PickupAnswer } from './PickupAnswer.js';
import '../pickup.css';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The notice's QR code read by the kiosk's scanner, which types like a keyboard. Listens only while
 * this screen is up. Enter and Space are swallowed: a keypad button focused by the last tap must
 * not be pressed by the scanner's Enter.
 */
function useScanner(pickup: PickupStore): void {
  useEffect(() => {
    const detector = createScanDetector();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') e.preventDefault();
      const step = detector.feed(e.key, e.timeStamp);
      if (step.kind === 'scan') void pickup.scanned(step.text);
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [pickup]);
}

function Keypad({ pickup }: { pickup: PickupStore }) {
  const t = useKiosk().state.m.value;
  return (
    <div class="keypad" role="group" aria-label="keypad">
      {KEYS.map((k) => <button type="button" class="key" key={k} data-key={k} onClick={() => pickup.press(k)}>{k}</button>)}
      <button type="button" class="key fn" data-key="clear" onClick={pickup.clear}>{t.clear}</button>
      <button type="button" class="key" data-key="0" onClick={() => pickup.press('0')}>0</button>
      <button type="button" class="key fn" data-key="backspace" onClick={pickup.backspace}>⌫ {t.backspace}</button>
    </div>
  );
}

/** 领取结果: the case number on a keypad (the hall code printed for the visitor), or a scan. */
export function Pickup() {
  const { pickup, state } = useKiosk();
  useScanner(pickup);
  const t = PICKUP_MESSAGES[state.lang.value];
  const code = pickup.hallCode.value;
  const answer = pickup.answer.value;
  const busy = pickup.busy.value;
  return (
    <main class="screen pickup">
      <h2 class="screen-title">{t.title}</h2>
      {answer ? <PickupAnswer answer={answer} /> : (
        <div class="pickup-entry">
          <div class="pickup-typed">
            <p class="lead">{t.prompt}</p>
            <p class="pickup-number" data-testid="pickup-number" aria-live="polite">
              {formatCaseDigits(code, pickup.digits.value)}<span class="caret" aria-hidden="true" />
            </p>
            <p class="hint">{t.formatHint(`${code}-20261201-0042`)}</p>
            <button type="button" class="btn primary huge pickup-confirm" data-testid="pickup-confirm"
              disabled={busy || pickup.typedNumber.value === null} onClick={() => void pickup.submit()}>
              {busy ? t.looking : t.confirm}
            </button>
            <p class="hint scan-hint">{t.scanHint}</p>
          </div>
          <Keypad pickup={pickup} />
        </div>
      )}
    </main>
  );
}
