/** 实时监控: alerts on top, a card per queue (every queue of the hall), the windows table. */
import type { LiveBoardDto } from '../../contract/dto.js';
import { useAdmin } from '../context.js';
import { currentStatusText, WINDOW_STATE } from '../labels.js';
import { alertedQueues } from '../live-board.js';
import { CloseDayPanel } from './close-day.js';
import { PlanCell } from '../roster-plan-cell.js';

type Queue = LiveBoardDto['queues'][number];

function QueueCard({ q, alerted }: { q: Queue; alerted: boolean }) {
  return (
    <li class={`queue-card${alerted ? ' alerted' : ''}`} data-queue={q.queueId} data-alerted={String(alerted)}>
      <h3><span class="prefix">{q.prefix}</span> {q.name}<small>{q.nameEn}</small></h3>
      <p class="waiting"><strong data-testid="queue-waiting">{q.waiting}</strong> 人等候 <small>waiting</small></p>
      <dl>
        <div><dd>{q.longestWaitMin}′</dd><dt>最长等候<small>Longest</small></dt></div>
        <div><dd>{q.estimateMin}′</dd><dt>新号预计<small>New ticket</small></dt></div>
        <div><dd data-testid="queue-issued">{q.issuedToday}</dd><dt>今日取号<small>Issued</small></dt></div>
        <div><dd>{q.servedToday}</dd><dt>今日办结<small>Served</small></dt></div>
        <div><dd>{q.openWindows}</dd><dt>开放窗口<small>Windows</small></dt></div>
      </dl>
    </li>
  );
}

function Windows({ windows }: { windows: LiveBoardDto['windows'] }) {
  return (
    <table class="windows" data-testid="live-windows">
      <thead><tr><th>窗口 No.</th><th>名称 Name</th><th>状态 State</th><th>工作人员 Clerk</th><th>当前号 Current</th><th>时长 For</th><th>今日排班 Plan</th></tr></thead>
      <tbody>
        {windows.map((w) => (
          <tr key={w.windowId} data-window={w.number} data-state={w.state}>
            <td class="num">{w.number}</td>
            <td>{w.name}</td>
            <td><span class={`tag state-${w.state}`}>{WINDOW_STATE[w.state]}</span></td>
            <td>{w.clerk ?? '—'}</td>
            <td data-testid="window-current">{w.current ? <><strong>{w.current}</strong> <small>{currentStatusText(w.currentStatus)}</small></> : '—'}</td>
            <td>{w.currentForMin === null ? '—' : `${w.currentForMin} 分钟 min`}</td>
            <PlanCell spans={w.plannedSpans} openNow={w.plannedOpenNow} closed={w.state === 'closed'} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LivePage() {
  const { live } = useAdmin();
  const b = live.board.value;
  const connection = live.connection.value;
  if (!b) return <main class="live"><p class="muted" data-testid="live-loading">正在连接… Connecting…</p></main>;
  const alerted = alertedQueues(b);
  return (
    <main class="live" data-testid="live-board" data-day={b.serviceDay}>
      <p class={`live-status ${connection}`} role="status">
        {connection === 'connected' ? '● 实时 Live' : '○ 连接中断，正在重连 · Reconnecting'} · {b.serviceDay} · 更新于 {new Date(b.at).toLocaleTimeString('zh-CN', { hour12: false })}
      </p>
      {b.alerts.length > 0 && (
        <ul class="alerts" data-testid="live-alerts" aria-label="告警 Alerts">
          {b.alerts.map((a, i) => <li key={`${a.kind}-${a.queueId ?? ''}-${i}`} data-kind={a.kind}><strong>{a.text}</strong> <span>{a.textEn}</span></li>)}
        </ul>
      )}
      <div class="live-body">
        <section>
          <h2>队列 <span>Queues · 分钟 ′ = min</span></h2>
          <ul class="queue-grid" data-testid="live-queues">
            {b.queues.map((q) => <QueueCard key={q.queueId} q={q} alerted={alerted.has(q.queueId)} />)}
          </ul>
        </section>
        <section>
          <h2>窗口 <span>Windows</span></h2>
          <Windows windows={b.windows} />
        </section>
      </div>
      <CloseDayPanel />
    </main>
  );
}
