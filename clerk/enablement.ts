import type { WindowState } from '../contract/constants.js';
import type { ActionId, ToolId } from './actions.js';

/** What the action pad needs to know; derived from the store, kept plain so it can be tested. */
export interface PadState {
  /** Online, resynced after the last (re)connect, still holding the window, session valid. */
  ready: boolean;
  /** Why not ready, shown on every disabled button (e.g. "connection lost"). */
  notReadyWhy?: string;
  windowState: WindowState | null;
  current: { status: 'called' | 'serving'; callCount: number; recallLimit: number } | null;
  /** A command is in flight: nothing else is sent until it answers. */
  busy: boolean;
  /** Waiting tickets for this window, or null before the line was loaded. */
  waitingTotal: number | null;
}

export interface Availability {
  enabled: boolean;
  /** Bilingual reason shown on a disabled button, so a clerk never wonders why it does nothing. */
  why: string | null;
}

const yes: Availability = { enabled: true, why: null };
const no = (why: string): Availability => ({ enabled: false, why });

function rule(action: ActionId, s: PadState): Availability {
  const t = s.current;
  switch (action) {
    case 'call-next':
      if (s.windowState === 'paused') return no('窗口已暂停 Paused');
      if (t) return no('请先处理当前号 Finish the current ticket first');
      if (s.waitingTotal === 0) return no('暂无等候 Nobody waiting');
      return yes;
    case 'recall':
      if (!t || t.status !== 'called') return no(t ? '已开始办理 Already serving' : '没有已呼叫的号 No called ticket');
      if (t.callCount >= t.recallLimit) return no('已达重呼上限 Recall limit reached');
      return yes;
    case 'start':
    case 'no-show':
      if (!t || t.status !== 'called') return no(t ? '已开始办理 Already serving' : '没有已呼叫的号 No called ticket');
      return yes;
    case 'finish':
      if (!t || t.status !== 'serving') return no(t ? '请先开始办理 Start first' : '没有办理中的号 No ticket in service');
      return yes;
    case 'transfer':
      return t ? yes : no('没有当前号 No current ticket');
    case 'pause-resume':
      return s.windowState === 'open' || s.windowState === 'paused' ? yes : no('窗口未开放 Window not open');
    case 'sign-off':
      return t ? no('请先处理当前号 Finish the current ticket first') : yes;
  }
}

/** Which buttons work now, and why the others do not. Every action is off while one is in flight. */
export function availability(s: PadState): Record<ActionId, Availability> {
  const gate = (a: ActionId): Availability => {
    if (!s.ready) return no(s.notReadyWhy ?? '未就绪 Not ready');
    if (s.busy) return no('处理中… Working…');
    return rule(a, s);
  };
  return {
    'call-next': gate('call-next'), recall: gate('recall'), start: gate('start'), finish: gate('finish'),
    'no-show': gate('no-show'), transfer: gate('transfer'), 'pause-resume': gate('pause-resume'), 'sign-off': gate('sign-off'),
  };
}

/**
 * The keys beside the pad. Printing opens a page and sends nothing, so it works offline too, as
 * long as a document was issued since the last call; the case tool sends, so it waits like the pad.
 * The catalogue search only reads, so it works whenever the console is open.
 */
export function toolAvailability(s: { ready: boolean; notReadyWhy?: string; busy: boolean; issued: boolean }): Record<ToolId, Availability> {
  const caseTool = !s.ready ? no(s.notReadyWhy ?? '未就绪 Not ready') : s.busy ? no('处理中… Working…') : yes;
  return { 'print-document': s.issued ? yes : no('本号未出具文书 No document issued'), 'case-tool': caseTool, 'catalog-search': yes };
}
