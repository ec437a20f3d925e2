/**
 * The console's state, one signal per fact, made fresh by createConsoleState for each console.
 * Views get it read-only (ReadonlyConsoleState); only the store's parts — session.ts, live.ts,
 * commands.ts and the actions of console.ts — write it, so every change has one place that makes it.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type {
  CaseDetailDto, CaseRefDto, CatalogDto, ClerkStatsDto, CurrentTicketDto, DocumentRefDto, HallSnapshot, PickReason, SessionUserDto, WindowDto, WindowQueueDto,
} from '../contract/dto.js';
import { DEFAULT_TIME_ZONE } from '../common/hall-time.js';
import type { PauseReason } from '../contract/constants.js';
import type { ConnectionState } from '../ui/hall-socket.js';
import type { ActionId, ToolId } from './actions.js';
import { availability, toolAvailability, type Availability } from './enablement.js';
import type { MyRatingsDto } from './my-ratings.js';

export type Screen = 'loading' | 'signed-out' | 'change-password' | 'choose-window' | 'working';

export interface Feedback {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
}

export type Dialog =
  | { kind: 'finish' }
  | { kind: 'transfer' }
  | { kind: 'pause' }
  | { kind: 'case-tool' }
  | { kind: 'complaint' }
  | { kind: 'catalog' }
  | ({ kind: 'confirm'; onConfirm: () => void } & Confirmation);

export type Busy = ActionId | 'open' | 'sign-in' | 'password' | 'case';

/** The document the last finish issued: printable with one key until the next call. */
export interface IssuedDocument {
  ticketNumber: string;
  document: DocumentRefDto;
  case: CaseRefDto | null;
}

export interface ConsoleState {
  screen: Signal<Screen>;
  /** Shown above the sign-in form: why the clerk is there (signed off, session expired…). */
  signInNotice: Signal<Feedback | null>;
  user: Signal<SessionUserDto | null>;
  catalog: Signal<CatalogDto | null>;
  windows: Signal<WindowDto[]>;
  /** Another console holds the window the clerk asked for: the picker explains and offers takeover. */
  refusal: Signal<{ windowId: number; holder: string | null } | null>;
  windowId: Signal<number | null>;
  win: Signal<WindowDto | null>;
  hall: Signal<HallSnapshot | null>;
  current: Signal<CurrentTicketDto | null>;
  /** Why call-next chose the current ticket (only known to the console that called it). */
  pick: Signal<{ ticketId: string; reason: PickReason; explanation: string } | null>;
  line: Signal<WindowQueueDto | null>;
  stats: Signal<ClerkStatsDto | null>;
  /** The clerk's ratings of today: levels only. */
  ratings: Signal<MyRatingsDto | null>;
  /** The ticket this console finished last (a complaint entered here may be about it). */
  lastServed: Signal<{ id: string; number: string } | null>;
  /** Checklist rows (by index) the clerk marked as handed in, for the current ticket only. */
  received: Signal<ReadonlySet<number>>;
  connection: Signal<ConnectionState>;
  /** Data reloaded over HTTP since the last (re)connect; until then nothing may be sent. */
  synced: Signal<boolean>;
  busy: Signal<Busy | null>;
  /** `otherTab`: a tab of this same browser (same session) took it, not another console. */
  takenOver: Signal<{ by: string | null; otherTab: boolean } | null>;
  dialog: Signal<Dialog | null>;
  feedback: Signal<Feedback | null>;
  /** The last finish's document, until the next call. */
  issued: Signal<IssuedDocument | null>;
  /** The case found with the case tool (办件). */
  foundCase: Signal<CaseDetailDto | null>;
  /** The case a results ticket at the window collects (综合出件). */
  resultCase: Signal<CaseDetailDto | null>;
  /** Why this console paused the window (the server logs it; the window bar shows it while paused). */
  pausedFor: Signal<{ reason: PauseReason; note: string } | null>;
  /** Server clock minus this PC's clock, so timers agree with the times the server sends. */
  serverOffsetMs: Signal<number>;
  nowTick: Signal<number>;
  serverNow: ReadonlySignal<number>;
  /** Why no action may be sent now (taken over, offline, syncing), or null when ready. */
  notReadyWhy: ReadonlySignal<string | null>;
  /** Which pad actions work now, and why the others do not. */
  pad: ReadonlySignal<Record<ActionId, Availability>>;
  tools: ReadonlySignal<Record<ToolId, Availability>>;
}

