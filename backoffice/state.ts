/**
 * The back office's state, one signal per fact, made fresh for each store. Views read it; only the
 * store's parts (session.ts, inbox.ts, case-commands.ts) write it.
 */
import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CaseStatus } from '../contract/constants.js';
import type { CaseDetailDto, CaseSummaryDto, CatalogDto, SessionUserDto } from '../contract/dto.js';
import type { FollowUpDetail, FollowUpRow } from './follow-up-types.js';

/** inbox and case: 办件 (cases); follow-ups and follow-up: 整改 (bad ratings and complaints). */
export type Screen = 'loading' | 'signed-out' | 'change-password' | 'inbox' | 'case' | 'follow-ups' | 'follow-up';

export interface Feedback {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export interface InboxFilter {
  /** null: every department of the caller. */
  departmentId: string | null;
  status: CaseStatus | null;
  due: 'soon' | 'overdue' | null;
  /** Only cases not yet delivered, mailed or withdrawn. */
  open: boolean;
}

/** A case's approval steps at a glance (2/5 部门已同意), as the server counts them for each inbox row. */
export type StepProgress = CaseSummaryDto['progress'];

export type Busy = 'sign-in' | 'password' | 'inbox' | 'case' | 'action' | 'follow-ups' | 'follow-up';

export interface BackOfficeState {
  screen: Signal<Screen>;
  signInNotice: Signal<Feedback | null>;
  user: Signal<SessionUserDto | null>;
  catalog: Signal<CatalogDto | null>;
  filter: Signal<InboxFilter>;
  cases: Signal<CaseSummaryDto[]>;
  /** The case page's case. */
  current: Signal<CaseDetailDto | null>;
  busy: Signal<Busy | null>;
  feedback: Signal<Feedback | null>;
  /** The 整改 list: only items not yet closed or annulled when `open`. */
  followUpsOpenOnly: Signal<boolean>;
  followUps: Signal<FollowUpRow[]>;
  /** The item page's item. */
  followUp: Signal<FollowUpDetail | null>;
}

export type ReadonlyBackOfficeState = { readonly [K in keyof BackOfficeState]: BackOfficeState[K] extends Signal<infer T> ? ReadonlySignal<T> : never };

export const DEFAULT_FILTER: InboxFilter = { departmentId: null, status: null, due: null, open: true };

export function createState(): BackOfficeState {
  return {
    screen: signal<Screen>('loading'),
    signInNotice: signal<Feedback | null>(null),
    user: signal<SessionUserDto | null>(null),
    catalog: signal<CatalogDto | null>(null),
    filter: signal<InboxFilter>(DEFAULT_FILTER),
    cases: signal<CaseSummaryDto[]>([]),
    current: signal<CaseDetailDto | null>(null),
    busy: signal<Busy | null>(null),
    feedback: signal<Feedback | null>(null),
    followUpsOpenOnly: signal(true),
    followUps: signal<FollowUpRow[]>([]),
    followUp: signal<FollowUpDetail | null>(null),
  };
}
