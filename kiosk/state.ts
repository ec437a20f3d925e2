/**
 * Everything the kiosk shows, as signals. Two kinds: the hall (catalogue, windows, counts:
 * shared by all visitors) and the visitor (language, screen, search, ticks, ticket: wiped by
 * `resetVisitor`, so the next person sees nothing of the last one).
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CatalogDto, HallSnapshot, IssueTicketResponse, PinyinIndexDto, PriorityReason } from '../contract/dto.js';
import type { ApiErrorCode } from '../ui/api.js';
import { MESSAGES, type Lang, type Messages, type RefusalKind } from './i18n.js';
import { buildSearchDocs, type SearchDoc } from '../common/matter-search.js';

export type Screen =
  | { name: 'home' }
  | { name: 'search' }
  | { name: 'browse'; queueId: string; departmentId?: string }
  | { name: 'matter'; matterId: string }
  | { name: 'green' }
  | { name: 'pickup' }
  /** 预约签到: a booking code typed or scanned. */
  | { name: 'checkin' }
  | { name: 'ticket' };

/** What a tap on "take a ticket" asks for; the idempotency key belongs to one of these. */
export interface TicketRequest {
  matterId?: string;
  queueId?: string;
  priority?: PriorityReason;
  /** 领取结果: the case whose result the ticket collects (results queue; no matter or queue). */
  caseRef?: string;
  /** 预约签到: the booking code (its booking knows the matter and queue; no priority). */
  appointmentCode?: string;
}

export type TicketState =
  | { phase: 'none' }
  | { phase: 'pending'; request: TicketRequest; attempt: number; offline: boolean; gaveUp: boolean }
  /** code and message: the server's own, for screens that say more than the kind (领取结果). */
  | { phase: 'refused'; request: TicketRequest; kind: RefusalKind; queueId: string | null; code: ApiErrorCode; message: string }
  /** priorityDropped: green channel was asked for but the kiosk turned out not to be trusted. */
  | { phase: 'issued'; ticket: IssueTicketResponse; priorityDropped: boolean };

export interface KioskState {
  // The hall
  catalog: Signal<CatalogDto | null>;
  pinyin: Signal<PinyinIndexDto>;
  snapshot: Signal<HallSnapshot | null>;
  /** The last hall refresh failed: say so, the kiosk may be off the network. */
  hallOffline: Signal<boolean>;
  portrait: Signal<boolean>;
  searchDocs: ReadonlySignal<SearchDoc[]>;
  // The visitor
  lang: Signal<Lang>;
  elderly: Signal<boolean>;
  screen: Signal<Screen>;
  history: Signal<Screen[]>;
  query: Signal<string>;
  /** Ticked materials per matter id. */
  ticks: Signal<ReadonlyMap<string, ReadonlySet<number>>>;
  priority: Signal<PriorityReason | null>;
  ticket: Signal<TicketState>;
  /** Seconds left before the idle reset, while the "still there?" prompt shows. */
  idleCountdown: Signal<number | null>;
  /** Page numbers of paged lists, by list name; reset with the visitor. */
  pages: Signal<ReadonlyMap<string, number>>;
  m: ReadonlySignal<Messages>;
  navigate(to: Screen): void;
  goBack(): void;
  goHome(): void;
  /** Anything of a visitor on screen, so the idle warning is worth showing even on home. */
  visitorPresent(): boolean;
  /** Hooks run on reset, e.g. to forget a pending request's idempotency key; returns the unregister. */
  whenVisitorResets(hook: () => void): () => void;
  /** A new visitor: nothing of the previous one stays on screen or in memory. */
  resetVisitor(): void;
}

function visitorSignals() {
  return {
    lang: signal<Lang>('zh'),
    elderly: signal(false),
    screen: signal<Screen>({ name: 'home' }),
    history: signal<Screen[]>([]),
    query: signal(''),
    ticks: signal<ReadonlyMap<string, ReadonlySet<number>>>(new Map()),
    priority: signal<PriorityReason | null>(null),
    ticket: signal<TicketState>({ phase: 'none' }),
    idleCountdown: signal<number | null>(null),
    pages: signal<ReadonlyMap<string, number>>(new Map()),
  };
}

export function createKioskState(): KioskState {
  const catalog = signal<CatalogDto | null>(null);
  const pinyin = signal<PinyinIndexDto>({ terms: {} });
  const v = visitorSignals();
  const onReset = new Set<() => void>();

  const goHome = () => {
    v.history.value = [];
    v.screen.value = { name: 'home' };
  };
  return {
    catalog, pinyin, snapshot: signal<HallSnapshot | null>(null), hallOffline: signal(false), portrait: signal(true),
    searchDocs: computed(() => (catalog.value ? buildSearchDocs(catalog.value, pinyin.value) : [])),
    ...v,
    m: computed(() => MESSAGES[v.lang.value]),
    navigate(to) {
      v.history.value = [...v.history.value, v.screen.value];
      v.screen.value = to;
    },
    goBack() {
      const previous = v.history.value[v.history.value.length - 1];
      v.history.value = v.history.value.slice(0, -1);
      v.screen.value = previous ?? { name: 'home' };
    },
    goHome,
    visitorPresent: () => v.screen.value.name !== 'home' || v.lang.value !== 'zh' || v.elderly.value || v.priority.value !== null
      || v.query.value !== '' || v.ticks.value.size > 0 || v.ticket.value.phase !== 'none',
    whenVisitorResets(hook) {
      onReset.add(hook);
      return () => void onReset.delete(hook);
    },
    resetVisitor() {
      for (const hook of onReset) hook();
      v.lang.value = 'zh';
      v.elderly.value = false;
      v.query.value = '';
      v.ticks.value = new Map();
      v.priority.value = null;
      v.ticket.value = { phase: 'none' };
      v.idleCountdown.value = null;
      v.pages.value = new Map();
      goHome();
    },
  };
}
