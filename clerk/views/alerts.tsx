import { useConsole } from '../console-context.js';

/** Offline or resyncing, said in one line across the screen: the pad is off until this goes away. */
export function ConnectionAlert() {
  const { state: s } = useConsole();
  if (s.takenOver.value) return null;
  if (s.connection.value !== 'connected') {
    return <div class="alert alert-bad" role="alert" data-testid="offline">连接中断，正在重连… 操作已暂停，恢复后自动同步 / Connection lost, reconnecting… Actions are off until it is back.</div>;
  }
  if (!s.synced.value) return <div class="alert alert-wait" role="status">正在同步窗口数据… / Syncing the window…</div>;
  return null;
}

/** The result of the last action, or why a pressed key did nothing. */
export function FeedbackLine() {
  const f = useConsole().state.feedback.value;
  return (
    <div class={`feedback feedback-${f?.tone ?? 'none'}`} role="status" aria-live="polite" data-testid="feedback">
      {f?.text ?? ' '}
    </div>
  );
}

/** Another console took the window: this one stops, says who and offers the only sensible ways on. */
export function TakenOverNotice() {
  const { state: s, actions } = useConsole();
  const t = s.takenOver.value;
  const id = s.windowId.value;
  if (!t) return null;
  const takeBack = () => {
    if (id === null) return;
    actions.askTakeover(id, {
      title: `重新接管 ${id} 号窗？ Take it back?`,
      body: t.otherTab ? '另一个标签页将被停止。/ The other tab will be stopped.' : '另一台电脑上的工作台将被停止。/ The other console will be stopped.',
      confirmLabel: '确认接管 Take over',
    });
  };
  return (
    <div class="taken-over" role="alertdialog" aria-label="窗口已被接管" data-testid="taken-over">
      <div class="card">
        <h2>本窗口已被接管 <small>This window was taken over</small></h2>
        {t.otherTab ? (
          <>
            <p>{id} 号窗已在本浏览器的另一个标签页打开，本页已停止操作。</p>
            <p class="muted">Window {id} was opened in another tab of this browser; this tab has stopped.</p>
          </>
        ) : (
          <>
            <p>{t.by ? `${t.by} 在另一台电脑上接管了 ${id ?? ''} 号窗。` : `${id ?? ''} 号窗已不在本机登录（在另一台电脑被接管或已关闭）。`}本机已停止操作。</p>
            <p class="muted">Another console{t.by ? ` (${t.by})` : ''} now holds window {id}. This console has stopped.</p>
          </>
        )}
        <div class="row">
          <button type="button" class="btn btn-danger" onClick={takeBack}>重新接管 Take back</button>
          <button type="button" class="btn" onClick={() => void actions.signOut()}>退出登录 Sign out</button>
        </div>
      </div>
    </div>
  );
}
