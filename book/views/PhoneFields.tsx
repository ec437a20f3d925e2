import type { Lang } from '../../common/labels.js';
import type { PhoneVerify } from '../phone-verify.js';
import { BOOK_MESSAGES } from '../messages.js';
import { refusalText } from '../refusals.js';
import { Notice } from './Header.js';

/** The phone number, 「获取验证码」 with its resend countdown, and the six digits. */
export function PhoneFields({ verify, lang }: { verify: PhoneVerify; lang: Lang }) {
  const t = BOOK_MESSAGES[lang];
  const wait = verify.resendIn.value;
  const refusal = verify.refusal.value;
  return (
    <>
      <label class="bk-label" for="bk-phone">{t.phone}</label>
      <div class="bk-phone-row">
        <input id="bk-phone" class="bk-input" type="tel" inputMode="numeric" autocomplete="tel" maxLength={11} data-testid="phone"
          value={verify.phone.value} onInput={(e) => { verify.phone.value = e.currentTarget.value.replace(/\D/g, ''); }} />
        <button type="button" class="bk-btn small" data-testid="send-code" disabled={verify.sending.value || wait > 0}
          onClick={() => void verify.sendCode()}>
          {verify.sending.value ? t.sending : wait > 0 ? t.resendIn(wait) : t.sendCode}
        </button>
      </div>
      {verify.sentTo.value && <p class="bk-hint" role="status" data-testid="code-sent">{t.codeSent(verify.sentTo.value)}</p>}
      {refusal && <Notice text={refusalText(refusal, lang)} testid="code-refusal" />}
      <label class="bk-label" for="bk-code">{t.code}</label>
      <input id="bk-code" class="bk-input bk-code" type="text" inputMode="numeric" autocomplete="one-time-code" maxLength={6} data-testid="code"
        value={verify.code.value} onInput={(e) => { verify.code.value = e.currentTarget.value.replace(/\D/g, ''); }} />
    </>
  );
}
