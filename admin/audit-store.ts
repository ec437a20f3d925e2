/**
 * 审计 Audit log: who changed what and when over a range of hall-local days (default the last 7),
 * optionally one action only. The action choices are those seen in the range, kept while filtering.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { hallDate } from '../common/hall-time.js';
import type { AuditEntryDto } from './audit-detail.js';
import type { ApiClient } from '../ui/http.js';

export interface AuditQuery { from?: string; to?: string; action?: string | null }

export interface AuditLog {
  from: ReadonlySignal<string>;
  to: ReadonlySignal<string>;
  /** null: every action. */
  action: ReadonlySignal<string | null>;
  entries: ReadonlySignal<readonly AuditEntryDto[] | null>;
  /** The actions seen in the range, for the filter. */
  actions: ReadonlySignal<readonly string[]>;
  problem: ReadonlySignal<string | null>;
  /** Sets what is given (the rest stays) and reads the log. */
  load(query?: AuditQuery): Promise<void>;
}

const DAY = 86_400_000;
/** The most the server answers in one read. */
const LIMIT = 1000;

export function createAuditLog(deps: { request: ApiClient; failure: (e: unknown) => string; now: () => number; timeZone: () => string }): AuditLog {
  const from = signal('');
  const to = signal('');
  const action = signal<string | null>(null);
  const entries = signal<readonly AuditEntryDto[] | null>(null);
  const actions = signal<readonly string[]>([]);
  const problem = signal<string | null>(null);
  let actionsOfRange = '';

  return {
    from, to, action, entries, actions, problem,
    async load(q = {}) {
      const tz = deps.timeZone();
      const range = {
        from: q.from ?? (from.value || hallDate(deps.now() - 6 * DAY, tz)),
        to: q.to ?? (to.value || hallDate(deps.now(), tz)),
      };
      const only = q.action === undefined ? action.value : q.action;
      batch(() => { from.value = range.from; to.value = range.to; action.value = only; });
      try {
        const rows = await deps.request('GET /api/audit', { query: { ...range, limit: LIMIT, ...(only === null ? {} : { action: only }) } });
        const key = `${range.from}/${range.to}`;
        const seen = new Set(actionsOfRange === key ? actions.value : []);
        for (const r of rows) seen.add(r.action);
        if (only !== null) seen.add(only);
        actionsOfRange = key;
        batch(() => { entries.value = rows; actions.value = [...seen].sort(); problem.value = null; });
      } catch (e) {
        problem.value = deps.failure(e);
      }
    },
  };
}
