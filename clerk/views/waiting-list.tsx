import { minutesText } from '../format.js';
import { marksOf, PICK_REASON_LABELS } from '../labels.js';
import { useConsole } from '../console-context.js';
import { queueNameIn } from '../console-state.js';

/** The window's line in call order, live, with the reason the first one is next. */
export function WaitingList() {
  const { state: s } = useConsole();
  const l = s.line.value;
  const multiQueue = (s.win.value?.queueIds.length ?? 0) + (s.win.value?.overflowQueueIds.length ?? 0) > 1;
  return (
    <section class="waiting" data-testid="waiting">
      <h3>等候队列 <small>Waiting</small> <span class="count" data-testid="waiting-total">共 {l?.waitingTotal ?? '—'} 人</span></h3>
      {l?.next && (
        <p class="next-why" data-testid="next-why">
          <b>下一位 {l.next.number}</b> <span class="mark mark-blue">{PICK_REASON_LABELS[l.next.reason].zh}</span>
          <span class="muted">{l.next.explanation}</span>
        </p>
      )}
      {l && l.waitingTotal === 0 && <p class="muted empty">暂无等候 / Nobody waiting</p>}
      <ol class="waiting-list">
        {(l?.waiting ?? []).map((e, i) => (
          <li key={e.ticketId} class={i === 0 ? 'first' : ''} data-number={e.number} data-booking={e.booking ? e.booking.start : undefined}>
            <span class="w-number">{e.number}</span>
            <span class="w-marks">
              {multiQueue && <span class="w-queue">{queueNameIn(s, e.queueId)}</span>}
              {marksOf(e).map((m) => <span key={m.text} class={`mark mark-${m.tone}`}>{m.text}</span>)}
            </span>
            <span class="w-wait">{minutesText(e.waitedMinutes)}</span>
          </li>
        ))}
      </ol>
      {l && l.waitingTotal > l.waiting.length && <p class="muted">另有 {l.waitingTotal - l.waiting.length} 人 / {l.waitingTotal - l.waiting.length} more</p>}
    </section>
  );
}
