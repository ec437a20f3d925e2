import { useEffect, useState } from 'preact/hooks';
import { NO_SERVICE_TODAY } from '../../common/labels.js';
import { findMatter, findQueue, windowsServing } from '../catalog-view.js';
import { nameIn } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';
import { PICKUP_MESSAGES } from '../pickup-i18n.js';
import { CHECKIN_MESSAGES } from '../checkin-i18n.js';
import { CameraIcon } from './icons.js';
import { QrCode } from './QrCode.js';

/** The issued ticket: number, where to go, how long, the QR code, and whether it printed. */
export function TicketScreen({ returnMs, unprintedReturnMs }: { returnMs: number; unprintedReturnMs: number }) {
  const { catalog, lang, m, resetVisitor, snapshot, ticket } = useKiosk().state;
  const state = ticket.value;
  const issued = state.phase === 'issued' ? state.ticket : null;
  const printed = issued?.printed === true;
  const total = printed ? returnMs : unprintedReturnMs;
  const [left, setLeft] = useState(Math.ceil(total / 1000));
  useEffect(() => {
    if (!issued) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.ceil((total - (Date.now() - started)) / 1000);
      if (remaining <= 0) resetVisitor();
      else setLeft(remaining);
    }, 250);
    return () => clearInterval(timer);
  }, [issued?.id, total]);

  const cat = catalog.value;
  const t = m.value;
  // Only a ticket the server sent is ever drawn here.
  if (!issued || !cat) return null;
  const queue = findQueue(cat, issued.queueId);
  const matter = issued.matterId === null ? undefined : findMatter(cat, issued.matterId);
  const windows = windowsServing(snapshot.value, issued.queueId);
  const queueName = queue ? nameIn(lang.value, queue) : issued.queueId;
  return (
    <main class={`screen ticket${printed ? ' printed' : ' unprinted'}`} data-ticket-id={issued.id}>
      <div class="ticket-main">
        {issued.source === 'appointment' && <p class="ticket-appointment" data-testid="ticket-appointment">{CHECKIN_MESSAGES[lang.value].onTicket}</p>}
        <p class="ticket-label">{t.yourNumber}</p>
        <p class="ticket-number" data-testid="ticket-number">{issued.number}</p>
        {issued.priority && <p class="ticket-green">{t.greenOnTicket} · {t.greenReasons[issued.priority]}</p>}
        {state.phase === 'issued' && state.priorityDropped && <p class="ticket-green-missing" data-testid="green-not-recorded">{t.greenNotRecorded}</p>}
        <p class="ticket-where" data-testid="ticket-where">{t.goTo(windows)}</p>
        {issued.case && <p class="ticket-case" data-testid="ticket-case">{PICKUP_MESSAGES[lang.value].collects(issued.case.number)}</p>}
        <p class="ticket-queue">{queueName}{matter && <span class="ticket-matter"> · {nameIn(lang.value, matter)}</span>}</p>
        <p class="ticket-ahead" data-testid="ticket-ahead">{t.peopleAhead(issued.peopleAhead)}</p>
        <p class="ticket-estimate" data-testid="ticket-estimate">
          {issued.noServiceToday === true ? NO_SERVICE_TODAY[lang.value] : t.estimate(issued.estimatedWaitMinutes)}
        </p>
      </div>
      <div class="ticket-side">
        {printed ? (
          <p class="print-status ok" data-testid="print-status" data-printed="true">✓ {t.printed}</p>
        ) : (
          <div class="print-status failed" data-testid="print-status" data-printed="false" role="alert">
            <strong>{t.notPrinted}</strong>
            <span class="photo-hint"><CameraIcon /> {t.photograph}</span>
          </div>
        )}
        <QrCode text={issued.trackUrl} label={t.scanToTrack} />
        <p class="qr-caption">{t.scanToTrack}</p>
      </div>
      <div class="ticket-footer">
        <span class="countdown">{t.returningIn(left)}</span>
        <button type="button" class="btn primary" data-testid="ticket-done" onClick={resetVisitor}>{t.done}</button>
      </div>
    </main>
  );
}
