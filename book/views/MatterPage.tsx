import { feeText, ONLINE_LEVEL_LABELS, timeLimitText } from '../../common/matter-facts.js';
import { MATTER_MESSAGES } from '../../kiosk/matter-i18n.js';
import { useBook } from '../book-context.js';
import { BOOK_MESSAGES, nameIn } from '../messages.js';
import { Checklist } from './Checklist.js';

/** The two ways in, as far as the hall allows them; a district matter has neither. */
function Choices({ district }: { district: boolean }) {
  const { hall, lang, startBooking, startRemote } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const rules = hall.value.kind === 'ready' ? hall.value.catalog.hall.appointments : undefined;
  if (district) {
    return (
      <section class="bk-card bk-district" role="note" data-testid="district">
        <h2 class="bk-h2">{t.district}</h2>
        <p>{t.districtExplain}</p>
      </section>
    );
  }
  if (!rules?.enabled && !rules?.remoteTickets) return <p class="bk-notice" data-testid="no-ways">{t.noWays}</p>;
  return (
    <div class="bk-choices">
      {rules.enabled && (
        <button type="button" class="bk-btn primary" data-testid="choose-book" onClick={startBooking}>
          <span>{t.book}</span><small>{t.bookHint}</small>
        </button>
      )}
      {rules.remoteTickets && (
        <button type="button" class="bk-btn" data-testid="choose-remote" onClick={startRemote}>
          <span>{t.takeNow}</span><small>{t.takeNowHint}</small>
        </button>
      )}
    </div>
  );
}

/** The matter's facts and checklist, then book or take a ticket. */
export function MatterPage({ matterId }: { matterId: string }) {
  const { back, hall, lang, matter: find } = useBook();
  const matter = find(matterId);
  const t = BOOK_MESSAGES[lang.value];
  if (!matter) return null;
  const l = lang.value;
  const department = hall.value.kind === 'ready' ? hall.value.catalog.departments.find((d) => d.id === matter.departmentId) : undefined;
  const district = matter.handledBy === 'district';
  return (
    <>
      <button type="button" class="bk-link-btn" data-testid="back" onClick={back}>‹ {t.back}</button>
      <section class="bk-card">
        <h2 class="bk-matter" data-testid="matter-title">{nameIn(l, matter)}</h2>
        {l === 'en' && <p class="bk-sub" lang="zh">{matter.name}</p>}
        <ul class="bk-facts">
          <li data-testid="promised">{timeLimitText(matter, l)}</li>
          <li>{MATTER_MESSAGES[l].fee} · {feeText(matter, l)}</li>
          <li>{ONLINE_LEVEL_LABELS[matter.online][l]}</li>
          {department && <li>{nameIn(l, department)}</li>}
        </ul>
      </section>
      {district && <Choices district />}
      <Checklist matter={matter} lang={l} />
      {!district && <Choices district={false} />}
    </>
  );
}
