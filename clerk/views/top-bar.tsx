import { PAUSE_REASON_LABELS } from '../../common/labels.js';
import { useConsole } from '../console-context.js';
import { pauseShown } from '../pause-shown.js';
import { RosterBadge } from './roster-badge.js';

const STATE_TEXT = { open: '服务中 Open', paused: '已暂停 Paused', closed: '已关闭 Closed' } as const;

/** The window's state; while paused, why (as paused, also before this console's reload): "已暂停 · 会议培训". */
function StateBadge() {
  const { state: s } = useConsole();
  const w = s.win.value;
  if (!w) return null;
  const why = pauseShown(s);
  const label = why?.reason ? PAUSE_REASON_LABELS[why.reason] : null;
  return (
    <span class={`badge badge-${w.state}`} data-testid="window-state" title={why?.note || undefined}>
      {label ? `已暂停 · ${label.zh} Paused · ${label.en}` : STATE_TEXT[w.state]}
    </span>
  );
}

function ConnectionBadge() {
  const { state: s } = useConsole();
  if (s.takenOver.value) return <span class="conn conn-bad">已被接管 Taken over</span>;
  if (s.connection.value !== 'connected') return <span class="conn conn-bad" data-testid="conn">● 连接中断 Offline</span>;
  if (!s.synced.value) return <span class="conn conn-wait" data-testid="conn">● 同步中 Syncing</span>;
  return <span class="conn conn-ok" data-testid="conn">● 在线 Online</span>;
}

export function TopBar() {
  const { state: s } = useConsole();
  const w = s.win.value;
  const u = s.user.value;
  return (
    <header class="top-bar">
      <div class="top-window">
        <span class="window-name" data-testid="window-name">{w?.name ?? ''}</span>
        <span class="window-name-en">{w?.nameEn ?? ''}</span>
        <StateBadge />
        <RosterBadge />
      </div>
      <div class="top-right">
        <span class="hall-name">{s.catalog.value?.hall.name ?? ''}</span>
        <span class="clerk-name">{u?.name} <small>{u?.staffNo}</small></span>
        <ConnectionBadge />
      </div>
    </header>
  );
}
