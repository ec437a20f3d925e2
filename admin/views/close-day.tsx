/** 结束今日服务: a button, a confirmation that says what happens, then the counts. */
import { useAdmin } from '../context.js';

export function CloseDayPanel() {
  const { closeDay, actions, state } = useAdmin();
  const result = closeDay.closed.value;
  const feedback = state.feedback.value;
  return (
    <section class="close-day" data-testid="close-day">
      <h2>结束今日服务 <span>Close today's service</span></h2>
      {!closeDay.confirmingClose.value && (
        <button type="button" class="btn danger" data-testid="close-day-ask" onClick={actions.askCloseDay}>结束今日服务 · Close today's service</button>
      )}
      {closeDay.confirmingClose.value && (
        <div class="confirm" role="alertdialog" aria-labelledby="close-day-what" data-testid="close-day-confirm">
          <p id="close-day-what">
            今天仍在等候的号将记为“未办理”，窗口上已叫号或办理中的号记为“中止”；记录保留，窗口释放，今天的号不能再叫。
            <br />Tickets still waiting today close as not served; those called or being served at a window close as abandoned. Nothing is deleted, the windows are freed, and today's tickets can no longer be called.
          </p>
          <button type="button" class="btn danger" data-testid="close-day-yes" disabled={state.busy.value !== null}
            onClick={() => void actions.confirmCloseDay()}>确定结束 · Close now</button>
          <button type="button" class="btn" data-testid="close-day-no" onClick={actions.cancelCloseDay}>取消 · Cancel</button>
        </div>
      )}
      {result && (
        <p class="notice" role="status" data-testid="close-day-result">
          今日服务已结束：未办理 <strong>{result.unserved}</strong> 个，中止 <strong>{result.abandoned}</strong> 个。
          · Closed: {result.unserved} not served, {result.abandoned} abandoned.
        </p>
      )}
      {feedback?.tone === 'error' && <p class="problem" role="alert">{feedback.text}</p>}
    </section>
  );
}
