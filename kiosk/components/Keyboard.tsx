import { useKiosk } from '../kiosk-context.js';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * Letters for pinyin, on screen: most kiosks have no keyboard, and a system keyboard popping
 * up over half the screen is a surprise. Typing Chinese with a real keyboard still works.
 */
export function Keyboard({ onKey, onBackspace, onClear }: { onKey: (k: string) => void; onBackspace: () => void; onClear: () => void }) {
  // Pinyin needs no space; English words do ("business licence").
  const t = useKiosk().state.m.value;
  return (
    <div class="keyboard" role="group" aria-label="keyboard">
      {ROWS.map((row) => (
        <div class="key-row" key={row}>
          {[...row].map((k) => (
            <button type="button" class="key" key={k} data-key={k} onClick={() => onKey(k)}>{k.toUpperCase()}</button>
          ))}
        </div>
      ))}
      <div class="key-row">
        <button type="button" class="key wide" data-key="space" onClick={() => onKey(' ')}>{t.space}</button>
        <button type="button" class="key wide" data-key="backspace" onClick={onBackspace}>⌫ {t.backspace}</button>
        <button type="button" class="key wide" data-key="clear" onClick={onClear}>{t.clear}</button>
      </div>
    </div>
  );
}
