/**
 * 队列 Queues: one row per queue with what an administrator sets (hours, stop margin, wait alert, cap,
 * service time, open), saved row by row, sending only what changed. There is no GET of a queue's
 * settings: they come from the catalogue export (supervisors may read it), `open` from the catalogue.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import type { QueueChange } from '../contract/routes-catalog-admin.js';
import type { ApiClient } from '../ui/http.js';
import { ADMIN_ONLY, problemLines } from './matters-messages.js';

export type QueueChangeBody = Static<typeof QueueChange>;

/** What a row shows and edits. */
export interface QueueRowValues {
  name: string; nameEn: string; prefix: string;
  opensAt: string | null; closesAt: string | null; stopIssuingMin: number; alertWaitMin: number | null;
  dailyCap: number; defaultServiceMinutes: number; open: boolean;
}
export type QueueRowKey = keyof QueueRowValues;

export interface QueueRowState {
  id: string;
  saved: QueueRowValues;
  draft: QueueRowValues;
  busy: boolean;
  problems: readonly string[] | null;
  done: boolean;
}

export interface QueuesEditor {
  rows: ReadonlySignal<readonly QueueRowState[] | null>;
  problem: ReadonlySignal<string | null>;
  load(): Promise<void>;
  edit<K extends QueueRowKey>(id: string, key: K, value: QueueRowValues[K]): void;
  changes(id: string): QueueChangeBody;
  save(id: string): Promise<boolean>;
}

const KEYS = ['name', 'nameEn', 'prefix', 'opensAt', 'closesAt', 'stopIssuingMin', 'alertWaitMin', 'dailyCap', 'defaultServiceMinutes', 'open'] as const satisfies readonly QueueRowKey[];

/** The export's queue entries, read defensively: the route answers the file format as `unknown`. */
function exportedQueues(file: unknown): Map<string, Record<string, unknown>> {
  const queues = typeof file === 'object' && file !== null && 'queues' in file && Array.isArray(file.queues) ? file.queues : [];
  const out = new Map<string, Record<string, unknown>>();
  for (const q of queues) {
    if (typeof q === 'object' && q !== null && 'id' in q && typeof q.id === 'string') out.set(q.id, { ...q });
  }
  return out;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown, otherwise: number): number => (typeof v === 'number' ? v : otherwise);

export function changesOfRow(saved: QueueRowValues, draft: QueueRowValues): QueueChangeBody {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (saved[k] !== draft[k]) out[k] = draft[k];
  // The keys above are QueueChange's own fields, with its value types.
  return out satisfies Record<string, unknown> as QueueChangeBody;
}

export function createQueuesEditor(deps: { request: ApiClient; failure: (e: unknown) => string; mayChange: () => boolean }): QueuesEditor {
  const rows = signal<readonly QueueRowState[] | null>(null);
  const problem = signal<string | null>(null);
  const update = (id: string, f: (r: QueueRowState) => QueueRowState) => {
    rows.value = (rows.value ?? []).map((r) => (r.id === id ? f(r) : r));
  };
  const rowOf = (id: string) => rows.value?.find((r) => r.id === id);

  return {
    rows, problem,
    async load() {
      try {
        const [catalog, file] = await Promise.all([deps.request('GET /api/catalog', {}), deps.request('GET /api/catalog/export', {})]);
        const settings = exportedQueues(file);
        rows.value = catalog.queues.map((q) => {
          const x = settings.get(q.id) ?? {};
          const values: QueueRowValues = {
            name: q.name, nameEn: q.nameEn, prefix: q.prefix, open: q.open,
            opensAt: text(x.opensAt), closesAt: text(x.closesAt), stopIssuingMin: num(x.stopIssuingMin, 0),
            alertWaitMin: typeof x.alertWaitMin === 'number' ? x.alertWaitMin : null,
            dailyCap: num(x.dailyCap, 0), defaultServiceMinutes: num(x.defaultServiceMinutes, 10),
          };
          return { id: q.id, saved: values, draft: values, busy: false, problems: null, done: false };
        });
        problem.value = null;
      } catch (e) {
        problem.value = problemLines(e, deps.failure).join(' · ');
      }
    },
    edit(id, key, value) { update(id, (r) => ({ ...r, draft: { ...r.draft, [key]: value }, done: false })); },
    changes(id) {
      const r = rowOf(id);
      return r ? changesOfRow(r.saved, r.draft) : {};
    },
    async save(id) {
      const r = rowOf(id);
      if (!r || r.busy) return false;
      if (!deps.mayChange()) {
        update(id, (x) => ({ ...x, problems: [ADMIN_ONLY] }));
        return false;
      }
      const body = changesOfRow(r.saved, r.draft);
      if (Object.keys(body).length === 0) return false;
      update(id, (x) => ({ ...x, busy: true }));
      try {
        const q = await deps.request('POST /api/queues/:id', { params: { id }, body });
        const values: QueueRowValues = {
          name: q.name, nameEn: q.nameEn, prefix: q.prefix, open: q.open, opensAt: q.opensAt, closesAt: q.closesAt,
          stopIssuingMin: q.stopIssuingMin, alertWaitMin: q.alertWaitMin, dailyCap: q.dailyCap, defaultServiceMinutes: q.defaultServiceMinutes,
        };
        update(id, (x) => ({ ...x, saved: values, draft: values, busy: false, problems: null, done: true }));
        return true;
      } catch (e) {
        update(id, (x) => ({ ...x, busy: false, problems: problemLines(e, deps.failure), done: false }));
        return false;
      }
    },
  };
}
