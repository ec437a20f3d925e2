/**
 * The console's state, one signal per fact. Views read these; only session.ts, live.ts and
 * commands.ts write them, so every change of state has one place that makes it.
 */
import { computed, signal } from '@preact/signals';
import type {
  CatalogDto, ClerkStatsDto, CurrentTicketDto, HallSnapshot, PickReason, SessionUserDto, WindowDto, WindowQueueDto,
} from '../contract/dto.js';
import type { ConnectionState } from '../ui/hall-socket.js';
import type { ActionId } from './actions.js';
import { availability } from './enablement.js';

export type Screen = 'loading' | 'signed-out' | 'change-password' | 'choose-window' | 'working';

export interface Feedback {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export type Dialog =
  | { kind: 'finish' }
  | { kind: 'transfer' }
  | { kind: 'confirm'; title: string; body: string; confirmLabel: string; onConfirm: () => void };

export const screen = signal<Screen>('loading');
/** Shown above the sign-in form: why the clerk is there (signed off, session expired…). */
export const signInNotice = signal<Feedback | null>(null);

export const user = signal<SessionUserDto | null>(null);
export const catalog = signal<CatalogDto | null>(null);
export const windows = signal<WindowDto[]>([]);
/** Another console holds the window the clerk asked for: the picker explains and offers takeover. */
export const refusal = signal<{ windowId: number; holder: string | null } | null>(null);

export const windowId = signal<number | null>(null);
export const win = signal<WindowDto | null>(null);
export const hall = signal<HallSnapshot | null>(null);
export const current = signal<CurrentTicketDto | null>(null);
/** Why call-next chose the current ticket (only known to the console that called it). */
export const pick = signal<{ ticketId: string; reason: PickReason; explanation: string } | null>(null);
export const line = signal<WindowQueueDto | null>(null);
export const stats = signal<ClerkStatsDto | null>(null);
/** Checklist rows (by index) the clerk marked as handed in, for the current ticket only. */
export const received = signal<ReadonlySet<number>>(new Set());

export const connection = signal<ConnectionState>('connecting');
/** Data reloaded over HTTP since the last (re)connect; until then nothing may be sent. */
export const synced = signal(false);
export const busy = signal<ActionId | 'open' | 'sign-in' | 'password' | null>(null);
/** `otherTab`: a tab of this same browser (same session) took it, not another console. */
export const takenOver = signal<{ by: string | null; otherTab: boolean } | null>(null);
export const dialog = signal<Dialog | null>(null);
export const feedback = signal<Feedback | null>(null);

/** Server clock minus this PC's clock, so timers agree with the times the server sends. */
export const serverOffsetMs = signal(0);
export const nowTick = signal(Date.now());
export const serverNow = computed(() => nowTick.value + serverOffsetMs.value);

export const notReadyWhy = computed<string | null>(() => {
  if (takenOver.value) return '窗口已被接管 Taken over';
  if (connection.value !== 'connected') return '连接中断 Offline';
  if (!synced.value) return '同步中… Syncing…';
  return null;
});

export const pad = computed(() => {
  const t = current.value;
  return availability({
    ready: notReadyWhy.value === null,
    notReadyWhy: notReadyWhy.value ?? undefined,
    windowState: win.value?.state ?? null,
    current: t && (t.status === 'called' || t.status === 'serving') ? { status: t.status, callCount: t.callCount, recallLimit: t.recallLimit } : null,
    busy: busy.value !== null,
    waitingTotal: line.value?.waitingTotal ?? null,
  });
});

export const queueName = (id: string): string => catalog.value?.queues.find((q) => q.id === id)?.name ?? id;
export const timeZone = (): string => catalog.value?.hall.timeZone ?? 'Asia/Shanghai';

/** Forget everything about the window and the clerk (sign-off, expiry). */
export function resetWork(): void {
  windowId.value = null;
  win.value = null;
  hall.value = null;
  current.value = null;
  pick.value = null;
  line.value = null;
  stats.value = null;
  received.value = new Set();
  synced.value = false;
  busy.value = null;
  takenOver.value = null;
  dialog.value = null;
  feedback.value = null;
  refusal.value = null;
}

/** The ticket the window holds; a finished, transferred or voided one is no longer current. */
export function setCurrent(t: CurrentTicketDto | null): void {
  const active = t && (t.status === 'called' || t.status === 'serving') ? t : null;
  if (active?.id !== current.value?.id) {
    received.value = new Set();
    // A dialog about the previous ticket must not act on the next one.
    dialog.value = null;
    if (pick.value && pick.value.ticketId !== active?.id) pick.value = null;
  }
  current.value = active;
}
