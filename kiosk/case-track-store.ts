/**
 * The case tracking page's state: the case (fetched every minute and whenever the phone comes back
 * to the page; a case moves in days, so no socket), and withdrawing after a confirmation.
 * Made by `createCaseTrackStore` and closed with `close()`; no DOM here.
 */
import { signal, type Signal } from '@preact/signals';
import type { CaseTrackDto } from '../contract/dto.js';
import { ApiError, type call } from '../ui/api.js';
import type { Clock } from './clock.js';

export type CaseTrackLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'case'; track: CaseTrackDto };

export const CASE_REFRESH_MS = 60_000;

export interface CaseTrackDeps {
  token: string;
  call: typeof call;
  clock: Pick<Clock, 'every'>;
  /** Runs `refresh` whenever the page is shown again (focus, tab visible); returns its removal. */
  onFocus: (refresh: () => void) => () => void;
}

export interface CaseTrackStore {
  load: Signal<CaseTrackLoad>;
  fetchFailed: Signal<boolean>;
  /** "Really withdraw?" is showing. */
  confirming: Signal<boolean>;
  withdrawError: Signal<boolean>;
  refetch(): Promise<void>;
  askWithdraw(): void;
  keep(): void;
  confirmWithdraw(reason?: string): Promise<void>;
  close(): void;
}

export function createCaseTrackStore(deps: CaseTrackDeps): CaseTrackStore {
  const load = signal<CaseTrackLoad>({ kind: 'loading' });
  const fetchFailed = signal(false);
  const confirming = signal(false);
  const withdrawError = signal(false);
  const params = { token: deps.token };

  const refetch = async () => {
    try {
      load.value = { kind: 'case', track: await deps.call('GET /api/track/:token', { params }) };
      fetchFailed.value = false;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) load.value = { kind: 'missing' };
      else fetchFailed.value = true;
    }
  };

  void refetch();
  const stopTimer = deps.clock.every(CASE_REFRESH_MS, () => void refetch());
  const stopFocus = deps.onFocus(() => void refetch());

  return {
    load, fetchFailed, confirming, withdrawError, refetch,
    askWithdraw: () => { confirming.value = true; },
    keep: () => { confirming.value = false; withdrawError.value = false; },
    async confirmWithdraw(reason?: string) {
      try {
        const body = reason === undefined || reason.trim() === '' ? {} : { reason: reason.trim() };
        load.value = { kind: 'case', track: await deps.call('POST /api/track/:token/withdraw', { params, body }) };
        confirming.value = false;
        withdrawError.value = false;
      } catch {
        withdrawError.value = true;
        void refetch();
      }
    },
    close() {
      stopTimer();
      stopFocus();
    },
  };
}
