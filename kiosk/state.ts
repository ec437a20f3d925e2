/**
 * Everything the kiosk shows, as signals. Two kinds: the hall (catalogue, windows, counts:
 * shared by all visitors) and the visitor (language, screen, search, ticks, ticket: wiped by
 * `resetVisitor`, so the next person sees nothing of the last one).
 */
import { computed, signal } from '@preact/signals';
import type { CatalogDto, HallSnapshot, IssueTicketResponse, PinyinIndexDto, PriorityReason } from '../contract/dto.js';
import { MESSAGES, type Lang, type RefusalKind } from './i18n.js';
import { buildSearchDocs } from './search.js';

export type Screen =
  | { name: 'home' }
  | { name: 'search' }
  | { name: 'browse'; queueId: string; departmentId?: string }
  | { name: 'matter'; matterId: string }
  | { name: 'green' }
  | { name: 'ticket' };

/** What a tap on "take a ticket" asks for; the idempotency key belongs to one of these. */
export interface TicketRequest {
  matterId?: string;
  queueId?: string;
  priority?: PriorityReason;
}

export type TicketState =
  | { phase: 'none' }
  | { phase: 'pending'; request: TicketRequest; attempt: number; offline: boolean; gaveUp: boolean }
  | { phase: 'refused'; request: TicketRequest; kind: RefusalKind; queueId: string | null }
  /** priorityDropped: green channel was asked for but the kiosk turned out not to be trusted. */
  | { phase: 'issued'; ticket: IssueTicketResponse; priorityDropped: boolean };

// The hall
export const catalog = signal<CatalogDto | null>(null);
export const pinyin = signal<PinyinIndexDto>({ terms: {} });
export const snapshot = signal<HallSnapshot | null>(null);
/** The last hall refresh failed: say so, the kiosk may be off the network. */
export const hallOffline = signal(false);
export const portrait = signal(true);

export const searchDocs = computed(() => (catalog.value ? buildSearchDocs(catalog.value, pinyin.value) : []));

// The visitor
export const lang = signal<Lang>('zh');
export const elderly = signal(false);
export const screen = signal<Screen>({ name: 'home' });
export const history = signal<Screen[]>([]);
export const query = signal('');
/** Ticked materials per matter id. */
export const ticks = signal<ReadonlyMap<string, ReadonlySet<number>>>(new Map());
export const priority = signal<PriorityReason | null>(null);
export const ticket = signal<TicketState>({ phase: 'none' });
/** Seconds left before the idle reset, while the "still there?" prompt shows. */
export const idleCountdown = signal<number | null>(null);
/** Page numbers of paged lists, by list name; reset with the visitor. */
export const pages = signal<ReadonlyMap<string, number>>(new Map());

export const m = computed(() => MESSAGES[lang.value]);

export function navigate(to: Screen): void {
  history.value = [...history.value, screen.value];
  screen.value = to;
}

export function goBack(): void {
  const previous = history.value[history.value.length - 1];
  history.value = history.value.slice(0, -1);
  screen.value = previous ?? { name: 'home' };
}

export function goHome(): void {
  history.value = [];
  screen.value = { name: 'home' };
}

/** Anything of a visitor on screen, so the idle warning is worth showing even on home. */
export function visitorPresent(): boolean {
  return screen.value.name !== 'home' || lang.value !== 'zh' || elderly.value || priority.value !== null
    || query.value !== '' || ticks.value.size > 0 || ticket.value.phase !== 'none';
}

/** Hooks run on reset, e.g. to forget a pending request's idempotency key. */
const onReset: (() => void)[] = [];
export function whenVisitorResets(hook: () => void): void {
  onReset.push(hook);
}

/** A new visitor: nothing of the previous one stays on screen or in memory. */
export function resetVisitor(): void {
  for (const hook of onReset) hook();
  lang.value = 'zh';
  elderly.value = false;
  query.value = '';
  ticks.value = new Map();
  priority.value = null;
  ticket.value = { phase: 'none' };
  idleCountdown.value = null;
  pages.value = new Map();
  goHome();
}
