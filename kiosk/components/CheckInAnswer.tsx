import { shortDay } from '../case-track-text.js';
import type { CheckInAnswer as Answer } from '../checkin.js';
import { CHECKIN_MESSAGES, type CheckInMessages } from '../checkin-i18n.js';
import type { Lang } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';

interface Wording {
  title: string;
  line: string;
  /** Too late or cancelled: the booking is no use, a normal ticket still is. */
  offerNormal: boolean;
}

function wordingOf(a: Answer, t: CheckInMessages, lang: Lang): Wording {
  switch (a.kind) {
    case 'not-found': return { title: t.notFoundTitle, line: t.notFound(a.code), offerNormal: false };
    case 'too-early': {
      const at = a.opensAt;
      const when = at === null ? null : at.day === null ? at.time : `${shortDay(at.day)[lang]} ${at.time}`;
      return { title: t.tooEarlyTitle, line: t.tooEarly(when), offerNormal: false };
    }
    case 'too-late': return { title: t.tooLateTitle, line: t.tooLate, offerNormal: true };
    case 'used': return { title: t.usedTitle, line: t.used, offerNormal: false };
    case 'cancelled': return { title: t.cancelledTitle, line: t.cancelled, offerNormal: true };
  }
}

/** Why there is no appointment ticket, in plain words, and what to do next. */
export function CheckInAnswer({ answer }: { answer: Answer }) {
  const { checkIn, state } = useKiosk();
  const lang = state.lang.value;
  const t = CHECKIN_MESSAGES[lang];
  const { title, line, offerNormal } = wordingOf(answer, t, lang);
  return (
    <section class={`checkin-answer kind-${answer.kind}`} role="alert" data-testid="checkin-answer" data-kind={answer.kind}>
      <p class="checkin-answer-title">{title}</p>
      <p class="checkin-answer-line" data-testid="checkin-answer-line">{line}</p>
      <div class="checkin-answer-actions">
        {offerNormal && (
          <button type="button" class="btn primary huge" data-testid="checkin-normal" onClick={checkIn.normalTicket}>{t.normalTicket}</button>
        )}
        <button type="button" class={`btn huge ${offerNormal ? 'secondary' : 'primary'}`} data-testid="checkin-again" onClick={checkIn.again}>{t.again}</button>
      </div>
    </section>
  );
}
