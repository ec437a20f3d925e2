/**
 * The window's plan for today (今日排班) in the console's top bar: loaded when the console's socket
 * connects (sign-in at a window, and every reconnect, which may have missed a change) and again on
 * `roster:changed`. The plan only informs: the clerk still opens, pauses and closes the window.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { spansLabel, type Span } from '../common/roster-spans.js';
import type { ConsoleState } from './console-state.js';
import type { ApiClient } from './http.js';

export interface RosterPlanShown { windowId: number; day: string; spans: readonly Span[] }

export interface RosterPlan {
  plan: ReadonlySignal<RosterPlanShown | null>;
  load(): Promise<void>;
}

/** "今日排班 08:30–12:00 · 13:30–17:30" or "今日未排班 not rostered". */
export const planText = (spans: readonly Span[]): string => (spans.length === 0 ? '今日未排班 not rostered' : `今日排班 ${spansLabel(spans)}`);

export function createRosterPlan({ s, request }: { s: Pick<ConsoleState, 'windowId'>; request: ApiClient }): RosterPlan {
  const plan = signal<RosterPlanShown | null>(null);
  return {
    plan,
    async load() {
      const windowId = s.windowId.value;
      if (windowId === null) return;
      try {
        const day = await request('GET /api/roster', {});
        // Another window may have been chosen while this was on its way.
        if (s.windowId.value !== windowId) return;
        plan.value = { windowId, day: day.day, spans: day.windows.find((w) => w.windowId === windowId)?.spans ?? [] };
      } catch {
        // Offline or signed out: the plan shown stays until the next connect reloads it.
      }
    },
  };
}
