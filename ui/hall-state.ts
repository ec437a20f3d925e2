import type { CallDto, HallSnapshot } from '../contract/dto.js';
import type { HallChangedEvent, QueueChangedEvent, TicketCalledEvent, TicketChangedEvent, WindowChangedEvent } from '../contract/events.js';

export type HallEvent =
  | { name: 'ticket:called'; payload: TicketCalledEvent }
  | { name: 'ticket:changed'; payload: TicketChangedEvent }
  | { name: 'queue:changed'; payload: QueueChangedEvent }
  | { name: 'window:changed'; payload: WindowChangedEvent }
  | { name: 'hall:changed'; payload: HallChangedEvent };

export const RECENT_CALLS_KEPT = 10;

/**
 * A call arrives as one `ticket:called` carrying the command's other changes (`also`): split it
 * into the events it stands for, in version order, so everything downstream (state, announcer,
 * console) sees exactly what it saw when they came as separate packets.
 */
export function unbundle(event: HallEvent): HallEvent[] {
  if (event.name !== 'ticket:called' || !event.payload.also) return [event];
  const { also, ...called } = event.payload;
  return [{ name: 'ticket:called', payload: called }, ...also];
}

/**
 * Apply one versioned event to a snapshot. Returns the new state, the same state for an event
 * already seen, or 'gap' when events were missed and the caller must ask for a snapshot.
 * Lists stay bounded so a screen left running for days does not grow.
 */
export function applyHallEvent(state: HallSnapshot, event: HallEvent): HallSnapshot | 'gap' {
  const v = event.payload.version;
  if (v <= state.version) return state;
  if (v !== state.version + 1) return 'gap';
  switch (event.name) {
    case 'ticket:called': {
      const call: CallDto = event.payload.call;
      return { ...state, version: v, recentCalls: [call, ...state.recentCalls].slice(0, RECENT_CALLS_KEPT) };
    }
    case 'ticket:changed':
      return { ...state, version: v };
    case 'hall:changed':
      return { ...state, version: v, hall: event.payload.hall };
    case 'queue:changed': {
      const counts = new Map(event.payload.queues.map((q) => [q.queueId, q.waiting]));
      return { ...state, version: v, queues: state.queues.map((q) => ({ ...q, waiting: counts.get(q.id) ?? q.waiting })) };
    }
    case 'window:changed': {
      const w = event.payload.window;
      const known = state.windows.some((x) => x.id === w.id);
      return { ...state, version: v, windows: known ? state.windows.map((x) => (x.id === w.id ? w : x)) : [...state.windows, w] };
    }
  }
}
