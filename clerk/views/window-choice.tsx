import { useState } from 'preact/hooks';
import type { WindowDto } from '../../contract/dto.js';
import { useConsole } from '../console-context.js';
import { ConfirmDialog } from './confirm-dialog.js';

function stateText(w: WindowDto): string {
  if (w.state === 'closed') return '空闲 free';
  return `使用中 in use · ${w.clerk?.name ?? ''}`;
}

/** Choose or confirm the window; a window held by another console is explained, with takeover on request. */
export function WindowChoice() {
  const { state: s, actions } = useConsole();
  const u = s.user.value;
  // Only the windows the account may staff; the server refuses the others anyway.
  const list = s.windows.value.filter((x) => u?.allowedWindowIds.includes(x.id) ?? false);
  const [chosen, setChosen] = useState<number | null>(u?.defaultWindowId ?? list[0]?.id ?? null);
  const w = list.find((x) => x.id === chosen);
  const refused = s.refusal.value;
  const d = s.dialog.value;
  const self = refused?.holder !== null && refused?.holder === u?.name;

  const askTakeover = (id: number) => actions.askTakeover(id, {
    title: `接管 ${id} 号窗？ Take over?`,
    body: `另一台电脑上的工作台将立即停止操作，当前号保留在窗口。/ The other console stops at once; the window keeps its ticket.`,
    confirmLabel: '确认接管 Take over',
  });

  return (
    <main class="center-page">
      <section class="card window-choice" data-testid="window-choice">
        <h1>选择窗口 <small>Choose your window</small></h1>
        <p class="muted">{u?.name}（{u?.staffNo}）· 默认窗口 default: {u?.defaultWindowId ?? '—'} 号</p>
        <label class="field">
          <span>窗口 Window</span>
          <select value={chosen ?? ''} onChange={(e) => { setChosen(Number(e.currentTarget.value)); actions.forgetRefusal(); actions.clearFeedback(); }} data-testid="window-select">
            {list.map((x) => <option key={x.id} value={x.id}>{x.name} — {stateText(x)}</option>)}
          </select>
        </label>
        {w && <p class="window-preview"><b>{w.name}</b> <span>{w.nameEn}</span> <span class={`badge badge-${w.state}`}>{stateText(w)}</span></p>}

        {refused && refused.windowId === chosen ? (
          <div class="refusal" role="alert" data-testid="refusal">
            <p><b>{refused.windowId} 号窗已在另一台电脑登录{refused.holder ? `（${refused.holder}${self ? '，您之前的登录' : ''}）` : ''}。</b></p>
            <p>同一窗口不能两台工作台同时使用。/ Window {refused.windowId} is open on another console{refused.holder ? ` (${refused.holder})` : ''}; two consoles never share a window.</p>
            <div class="row">
              <button type="button" class="btn btn-danger" onClick={() => askTakeover(refused.windowId)} data-testid="takeover">接管 Take over</button>
              <button type="button" class="btn" onClick={actions.forgetRefusal}>选择其他窗口 Choose another</button>
            </div>
          </div>
        ) : (
          <button type="button" class="btn btn-primary btn-block" disabled={chosen === null || s.busy.value !== null} autoFocus
            onClick={() => chosen !== null && actions.openWindow(chosen)} data-testid="open-window">
            {s.busy.value === 'open' ? '正在进入… Opening…' : `在 ${chosen ?? ''} 号窗办公 Open this window`} <kbd>Enter</kbd>
          </button>
        )}
        {s.feedback.value && <p class={`notice notice-${s.feedback.value.tone}`} role="status">{s.feedback.value.text}</p>}
        <div class="row row-end">
          <button type="button" class="btn btn-link" onClick={() => void actions.loadWindows()}>刷新 Refresh</button>
          <button type="button" class="btn btn-link" onClick={() => void actions.signOut()}>退出登录 Sign out</button>
        </div>
      </section>
      {d?.kind === 'confirm' && <ConfirmDialog d={d} />}
    </main>
  );
}
