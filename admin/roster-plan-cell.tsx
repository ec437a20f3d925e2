/** A window's plan for today on the live board: its spans, bold while planned open now (red if the window is closed), or 未排班. */
import './roster.css';
import { spansLabel, type Span } from '../common/roster-spans.js';

export function PlanCell({ spans, openNow, closed }: { spans: readonly Span[]; openNow: boolean; closed: boolean }) {
  if (spans.length === 0) return <td class="plan plan-none" data-testid="window-plan">未排班 <small>not rostered</small></td>;
  return (
    <td class={`plan${openNow ? ' plan-now' : ''}${openNow && closed ? ' plan-missed' : ''}`} data-testid="window-plan" data-open-now={String(openNow)}
      title={openNow ? '按排班此刻应开放 · planned open now' : '此刻不在排班时段 · not planned open now'}>
      {spansLabel(spans)}
    </td>
  );
}
