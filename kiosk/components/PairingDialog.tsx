import { useKiosk } from '../kiosk-context.js';
import { CODE_ALPHABET, CODE_LENGTH, type PairingProblem } from '../pairing.js';

/** Letters in rows of eight, then the digits: the order printed on the admin page's code. */
const LETTERS = CODE_ALPHABET.replace(/\d/g, '');
const DIGITS = CODE_ALPHABET.replace(/\D/g, '');
const ROWS = [LETTERS.slice(0, 8), LETTERS.slice(8, 16), LETTERS.slice(16), DIGITS];

const PROBLEMS: Record<PairingProblem, string> = {
  invalid: '配对码错误或已过期，请在管理后台重新生成 · Wrong or expired code: make a new one on the admin page',
  'rate-limited': '尝试次数过多，请一分钟后再试 · Too many tries: wait a minute',
  network: '连接不上服务器，请检查网络后重试 · Cannot reach the server: check the network and try again',
};

/** The code as typed so far, in the ABCD-EFGH shape the admin page shows. */
function CodeSlots({ code }: { code: string }) {
  const slots = Array.from({ length: CODE_LENGTH }, (_, i) => (
    <span key={i} class={`pair-slot${i === code.length ? ' next' : ''}`}>{code[i] ?? ''}</span>
  ));
  slots.splice(CODE_LENGTH / 2, 0, <span key="dash" class="pair-dash" aria-hidden="true">–</span>);
  return <div class="pair-code" data-testid="pairing-code" data-code={code} aria-live="polite">{slots}</div>;
}

/** The installer's keypad: the pairing code from the admin page, then "pair". Staff-facing, so bilingual. */
export function PairingDialog() {
  const pairing = useKiosk().pairing;
  const form = pairing.form.value;
  if (!form) return null;
  const full = form.code.length === CODE_LENGTH;
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="pairing-title" data-testid="pairing-dialog">
      <div class="dialog pairing-dialog">
        <p class="dialog-title" id="pairing-title">配对本机 <span class="pair-en">Pair this kiosk</span></p>
        <p class="muted">请输入管理后台「自助取号机」中生成的 8 位配对码 · Enter the 8-character code from the admin page</p>
        <CodeSlots code={form.code} />
        {form.problem && <p class="pair-problem" role="alert" data-testid="pairing-problem" data-problem={form.problem}>{PROBLEMS[form.problem]}</p>}
        <div class="pair-keys" role="group" aria-label="配对码键盘 pairing keypad">
          {ROWS.map((row, r) => (
            <div class="pair-row" key={row}>
              {[...row].map((k) => (
                <button type="button" class="key" key={k} data-pair-key={k} disabled={form.busy || full} onClick={() => pairing.typeKey(k)}>{k}</button>
              ))}
              {r === 2 && (
                <button type="button" class="key del" data-pair-key="backspace" aria-label="删除 Delete" disabled={form.busy || form.code === ''} onClick={pairing.eraseKey}>⌫ 删除</button>
              )}
            </div>
          ))}
        </div>
        <div class="dialog-actions">
          <button type="button" class="btn primary" data-testid="pairing-submit" disabled={!full || form.busy} onClick={() => void pairing.submitForm()}>
            {form.busy ? '正在配对… Pairing…' : '配对 Pair'}
          </button>
          <button type="button" class="btn" data-testid="pairing-cancel" onClick={pairing.closeForm}>取消 Cancel</button>
        </div>
      </div>
    </div>
  );
}