/** The same state as the views see it: they read, the store's actions write. */
export type ReadonlyConsoleState = { readonly [K in keyof ConsoleState]: ReadonlySignal<ConsoleState[K] extends ReadonlySignal<infer T> ? T : never> };

export function createConsoleState(clock: () => number): ConsoleState {
  const base = {
    screen: signal<Screen>('loading'),
    signInNotice: signal<Feedback | null>(null),
    user: signal<SessionUserDto | null>(null),
    catalog: signal<CatalogDto | null>(null),
    windows: signal<WindowDto[]>([]),
    refusal: signal<{ windowId: number; holder: string | null } | null>(null),
    windowId: signal<number | null>(null),
    win: signal<WindowDto | null>(null),
    hall: signal<HallSnapshot | null>(null),
    current: signal<CurrentTicketDto | null>(null),
    pick: signal<{ ticketId: string; reason: PickReason; explanation: string } | null>(null),
    line: signal<WindowQueueDto | null>(null),
    stats: signal<ClerkStatsDto | null>(null),
    ratings: signal<MyRatingsDto | null>(null),
    lastServed: signal<{ id: string; number: string } | null>(null),
    received: signal<ReadonlySet<number>>(new Set()),
    connection: signal<ConnectionState>('connecting'),
    synced: signal(false),
    busy: signal<Busy | null>(null),
    takenOver: signal<{ by: string | null; otherTab: boolean } | null>(null),
    dialog: signal<Dialog | null>(null),
    feedback: signal<Feedback | null>(null),
    issued: signal<IssuedDocument | null>(null),
    foundCase: signal<CaseDetailDto | null>(null),
    resultCase: signal<CaseDetailDto | null>(null),
    pausedFor: signal<{ reason: PauseReason; note: string } | null>(null),
    serverOffsetMs: signal(0),
    nowTick: signal(clock()),
  };
  const notReadyWhy = computed<string | null>(() => {
    if (base.takenOver.value) return '窗口已被接管 Taken over';
    if (base.connection.value !== 'connected') return '连接中断 Offline';
    if (!base.synced.value) return '同步中… Syncing…';
    return null;
  });
  const pad = computed(() => {
    const t = base.current.value;
    return availability({
      ready: notReadyWhy.value === null,
      notReadyWhy: notReadyWhy.value ?? undefined,
      windowState: base.win.value?.state ?? null,
      current: t && (t.status === 'called' || t.status === 'serving') ? { status: t.status, callCount: t.callCount, recallLimit: t.recallLimit } : null,
      busy: base.busy.value !== null,
      waitingTotal: base.line.value?.waitingTotal ?? null,
    });
  });
  const tools = computed(() => toolAvailability({
    ready: notReadyWhy.value === null, notReadyWhy: notReadyWhy.value ?? undefined, busy: base.busy.value !== null, issued: base.issued.value !== null,
  }));
  const serverNow = computed(() => base.nowTick.value + base.serverOffsetMs.value);
  return { ...base, serverNow, notReadyWhy, pad, tools };
}

export const queueNameIn = (s: ReadonlyConsoleState, id: string): string => s.catalog.value?.queues.find((q) => q.id === id)?.name ?? id;
export const timeZoneOf = (s: ReadonlyConsoleState): string => s.catalog.value?.hall.timeZone ?? DEFAULT_TIME_ZONE;

/** Forget everything about the window and the clerk (sign-off, expiry). */
export function resetWork(s: ConsoleState): void {
  s.windowId.value = null;
  s.win.value = null;
  s.hall.value = null;
  s.current.value = null;
  s.pick.value = null;
  s.line.value = null;
  s.stats.value = null;
  s.ratings.value = null;
  s.lastServed.value = null;
  s.received.value = new Set();
  s.synced.value = false;
  s.busy.value = null;
  s.takenOver.value = null;
  s.dialog.value = null;
  s.feedback.value = null;
  s.refusal.value = null;
  s.issued.value = null;
  s.foundCase.value = null;
  s.resultCase.value = null;
  s.pausedFor.value = null;
}

/** The ticket the window holds; a finished, transferred or voided one is no longer current. */
export function setCurrent(s: ConsoleState, t: CurrentTicketDto | null): void {
  const active = t && (t.status === 'called' || t.status === 'serving') ? t : null;
  if (active?.id !== s.current.value?.id) {
    s.received.value = new Set();
    // A dialog about the previous ticket must not act on the next one.
    s.dialog.value = null;
    if (s.pick.value && s.pick.value.ticketId !== active?.id) s.pick.value = null;
  }
  s.current.value = active;
}
