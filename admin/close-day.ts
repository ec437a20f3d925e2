/** 结束今日服务: asks first, then closes today (waiting → not served, at windows → abandoned) and shows the counts. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { ApiClient } from '../ui/http.js';
import type { AdminPageState } from './page-state.js';

export interface CloseDay {
  confirmingClose: ReadonlySignal<boolean>;
  closed: ReadonlySignal<{ unserved: number; abandoned: number } | null>;
  askCloseDay(): void;
  cancelCloseDay(): void;
  /** True once the server closed the day. */
  confirmCloseDay(): Promise<boolean>;
}

export function createCloseDay(s: AdminPageState, request: ApiClient, failure: (e: unknown) => string): CloseDay {
  const confirmingClose = signal(false);
  const closed = signal<{ unserved: number; abandoned: number } | null>(null);
  return {
    confirmingClose, closed,
    askCloseDay() { confirmingClose.value = true; closed.value = null; s.feedback.value = null; },
    cancelCloseDay() { confirmingClose.value = false; },
    async confirmCloseDay() {
      if (s.busy.value) return false;
      s.busy.value = 'close-day';
      try {
        closed.value = await request('POST /api/service-day/close', {});
        confirmingClose.value = false;
        return true;
      } catch (e) {
        s.feedback.value = { tone: 'error', text: failure(e) };
        return false;
      } finally {
        if (s.busy.value === 'close-day') s.busy.value = null;
      }
    },
  };
}
