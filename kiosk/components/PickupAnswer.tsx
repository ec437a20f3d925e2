import { CASE_STATUS_LABELS } from '../../common/case-labels.js';
import { shortDay } from '../case-track-text.js';
import { nameIn } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';
import type { PickupAnswer as Answer } from '../pickup.js';
import { PICKUP_MESSAGES, type PickupMessages } from '../pickup-i18n.js';
import type { Lang } from '../i18n.js';

interface Wording {
  title: string;
  lines: string[];
}

/** Status answers name the case first, so a visitor with two notices knows which one this is. */
function wordingOf(a: Answer, t: PickupMessages, lang: Lang): Wording {
  switch (a.kind) {
    case 'not-ready': {
      const s = a.status;
      const when = s.status === 'supplement-requested' ? t.supplementLine : t.dueLine(shortDay(s.dueDay)[lang]);
      return { title: t.notReadyTitle, lines: [t.caseLine(s.number, nameIn(lang, { name: s.matterName, nameEn: s.matterNameEn })), t.statusLine(CASE_STATUS_LABELS[s.status][lang]), when] };
    }
    case 'mail':
    case 'closed': {
      const s = a.status;
      const why = a.kind === 'mail' ? t.mailed : s.status === 'withdrawn' ? t.withdrawn : t.collected;
      return { title: t.closedTitle, lines: [t.caseLine(s.number, nameIn(lang, { name: s.matterName, nameEn: s.matterNameEn })), why] };
    }
    case 'taken': return { title: t.takenTitle, lines: [t.taken(a.ticketNumber)] };
    case 'unknown': return { title: t.unknownTitle, lines: [t.unknown(a.ref)] };
    case 'offline': return { title: t.offlineTitle, lines: [t.offline] };
  }
}

/** Why there is no ticket, in words, and a way to type another number. */
export function PickupAnswer({ answer }: { answer: Answer }) {
  const { pickup, state } = useKiosk();
  const lang = state.lang.value;
  const t = PICKUP_MESSAGES[lang];
  const { title, lines } = wordingOf(answer, t, lang);
  return (
    <section class={`pickup-answer kind-${answer.kind}`} role="alert" data-testid="pickup-answer" data-kind={answer.kind}>
      <p class="pickup-answer-title">{title}</p>
      {lines.map((line) => <p key={line} class="pickup-answer-line">{line}</p>)}
      <button type="button" class="btn secondary huge" data-testid="pickup-again" onClick={pickup.again}>{t.again}</button>
    </section>
  );
}
