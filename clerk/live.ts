/**
 * Keeps the working screen true to the server: the hall socket for pushes, HTTP reloads of the
 * window's own data after every (re)connect, and a debounced reload of the waiting line when
 * the hall says a queue or the window changed.
 */
import type { ClerkStatsDto, CurrentTicketDto, SessionUserDto, WindowQueueDto } from '../contract/dto.js';
import { connectHall, type HallSocket } from '../ui/hall-socket.js';
import type { HallEvent } from '../ui/hall-state.js';
import { errorCode, request, windowPath } from './http.js';
import {
  busy, connection, current, dialog, hall, line, nowTick, serverOffsetMs, setCurrent, stats, synced, takenOver, win, windowId,
} from './store.js';

const LINE_DEBOUNCE_MS = 250;
/** Waits grow by the minute and overdue tickets move up without any event: reload now and then. */
const LINE_REFRESH_MS = 30_000;
const RESYNC_RETRY_MS = 1500;

let socket: HallSocket | null = null;
let timers: ReturnType<typeof setInterval>[] = [];
let lineTimer: ReturnType<typeof setTimeout> | null = null;
let resyncTimer: ReturnType<typeof setTimeout> | null = null;
/** Bumped by every start and stop, so an answer meant for an earlier window session is dropped. */
let generation = 0;
/** Bumped by every resync, so only the latest reload may mark the screen synced. */
let syncSeq = 0;

export function startLive(id: number): void {
  stopLive();
  const gen = ++generation;
  synced.value = false;
  connection.value = 'connecting';
  socket = connectHall({
    join: { windowId: id },
    onState: (state) => {
      hall.value = state;
      win.value = state.windows.find((w) => w.id === id) ?? win.value;
    },
    onSnapshot: (state) => {
      serverOffsetMs.value = Date.parse(state.serverTime) - Date.now();
    },
    onEvent: (event) => onHallEvent(id, event),
    onConnection: (state) => {
      if (gen !== generation) return;
      connection.value = state;
      if (state === 'connected') void resync();
      else synced.value = false;
    },
  });
  socket.socket.on('window:taken-over', (e) => {
    if (e.windowId === id) takenOverBy(e.by);
  });
  timers = [
    setInterval(() => { nowTick.value = Date.now(); }, 1000),
    setInterval(() => { if (synced.value) refreshLine(); }, LINE_REFRESH_MS),
  ];
}

export function stopLive(): void {
  generation++;
  socket?.close();
  socket = null;
  for (const t of timers) clearInterval(t);
  timers = [];
  if (lineTimer) clearTimeout(lineTimer);
  if (resyncTimer) clearTimeout(resyncTimer);
  lineTimer = resyncTimer = null;
  connection.value = 'disconnected';
}

/** Another console took the window: stop everything here at once and say so. */
export function takenOverBy(by: string | null, otherTab = false): void {
  stopLive();
  takenOver.value = { by, otherTab };
  dialog.value = null;
}

function onHallEvent(id: number, event: HallEvent): void {
  const w = win.value;
  if (event.name === 'queue:changed') {
    const ours = new Set([...(w?.queueIds ?? []), ...(w?.overflowQueueIds ?? [])]);
    if (event.payload.queues.some((q) => ours.has(q.queueId))) scheduleLine();
  } else if (event.name === 'window:changed' && event.payload.window.id === id) {
    scheduleLine();
    reconcile();
  }
}

/**
 * The window's ticket as the hall sees it differs from the one shown (e.g. a command answered
 * while the connection dropped): ask the server which ticket the window holds.
 */
function reconcile(): void {
  if (busy.value !== null || !synced.value) return;
  const held = win.value?.current ?? null;
  const shown = current.value;
  if ((held?.number ?? null) !== (shown?.number ?? null) || (held && shown && held.status !== shown.status)) void refreshCurrent();
}

function scheduleLine(): void {
  if (lineTimer) clearTimeout(lineTimer);
  lineTimer = setTimeout(() => { lineTimer = null; refreshLine(); }, LINE_DEBOUNCE_MS);
}

export function refreshLine(): void {
  const id = windowId.value;
  if (id === null) return;
  const gen = generation;
  request<WindowQueueDto>('GET', windowPath(id, 'queue')).then((q) => { if (gen === generation) line.value = q; }, () => {});
}

export function refreshStats(): void {
  const gen = generation;
  request<ClerkStatsDto>('GET', '/api/me/stats').then((s) => { if (gen === generation) stats.value = s; }, () => {});
}

export async function refreshCurrent(): Promise<void> {
  const id = windowId.value;
  if (id === null) return;
  const gen = generation;
  try {
    const t = await request<CurrentTicketDto | null>('GET', windowPath(id, 'current'));
    if (gen === generation) setCurrent(t);
  } catch (e) {
    if (errorCode(e) === 'not-your-window' && gen === generation) takenOverBy(null);
  }
}

/**
 * After a (re)connect or a command whose answer was lost: confirm the session still holds the
 * window, then reload the ticket, the line and the figures. Only then are actions enabled again.
 */
export async function resync(): Promise<void> {
  const id = windowId.value;
  if (id === null) return;
  const gen = generation;
  const seq = ++syncSeq;
  const stale = () => gen !== generation || seq !== syncSeq;
  if (resyncTimer) clearTimeout(resyncTimer);
  resyncTimer = null;
  synced.value = false;
  try {
    const me = await request<SessionUserDto>('GET', '/api/auth/me');
    if (stale()) return;
    if (me.windowId !== id) return takenOverBy(null);
    const [t, q, s] = await Promise.all([
      request<CurrentTicketDto | null>('GET', windowPath(id, 'current')),
      request<WindowQueueDto>('GET', windowPath(id, 'queue')),
      request<ClerkStatsDto>('GET', '/api/me/stats'),
    ]);
    if (stale()) return;
    setCurrent(t);
    line.value = q;
    stats.value = s;
    synced.value = true;
  } catch (e) {
    if (stale()) return;
    const code = errorCode(e);
    if (code === 'not-your-window') return takenOverBy(null);
    if (code === 'not-signed-in') return;
    // Server reachable by socket but a reload failed: try again rather than stay locked.
    resyncTimer = setTimeout(() => { if (!stale() && connection.value === 'connected') void resync(); }, RESYNC_RETRY_MS);
  }
}
