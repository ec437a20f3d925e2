import type { CurrentTicketDto } from '../../contract/dto.js';
import { arrivalOf, bookingText, clockTime, elapsedText, minutesText, secondsBetween } from '../format.js';
import { marksOf, PICK_REASON_LABELS } from '../labels.js';
import { useConsole } from '../console-context.js';
import { queueNameIn, timeZoneOf } from '../console-state.js';
import '../booking.css';

function Idle() {
  const { state: s } = useConsole();
  const next = s.line.value?.next;
  const paused = s.win.value?.state === 'paused';
  return (
    <section class="ticket ticket-idle" data-testid="ticket-idle">
      <p class="idle-title">当前无号 <small>No ticket at the window</small></p>
      <p class="idle-hint">{paused ? '窗口已暂停 · 按 F7 恢复 / Paused · press F7 to resume' : '按 F1 呼叫下一位 / Press F1 to call next'}</p>
      {next && !paused && (
        <p class="idle-next">下一位 Next: <b>{next.number}</b> <span class="muted">{next.explanation}</span></p>
      )}
    </section>
  );
}

/** 预约 09:30 · 迟到 5 分钟: when the visitor booked and how they came, coloured by early, on time or late. */
function BookingLine({ booking }: { booking: NonNullable<CurrentTicketDto['booking']> }) {
  const text = bookingText(booking);
  return (
    <span class={`ticket-booking arrival-${arrivalOf(booking.arrivalMinutes)}`} data-testid="ticket-booking">
      {text.zh} <small>{text.en}</small>
    </span>
  );
}

function Times({ t }: { t: CurrentTicketDto }) {
  const { state: s } = useConsole();
  const tz = timeZoneOf(s);
  const waited = t.calledAt ? (Date.parse(t.calledAt) - Date.parse(t.issuedAt)) / 60000 : null;
  const now = s.serverNow.value;
  return (
    <dl class="ticket-times">
      <div><dt>取号 Issued</dt><dd>{clockTime(t.issuedAt, tz)}</dd></div>
      <div><dt>呼叫 Called</dt><dd>{clockTime(t.calledAt, tz)}</dd></div>
      <div><dt>等候 Waited</dt><dd>{minutesText(waited)}</dd></div>
      {t.status === 'called'
        ? <div><dt>距上次呼叫 Since call</dt><dd data-testid="since-call">{elapsedText(secondsBetween(t.lastCalledAt ?? t.calledAt, now))}</dd></div>
        : <div><dt>已办理 In service</dt><dd>{elapsedText(secondsBetween(t.startedAt, now))}</dd></div>}
    </dl>
  );
}

/** The ticket at the window, big enough to read across the desk, with why it was called. */
export function TicketPanel({ t }: { t: CurrentTicketDto | null }) {
  const { state: s } = useConsole();
  if (!t) return <Idle />;
  const why = s.pick.value?.ticketId === t.id ? s.pick.value : null;
  // With its booking known, an appointment says so on its own line (slot, arrival, both languages), not as a tag.
  const marks = marksOf({ priority: t.priority, source: t.source, overflow: !(s.win.value?.queueIds ?? []).includes(t.queueId) })
    .filter((m) => m.kind !== 'appointment' || t.booking === null);
  return (
    <section class={`ticket ticket-${t.status}`} data-testid="ticket" data-ticket-id={t.id}>
      <div class="ticket-head">
        <span class="ticket-number" data-testid="ticket-number">{t.number}</span>
        <div class="ticket-what">
          <span class={`status status-${t.status}`} data-testid="ticket-status">
            {t.status === 'called' ? `已呼叫 Called · 第 ${t.callCount}/${t.recallLimit} 次` : '办理中 Serving'}
          </span>
          {t.case ? (
            <>
              <span class="ticket-matter">领取结果 · 办件 {t.case.number}</span>
              <span class="ticket-matter-en">Result pickup · {queueNameIn(s, t.queueId)}</span>
            </>
          ) : (
            <>
              <span class="ticket-matter">{t.matter?.name ?? '未选事项（按队列取号）'}</span>
              <span class="ticket-matter-en">{t.matter?.nameEn ?? 'No matter chosen (queue ticket)'} · {queueNameIn(s, t.queueId)}</span>
            </>
          )}
          <span class="marks">{marks.map((m) => <span key={m.text} class={`mark mark-${m.tone}`}>{m.text}</span>)}</span>
          {t.booking && <BookingLine booking={t.booking} />}
        </div>
      </div>
      <Times t={t} />
      {why && <p class="ticket-why">叫号依据 Why called: <span class="mark mark-blue">{PICK_REASON_LABELS[why.reason].zh}</span> {why.explanation}</p>}
    </section>
  );
}
