import type { TicketDto } from '../contract/dto.js';
import { ComplaintView } from './complaint-view.js';
import { RatingCardView } from './rating-card-view.js';
import type { TrackStore } from './track-store.js';
import { statusText, ticketLinks, waitText } from './track-status.js';

/** Not found: a mistyped link, or a ticket of another day. */
export function TrackMissing({ hallName }: { hallName: string }) {
  return (
    <main class="track">
      <h1 class="track-hall">{hallName}</h1>
      <p class="track-missing" role="alert">找不到这张号票<br /><span class="en">Ticket not found</span></p>
    </main>
  );
}

function LiveLine({ store }: { store: TrackStore }) {
  const connection = store.connection.value;
  return (
    <p class={`track-live ${connection}`} role="status">
      {connection === 'connected' && !store.fetchFailed.value ? '● 实时更新中 Live' : '○ 连接中断，正在重连… Reconnecting…'}
    </p>
  );
}

/** Leaving the queue takes two taps: a phone in a pocket must not cancel by itself. */
function CancelControls({ store }: { store: TrackStore }) {
  if (!store.confirming.value) {
    return (
      <button type="button" class="track-btn" data-testid="track-cancel" onClick={store.askCancel}>
        不办了，取消排队 <span class="en">Leave the queue</span>
      </button>
    );
  }
  return (
    <div class="track-confirm" role="alertdialog" data-testid="track-confirm">
      <p>确定取消排队吗？取消后号码作废，需要重新取号。<span class="en">Cancel this ticket? You would have to take a new one.</span></p>
      {store.cancelError.value && <p class="track-error" role="alert">取消失败，请重试 <span class="en">Could not cancel; try again</span></p>}
      <div class="track-actions">
        <button type="button" class="track-btn danger" data-testid="track-cancel-confirm" onClick={() => void store.confirmCancel()}>确定取消 <span class="en">Yes, cancel</span></button>
        <button type="button" class="track-btn" onClick={store.keepPlace}>继续排队 <span class="en">Keep my place</span></button>
      </div>
    </div>
  );
}

/** The queue's name in both languages, as the hall snapshot gives it. */
interface QueueName {
  name: string;
  nameEn: string;
}

function TicketCard({ ticket, queue }: { ticket: TicketDto; queue: QueueName | undefined }) {
  const s = statusText(ticket);
  const wait = waitText(ticket);
  return (
    <section class="track-card">
      <p class="track-label">您的号码 <span class="en">Your number</span></p>
      <p class="track-number" data-testid="track-number">{ticket.number}</p>
      {queue && <p class="track-queue">{queue.name} <span class="en">{queue.nameEn}</span></p>}
      <p class="track-status" data-testid="track-status" data-status={ticket.status}>{s.zh}<span class="en">{s.en}</span></p>
      {wait && <p class="track-wait" data-testid="track-wait">{wait.zh}<span class="en">{wait.en}</span></p>}
      {ticketLinks(ticket).map((l) => (
        <a key={l.testid} class="track-link" href={l.href} data-testid={l.testid}>{l.zh}<span class="en">{l.en}</span></a>
      ))}
    </section>
  );
}

/** Number, status and place in line on the visitor's phone, live over Socket.IO. */
export function TrackPage({ store }: { store: TrackStore }) {
  const load = store.load.value;
  const hall = store.hall.value;
  const hallName = hall ? hall.hall.name : '';
  if (load.kind === 'loading') return <main class="track"><p class="track-loading" role="status">加载中… Loading…</p></main>;
  if (load.kind === 'missing') return <TrackMissing hallName={hallName} />;
  const t = load.ticket;
  return (
    <main class={`track tone-${statusText(t).tone}`} data-ticket-id={t.id}>
      <h1 class="track-hall">{hallName}</h1>
      <TicketCard ticket={t} queue={hall?.queues.find((q) => q.id === t.queueId)} />
      <LiveLine store={store} />
      {t.status === 'waiting' && <CancelControls store={store} />}
      {t.status === 'done' && <RatingCardView card={store.rating} title={{ zh: '请对本次服务评价', en: 'How was the service?' }} />}
      <ComplaintView form={store.complaint} link={{ ticketId: t.id }} />
      <p class="track-note">请留意大厅屏幕和语音叫号。<span class="en">Please also watch the hall screens.</span></p>
    </main>
  );
}
