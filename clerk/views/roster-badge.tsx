import '../roster-plan.css';
import { useConsole } from '../console-context.js';
import { planText } from '../roster-plan.js';

/** 今日排班: the window's planned spans today, beside its real state (which the clerk still sets). */
export function RosterBadge() {
  const { roster, state: s } = useConsole();
  const p = roster.plan.value;
  if (!p || p.windowId !== s.windowId.value) return null;
  return (
    <span class={`roster-plan${p.spans.length === 0 ? ' roster-none' : ''}`} data-testid="roster-plan" title={`排班 Roster · ${p.day}`}>
      {planText(p.spans)}
    </span>
  );
}
