import type { CallDto } from '../contract/dto.js';
import { callCaption } from './announcement-text.js';
import { callKey } from './hall-view.js';

/**
 * The newest call, as large as the screen allows: ticket number, then the window. Keyed by
 * the call, so a new call or a recall restarts the flash animation.
 */
export function NowCalling({ call, highlighted }: { call: CallDto | null; highlighted: boolean }) {
  if (!call) {
    return (
      <section class="now now--empty">
        <h2 class="section-label">正在呼叫 <span class="en">Now calling</span></h2>
        <p class="now__waiting">请留意叫号<span class="en">Please wait for your number</span></p>
      </section>
    );
  }
  return (
    <section key={callKey(call)} class={`now${highlighted ? ' now--new' : ''}`} data-call={callKey(call)}>
      <h2 class="section-label">
        正在呼叫 <span class="en">Now calling</span>
        {call.callCount > 1 && <span class="badge">第 {call.callCount} 次呼叫 · call {call.callCount}</span>}
      </h2>
      <p class="now__ticket" data-ticket={call.number}>{call.number}</p>
      <p class="now__window">
        请到 <b data-window={call.windowNumber}>{call.windowNumber}</b> 号窗口
      </p>
      <p class="now__caption en">{callCaption(call, 'en')}</p>
    </section>
  );
}
