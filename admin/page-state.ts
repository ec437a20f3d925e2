/**
 * The supervisors' page's state, one signal per fact, made fresh for each store. Views read it;
 * only the store's parts (page-session.ts, live-board.ts, reports-store.ts, assessment-store.ts, close-day.ts) write it.
 */
import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CatalogDto, SessionUserDto } from '../contract/dto.js';
import type { Notice } from '../ui/staff-session.js';

/** live: 实时监控 (the first screen); reports: 报表; staff: 考核; manage: kiosks, webhooks, calendar, screens. */
export type Screen = 'loading' | 'signed-out' | 'change-password' | 'live' | 'reports' | 'staff' | 'manage';
export type Busy = 'sign-in' | 'password' | 'report' | 'staff' | 'evaluation' | 'close-day';

export interface AdminPageState {
  screen: Signal<Screen>;
  signInNotice: Signal<Notice | null>;
  user: Signal<SessionUserDto | null>;
  catalog: Signal<CatalogDto | null>;
  busy: Signal<Busy | null>;
  feedback: Signal<Notice | null>;
}

export type ReadonlyAdminPageState = { readonly [K in keyof AdminPageState]: AdminPageState[K] extends Signal<infer T> ? ReadonlySignal<T> : never };

export function createPageState(): AdminPageState {
  return {
    screen: signal<Screen>('loading'),
    signInNotice: signal<Notice | null>(null),
    user: signal<SessionUserDto | null>(null),
    catalog: signal<CatalogDto | null>(null),
    busy: signal<Busy | null>(null),
    feedback: signal<Notice | null>(null),
  };
}
