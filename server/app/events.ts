import type { ServerToClient } from '../../contract/events.js';

/** The versioned hall events a command can produce. */
export type VersionedEventName = 'ticket:called' | 'ticket:changed' | 'queue:changed' | 'window:changed' | 'hall:changed';
type PayloadOf<N extends keyof ServerToClient> = Parameters<ServerToClient[N]>[0];

export type PendingEvent = {
  [N in VersionedEventName]: { name: N; payload: Omit<PayloadOf<N>, 'version'> };
}[VersionedEventName];

export type PublishedEvent = {
  [N in VersionedEventName]: { name: N; payload: PayloadOf<N> };
}[VersionedEventName];

/** Unversioned notices for one room (admin, a window): not part of the hall state screens rebuild. */
type NoticeName = 'printer:status' | 'window:taken-over' | 'rating:requested' | 'rating:done' | 'roster:changed';
export type NoticeEvent = {
  [N in NoticeName]: { name: N; payload: PayloadOf<N> };
}[NoticeName];

export type HallListener = (hallId: string, event: PublishedEvent) => void;
/** All events of one command at once, in version order (the realtime layer sends a call as one packet). */
export type HallBatchListener = (hallId: string, events: readonly PublishedEvent[]) => void;
export type NoticeListener = (hallId: string, event: NoticeEvent) => void;

/** In-process fan-out from use cases to the realtime layer; use cases never see Socket.IO. */
export class EventBus {
  private readonly hallListeners = new Set<HallListener>();
  private readonly batchListeners = new Set<HallBatchListener>();
  private readonly noticeListeners = new Set<NoticeListener>();

  onHallEvent(l: HallListener): () => void {
    this.hallListeners.add(l);
    return () => this.hallListeners.delete(l);
  }

  onHallBatch(l: HallBatchListener): () => void {
    this.batchListeners.add(l);
    return () => this.batchListeners.delete(l);
  }

  onNotice(l: NoticeListener): () => void {
    this.noticeListeners.add(l);
    return () => this.noticeListeners.delete(l);
  }

  publish(hallId: string, events: readonly PublishedEvent[]): void {
    for (const e of events) for (const l of this.hallListeners) l(hallId, e);
    if (events.length > 0) for (const l of this.batchListeners) l(hallId, events);
  }

  notice(hallId: string, event: NoticeEvent): void {
    for (const l of this.noticeListeners) l(hallId, event);
  }
}

/** Number pending events with consecutive hall versions ending at `lastVersion`. */
export function stampVersions(pending: readonly PendingEvent[], lastVersion: number): PublishedEvent[] {
  const first = lastVersion - pending.length + 1;
  // TypeScript cannot pair a union's name with its payload through a spread; each pair is kept as it came.
  return pending.map((e, i) => ({ name: e.name, payload: { ...e.payload, version: first + i } }) as PublishedEvent);
}
