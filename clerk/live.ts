/**
 * Keeps the working screen true to the server: the hall socket for pushes, HTTP reloads of the
 * window's own data after every (re)connect, and a debounced reload of the waiting line when
 * the hall says a queue or the window changed.
 */
import type { HallSocket, HallSocketOptions } from '../ui/hall-socket.js';
import type { HallEvent } from '../ui/hall-state.js';
import { setCurrent, type ConsoleState } from './console-state.js';
import { errorCodeOf } from '../ui/api.js';
import type { ApiClient } from './http.js';

const LINE_DEBOUNCE_MS = 250;
/** Waits grow by the minute and overdue tickets move up without any event: reload now and then. */
const LINE_REFRESH_MS = 30_000;
const RESYNC_RETRY_MS = 1500;

export type SocketFactory = (options: HallSocketOptions) => HallSocket;

export interface LiveDeps {
  s: ConsoleState;
  request: ApiClient;
  socketFactory: SocketFactory;
  clock: () => number;
  /** The roster may have changed (connected again, or `roster:changed`): reload the plan shown. */
  onRoster?: () => void;
}

export interface Live {
  start(windowId: number): void;
  stop(): void;
  /** Another console took the window: stop everything here at once and say so. */
  takenOverBy(by: string | null, otherTab?: boolean): void;
  refreshLine(): void;
  /** Today's figures and today's ratings. */
  refreshStats(): void;
  refreshCurrent(): Promise<void>;
  /**
   * After a (re)connect or a command whose answer was lost: confirm the session still holds the
   * window, then reload the ticket, the line and the figures. Only then are actions enabled again.
   */
  resync(): Promise<void>;
}

export function createLive({ s, request, socketFactory, clock, onRoster }: LiveDeps): Live {
  let socket: HallSocket | null = null;
  let timers: ReturnType<typeof setInterval>[] = [];
  let lineTimer: ReturnType<typeof setTimeout> | null = null;
  let resyncTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every start and stop, so an answer meant for an earlier window session is dropped. */
  let generation = 0;
  /** Bumped by every resync, so only the latest reload may mark the screen synced. */
  let syncSeq = 0;

  function stop(): void {
    generation++;
    socket?.close();
    socket = null;
    for (const t of timers) clearInterval(t);
    timers = [];
    if (lineTimer) clearTimeout(lineTimer);
    if (resyncTimer) clearTimeout(resyncTimer);
    lineTimer = resyncTimer = null;
    s.connection.value = 'disconnected';
  }

  function takenOverBy(by: string | null, otherTab = false): void {
    stop();
    s.takenOver.value = { by, otherTab };
    s.dialog.value = null;
  }

  function refreshLine(): void {
    const id = s.windowId.value;
    if (id === null) return;
    const gen = generation;
    request('GET /api/windows/:windowId/queue', { params: { windowId: id } }).then((q) => { if (gen === generation) s.line.value = q; }, () => {});
  }

  function refreshStats(): void {
    const gen = generation;
    request('GET /api/me/stats', {}).then((x) => { if (gen === generation) s.stats.value = x; }, () => {});
    refreshRatings();
  }

  /** Today's ratings come in after a service (the pad, the phone): a failure here blocks nothing. */
  function refreshRatings(): void {
    const gen = generation;
    request('GET /api/me/ratings', {}).then((x) => { if (gen === generation) s.ratings.value = x; }, () => {});
  }

  async function refreshCurrent(): Promise<void> {
    const id = s.windowId.value;
    if (id === null) return;
    const gen = generation;
    try {
      const t = await request('GET /api/windows/:windowId/current', { params: { windowId: id } });
      if (gen === generation) setCurrent(s, t);
    } catch (e) {
      if (errorCodeOf(e) === 'not-your-window' && gen === generation) takenOverBy(null);
    }
  }

  async function resync(): Promise<void> {
    const id = s.windowId.value;
    if (id === null) return;
    const gen = generation;
    const seq = ++syncSeq;
    const stale = () => gen !== generation || seq !== syncSeq;
    if (resyncTimer) clearTimeout(resyncTimer);
    resyncTimer = null;
    s.synced.value = false;
    try {
      const me = await request('GET /api/auth/me', {});
      if (stale()) return;
      if (me.windowId !== id) return takenOverBy(null);
      const [t, q, st] = await Promise.all([
        request('GET /api/windows/:windowId/current', { params: { windowId: id } }),
        request('GET /api/windows/:windowId/queue', { params: { windowId: id } }),
        request('GET /api/me/stats', {}),
      ]);
      if (stale()) return;
      setCurrent(s, t);
      s.line.value = q;
      s.stats.value = st;
      s.synced.value = true;
      refreshRatings();
    } catch (e) {
      if (stale()) return;
      const code = errorCodeOf(e);
      if (code === 'not-your-window') return takenOverBy(null);
      if (code === 'not-signed-in') return;
      // Server reachable by socket but a reload failed: try again rather than stay locked.
      resyncTimer = setTimeout(() => { if (!stale() && s.connection.value === 'connected') void resync(); }, RESYNC_RETRY_MS);
    }
  }

  function scheduleLine(): void {
    if (lineTimer) clearTimeout(lineTimer);
    lineTimer = setTimeout(() => { lineTimer = null; refreshLine(); }, LINE_DEBOUNCE_MS);
  }

  /**
   * The window's ticket as the hall sees it differs from the one shown (e.g. a command answered
   * while the connection dropped): ask the server which ticket the window holds.
   */
  function reconcile(): void {
    if (s.busy.value !== null || !s.synced.value) return;
    const held = s.win.value?.current ?? null;
    const shown = s.current.value;
    if ((held?.number ?? null) !== (shown?.number ?? null) || (held && shown && held.status !== shown.status)) void refreshCurrent();
  }

  function onHallEvent(id: number, event: HallEvent): void {
    const w = s.win.value;
    if (event.name === 'queue:changed') {
      const ours = new Set([...(w?.queueIds ?? []), ...(w?.overflowQueueIds ?? [])]);
      if (event.payload.queues.some((q) => ours.has(q.queueId))) scheduleLine();
    } else if (event.name === 'window:changed' && event.payload.window.id === id) {
      scheduleLine();
      reconcile();
    }
  }

  function connect(id: number, gen: number): HallSocket {
    const hall = socketFactory({
      join: { windowId: id },
      onState: (state) => {
        s.hall.value = state;
        s.win.value = state.windows.find((w) => w.id === id) ?? s.win.value;
      },
      onSnapshot: (state) => { s.serverOffsetMs.value = Date.parse(state.serverTime) - clock(); },
      onEvent: (event) => onHallEvent(id, event),
      onConnection: (state) => {
        if (gen !== generation) return;
        s.connection.value = state;
        if (state === 'connected') onRoster?.();
        if (state === 'connected') void resync();
        else s.synced.value = false;
      },
    });
    hall.socket.on('window:taken-over', (e) => { if (e.windowId === id) takenOverBy(e.by); });
    hall.socket.on('roster:changed', () => { if (gen === generation) onRoster?.(); });
    return hall;
  }

  function start(id: number): void {
    stop();
    const gen = ++generation;
    s.synced.value = false;
    s.connection.value = 'connecting';
    socket = connect(id, gen);
    timers = [
      setInterval(() => { s.nowTick.value = clock(); }, 1000),
      setInterval(() => { if (s.synced.value) refreshLine(); }, LINE_REFRESH_MS),
    ];
  }

  return { start, stop, takenOverBy, refreshLine, refreshStats, refreshCurrent, resync };
}
