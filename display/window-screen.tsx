import { CenterMessage, Connecting } from './center-message.js';
import type { DisplayStore } from './display-store.js';
import { callKey, servedQueues, windowScreenState, type WindowScreenState } from './hall-view.js';

const STATE_TEXT: Record<Exclude<WindowScreenState['kind'], 'missing'>, { zh: string; hint: string; en: string }> = {
  closed: { zh: '未开放', hint: '', en: 'Closed' },
  paused: { zh: '暂停服务', hint: '请稍候或到其他窗口办理', en: 'Service paused' },
  idle: { zh: '空闲', hint: '请留意叫号', en: 'Available · please wait for your number' },
  calling: { zh: '正在呼叫', hint: '', en: 'Now calling' },
  serving: { zh: '正在办理', hint: '', en: 'Now serving' },
};

/** 窗口屏: the window's number, what it is doing, who serves there and what it serves. */
export function WindowScreen({ store, number }: { store: DisplayStore; number: number }) {
  const s = store.hall.value;
  if (!s) return <Connecting />;
  const state = windowScreenState(s, number);
  if (state.kind === 'missing') return <CenterMessage zh={`没有 ${number} 号窗口`} en={`There is no window ${number} in this hall`} />;
  const w = state.window;
  const queues = servedQueues(s, w);
  const own = queues.filter((q) => !q.overflow);
  const overflow = queues.filter((q) => q.overflow);
  const lastCall = s.recentCalls.find((c) => c.windowNumber === number);
  const highlighted = state.kind === 'calling' && lastCall !== undefined && store.highlight.value === callKey(lastCall);
  return (
    <div class={`window-screen window-screen--${state.kind}`} data-state={state.kind}>
      <header class="window-screen__head">
        <div class="window-screen__number">
          <b>{w.number}</b>
          <span>号窗口<span class="en">Window {w.number}</span></span>
        </div>
        <ul class="window-screen__queues">
          {own.map((q) => (
            <li key={q.id}>{q.name}<span class="en">{q.nameEn}</span></li>
          ))}
          {overflow.length > 0 && (
            <li class="is-overflow">兼办 {overflow.map((q) => q.name).join('、')}<span class="en">Also: {overflow.map((q) => q.nameEn).join(', ')}</span></li>
          )}
        </ul>
      </header>
      <WindowBody state={state} highlighted={highlighted} flashKey={lastCall ? callKey(lastCall) : ''} />
      <footer class="window-screen__clerk">
        {w.clerk ? (
          <>
            <span>工作人员 <b data-clerk>{w.clerk.name}</b></span>
            <span>工号 <b>{w.clerk.staffNo}</b></span>
            <span class="en">Staff · No. {w.clerk.staffNo}</span>
          </>
        ) : null}
      </footer>
    </div>
  );
}

function WindowBody({ state, highlighted, flashKey }: { state: Exclude<WindowScreenState, { kind: 'missing' }>; highlighted: boolean; flashKey: string }) {
  const text = STATE_TEXT[state.kind];
  if (state.kind === 'calling' || state.kind === 'serving') {
    return (
      <main key={flashKey} class={`window-screen__body${highlighted ? ' is-new' : ''}`}>
        <p class="window-screen__label">{text.zh}<span class="en">{text.en}</span></p>
        <p class="window-screen__ticket" data-ticket={state.number}>{state.number}</p>
        {state.kind === 'calling' && <p class="window-screen__hint">请 {state.number} 号到本窗口办理</p>}
      </main>
    );
  }
  return (
    <main class="window-screen__body">
      <p class="window-screen__status" data-status={state.kind}>{text.zh}</p>
      {text.hint && <p class="window-screen__hint">{text.hint}</p>}
      <p class="window-screen__status-en en">{text.en}</p>
    </main>
  );
}
