/**
 * The manage link's page (/book/b/<token>): the booking the token opens, and cancelling it (two
 * taps, while the server still allows it). Made by `createManageStore`; no DOM here.
 */
import { signal, type Signal } from '@preact/signals';
import type { CatalogDto } from '../contract/dto.js';
import { ApiError, type call } from '../ui/api.js';
import type { BookingDto } from './booking-flow.js';
import { refusalOf } from './phone-verify.js';
import type { Refusal } from './refusals.js';

export type ManageLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed' } | { kind: 'booking'; booking: BookingDto };

export interface ManageStore {
  load: Signal<ManageLoad>;
  /** For the hall's name, time zone and the matter's checklist; the booking shows without it. */
  catalog: Signal<CatalogDto | null>;
  confirming: Signal<boolean>;
  cancelling: Signal<boolean>;
  refusal: Signal<Refusal | null>;
  refetch(): Promise<void>;
  askCancel(): void;
  keep(): void;
  confirmCancel(): Promise<void>;
}

/** The token from /book/b/<token>, or null on any other path. */
export function manageTokenFromPath(path: string): string | null {
  const m = /^\/book\/b\/([A-Za-z0-9_-]{16,64})\/?$/.exec(path);
  return m?.[1] ?? null;
}

export function createManageStore(deps: { token: string; call: typeof call }): ManageStore {
  const load = signal<ManageLoad>({ kind: 'loading' });
  const catalog = signal<CatalogDto | null>(null);
  const confirming = signal(false);
  const cancelling = signal(false);
  const refusal = signal<Refusal | null>(null);
  const params = { token: deps.token };

  const refetch = async () => {
    try {
      load.value = { kind: 'booking', booking: await deps.call('GET /api/bookings/:token', { params }) };
    } catch (e) {
      load.value = e instanceof ApiError && e.status === 404 ? { kind: 'missing' } : { kind: 'failed' };
    }
  };
  void refetch();
  void deps.call('GET /api/catalog', {}).then((c) => { catalog.value = c; }, () => {});

  return {
    load, catalog, confirming, cancelling, refusal, refetch,
    askCancel: () => { confirming.value = true; },
    keep: () => {
      confirming.value = false;
      refusal.value = null;
    },
    async confirmCancel() {
      cancelling.value = true;
      try {
        load.value = { kind: 'booking', booking: await deps.call('POST /api/bookings/:token/cancel', { params, body: {} }) };
        confirming.value = false;
        refusal.value = null;
      } catch (e) {
        refusal.value = refusalOf(e);
        void refetch();
      } finally {
        cancelling.value = false;
      }
    },
  };
}
