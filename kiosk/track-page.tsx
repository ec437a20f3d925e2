import { useEffect, useRef, useState } from 'preact/hooks';
import type { HallSnapshot, TicketDto } from '../contract/dto.js';
import { api, ApiError } from '../ui/api.js';
import { connectHall, type ConnectionState } from '../ui/hall-socket.js';
import { statusText, waitText } from './track-status.js';

type Load = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ticket'; ticket: TicketDto };

const REFETCH_DEBOUNCE_MS = 300;

/** Number, status and place in line on the visitor's phone, live over Socket.IO. */
export function TrackPage({ ticketId }: { ticketId: string }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [hall, setHall] = useState<HallSnapshot | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [fetchFailed, setFetchFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [cancelError, setCancelError] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refetch = async () => {
    try {
      const ticket = await api<TicketDto>('GET', `/api/tickets/${encodeURIComponent(ticketId)}`);
      setLoad({ kind: 'ticket', ticket });
      setFetchFailed(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setLoad({ kind: 'missing' });
      else setFetchFailed(true);
    }
  };

  useEffect(() => {
    void refetch();
    // Any hall event may move this ticket's place; a burst of them costs one request.
    const soon = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void refetch(), REFETCH_DEBOUNCE_MS);
    };
    const hallSocket = connectHall({ onState: setHall, onEvent: soon, onSnapshot: soon, onConnection: setConnection });
    return () => {
      hallSocket.close();
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [ticketId]);

  const status = load.kind === 'ticket' ? load.ticket.status : null;
  useEffect(() => {
    // A buzz when the number is called, for a phone in a pocket.
    if (status === 'called' && 'vibrate' in navigator) navigator.vibrate([300, 150, 300]);
  }, [status]);

  const cancel = async () => {
    try {
      const ticket = await api<TicketDto>('POST', `/api/tickets/${encodeURIComponent(ticketId)}/cancel`);
      setLoad({ kind: 'ticket', ticket });
      setConfirming(false);
      setCancelError(false);
    } catch {
      setCancelError(true);
      void refetch();
    }
  };

  const hallName = hall ? `${hall.hall.name}` : '';
  if (load.kind === 'loading') return <main class="track"><p class="track-loading" role="status">加载中… Loading…</p></main>;
  if (load.kind === 'missing') {
    return (
      <main class="track">
        <h1 class="track-hall">{hallName}</h1>
        <p class="track-missing" role="alert">找不到这张号票<br /><span class="en">Ticket not found</span></p>
      </main>
    );
  }
  const t = load.ticket;
  const s = statusText(t);
  const wait = waitText(t);
  const queue = hall?.queues.find((q) => q.id === t.queueId);
  return (
    <main class={`track tone-${s.tone}`} data-ticket-id={t.id}>
      <h1 class="track-hall">{hallName}</h1>
      <section class="track-card">
        <p class="track-label">您的号码 <span class="en">Your number</span></p>
        <p class="track-number" data-testid="track-number">{t.number}</p>
        {queue && <p class="track-queue">{queue.name} <span class="en">{queue.nameEn}</span></p>}
        <p class="track-status" data-testid="track-status" data-status={t.status}>{s.zh}<span class="en">{s.en}</span></p>
        {wait && <p class="track-wait" data-testid="track-wait">{wait.zh}<span class="en">{wait.en}</span></p>}
      </section>
      <p class={`track-live ${connection}`} role="status">
        {connection === 'connected' && !fetchFailed ? '● 实时更新中 Live' : '○ 连接中断，正在重连… Reconnecting…'}
      </p>
      {t.status === 'waiting' && !confirming && (
        <button type="button" class="track-btn" data-testid="track-cancel" onClick={() => setConfirming(true)}>
          不办了，取消排队 <span class="en">Leave the queue</span>
        </button>
      )}
      {t.status === 'waiting' && confirming && (
        <div class="track-confirm" role="alertdialog" data-testid="track-confirm">
          <p>确定取消排队吗？取消后号码作废，需要重新取号。<span class="en">Cancel this ticket? You would have to take a new one.</span></p>
          {cancelError && <p class="track-error" role="alert">取消失败，请重试 <span class="en">Could not cancel; try again</span></p>}
          <div class="track-actions">
            <button type="button" class="track-btn danger" data-testid="track-cancel-confirm" onClick={() => void cancel()}>确定取消 <span class="en">Yes, cancel</span></button>
            <button type="button" class="track-btn" onClick={() => setConfirming(false)}>继续排队 <span class="en">Keep my place</span></button>
          </div>
        </div>
      )}
      <p class="track-note">请留意大厅屏幕和语音叫号。<span class="en">Please also watch the hall screens.</span></p>
    </main>
  );
}
