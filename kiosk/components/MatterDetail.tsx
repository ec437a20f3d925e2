import { useEffect, useRef, useState } from 'preact/hooks';
import { findDepartment, findMatter, findQueue, queueOfKind, queueOpen, windowsServing } from '../catalog-view.js';
import { nameIn } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';
import { feeText, ONLINE_LEVEL_LABELS, statutoryText } from '../../common/matter-facts.js';
import { MATTER_MESSAGES } from '../matter-i18n.js';
import { Checklist } from './Checklist.js';
import { GreenBanner } from './GreenChannel.js';
import { MatterForms } from './MatterForms.js';

/** What to bring, how long it takes, where it is done — then take a ticket or consult first. */
/** True while the scrolling area has more below: the visitor is told to swipe. */
function useMoreBelow(): [{ current: HTMLDivElement | null }, boolean] {
  const { elderly, lang, portrait } = useKiosk().state;
  const ref = useRef<HTMLDivElement | null>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 8);
    check();
    el.addEventListener('scroll', check, { passive: true });
    const resize = new ResizeObserver(check);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', check);
      resize.disconnect();
    };
  }, [lang.value, elderly.value, portrait.value]);
  return [ref, more];
}

export function MatterDetail({ matterId }: { matterId: string }) {
  const [scrollRef, moreBelow] = useMoreBelow();
  const { state, ticketing } = useKiosk();
  const { catalog, goBack, goHome, lang, m, priority, snapshot, ticket } = state;
  const cat = catalog.value;
  const t = m.value;
  if (!cat) return null;
  const matter = findMatter(cat, matterId);
  if (!matter) return null;
  const queue = findQueue(cat, matter.queueId);
  const department = findDepartment(cat, matter.departmentId);
  const windows = windowsServing(snapshot.value, matter.queueId);
  const guidance = queueOfKind(cat, 'guidance');
  const open = queueOpen(cat, snapshot.value, matter.queueId);
  const busy = ticket.value.phase === 'pending';
  const withPriority = priority.value ? { priority: priority.value } : {};
  const en = lang.value === 'en';
  const tm = MATTER_MESSAGES[lang.value];
  // The city centre does not take a district matter: the visitor is sent on, never queued for nothing.
  const district = matter.handledBy === 'district';
  return (
    <main class="screen matter">
      <div class="matter-scroll" ref={scrollRef}>
        <h1 class="screen-title" data-testid="matter-title">{nameIn(lang.value, matter)}</h1>
        {en && <p class="title-zh" lang="zh">{matter.name}</p>}
        <ul class="facts">
          <li class={`fact${matter.onTheSpot ? ' spot' : ''}`}>{matter.onTheSpot ? t.onTheSpot : t.promisedDays(matter.promisedDays)}</li>
          {matter.onTheSpot && matter.promisedDays > 0 && <li class="fact">{t.promisedDays(matter.promisedDays)}</li>}
          {matter.statutoryDays !== null && <li class="fact" data-testid="statutory">{statutoryText(matter.statutoryDays, lang.value)}</li>}
          <li class="fact" data-testid="fee">{tm.fee} · {feeText(matter, lang.value)}</li>
          <li class="fact">{ONLINE_LEVEL_LABELS[matter.online][lang.value]}</li>
          {department && <li class="fact">{nameIn(lang.value, department)}</li>}
          {queue && !district && <li class="fact">{nameIn(lang.value, queue)}</li>}
          {!district && windows.length > 0 && <li class="fact strong" data-testid="matter-windows">{t.windows(windows)}</li>}
          {!district && !open && <li class="fact warn">{t.queueClosed}</li>}
        </ul>
        {district && (
          <section class="district-notice" role="note" data-testid="district-notice">
            <p class="district-title">{tm.districtTitle}</p>
            <p>{tm.districtExplain}</p>
          </section>
        )}
        {!district && <GreenBanner />}
        <Checklist matter={matter} />
        <MatterForms matter={matter} />
        {matter.faq.length > 0 && (
          <section class="faq">
            <h2 class="section-title">{t.faq}</h2>
            {matter.faq.map((f, i) => (
              <div class="faq-item" key={i}>
                <p class="faq-q">{en ? f.qEn : f.q}</p>
                <p class="faq-a">{en ? f.aEn : f.a}</p>
              </div>
            ))}
          </section>
        )}
        {matter.legalBasis && <p class="legal-basis"><b>{tm.legalBasis}</b>{matter.legalBasis}</p>}
      </div>
      {moreBelow && <p class="more-below" aria-hidden="true">{t.moreBelow}</p>}
      <div class="matter-actions">
        {district ? (
          guidance && (
            <button type="button" class="btn primary huge" data-testid="consult-district" disabled={busy}
              onClick={() => ticketing.take({ queueId: guidance.id, ...withPriority })}>
              {busy ? t.taking : tm.consultInstead}
            </button>
          )
        ) : (
          <button type="button" class="btn primary huge" data-testid="take-ticket" disabled={busy}
            onClick={() => ticketing.take({ matterId: matter.id, ...withPriority })}>
            {busy ? t.taking : t.takeTicket}
          </button>
        )}
        {!district && guidance && guidance.id !== matter.queueId && (
          <button type="button" class="btn secondary huge" data-testid="consult-matter" disabled={busy}
            onClick={() => ticketing.take({ queueId: guidance.id, ...withPriority })}>
            {t.consultFirst}
          </button>
        )}
        {/* Back and home sit with the actions here, so the checklist keeps the screen's height. */}
        <div class="nav-pair">
          <button type="button" class="btn nav" data-testid="back" onClick={goBack}>‹ {t.back}</button>
          <button type="button" class="btn nav" data-testid="home" onClick={goHome}>{t.home}</button>
        </div>
      </div>
    </main>
  );
}
