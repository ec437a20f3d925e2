import { useLayoutEffect } from 'preact/hooks';
import { CHECKIN_MESSAGES } from '../checkin-i18n.js';
import { CODE_LENGTH } from '../checkin-code.js';
import type { CheckIn as CheckInStore } from '../checkin.js';
import { useKiosk } from '../kiosk-context.js';
import { createScanDetector } from '../scan-input.js';
import { CheckInAnswer } from './CheckInAnswer.js';
import '../checkin.css';

const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];

/**
 * The booking's QR code read by the kiosk's scanner, which types like a keyboard. Listens only while
 * this screen is up, from the moment it is drawn (a layout effect: a visitor who scans as the screen
 * appears is not lost). Enter and Space are swallowed: a key button focused by the last tap must not
 * be pressed by the scanner's Enter.
 */
function useScanner(checkIn: CheckInStore): void {
  useLayoutEffect(() => {
    const detector = createScanDetector();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') e.preventDefault();
      const step = detector.feed(e.key, e.timeStamp);
      if (step.kind === 'scan') checkIn.scanned(step.text);
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [checkIn]);
}

/** Digits and letters, on screen: the code mixes both (the pinyin keyboard has no digits). */
function CodeKeys({ checkIn }: { checkIn: CheckInStore }) {
  const t = useKiosk().state.m.value;
  return (
    <div class="keyboard code-keys" role="group" aria-label="keyboard">
      {ROWS.map((row) => (
        <div class="key-row" key={row}>
          {[...row].map((k) => <button type="button" class="key" key={k} data-key={k} onClick={() => checkIn.press(k)}>{k}</button>)}
        </div>
      ))}
      <div class="key-row">
        <button type="button" class="key wide" data-key="backspace" onClick={checkIn.backspace}>⌫ {t.backspace}</button>
        <button type="button" class="key wide" data-key="clear" onClick={checkIn.clear}>{t.clear}</button>
      </div>
    </div>
  );
}

/** The code so far in eight boxes, so the visitor sees how much is left to type. */
function CodeBoxes({ code }: { code: string }) {
  return (
    <p class="code-boxes" data-testid="checkin-code" data-code={code} aria-live="polite">
      {Array.from({ length: CODE_LENGTH }, (_, i) => <span key={i} class={`code-box${i === code.length ? ' next' : ''}`}>{code[i] ?? ''}</span>)}
    </p>
  );
}

/** 预约签到: the booking code on screen keys, or a scan of its QR code. */
export function CheckIn() {
  const { checkIn, state } = useKiosk();
  useScanner(checkIn);
  const t = CHECKIN_MESSAGES[state.lang.value];
  const answer = checkIn.answer.value;
  const busy = checkIn.busy.value;
  return (
    <main class="screen checkin">
      <h2 class="screen-title">{t.title}</h2>
      {answer ? <CheckInAnswer answer={answer} /> : (
        <div class="checkin-entry">
          <div class="checkin-typed">
            <p class="lead">{t.prompt}</p>
            <CodeBoxes code={checkIn.code.value} />
            <p class="hint">{t.scanHint} · {t.codeHint}</p>
            <button type="button" class="btn primary huge checkin-confirm" data-testid="checkin-confirm"
              disabled={busy || !checkIn.ready.value} onClick={checkIn.submit}>
              {busy ? t.checking : t.confirm}
            </button>
          </div>
          <CodeKeys checkIn={checkIn} />
        </div>
      )}
    </main>
  );
}
