/** 报表: the per-queue report over a date range (default today in the hall's time zone), and its CSV link. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../common/hall-time.js';
import type { QueueReportRow } from '../contract/routes-supervision.js';
import type { ApiClient } from '../ui/http.js';
import type { AdminPageState } from './page-state.js';

export type QueueReportRowDto = Static<typeof QueueReportRow>;

export interface Reports {
  from: ReadonlySignal<string>;
  to: ReadonlySignal<string>;
  rows: ReadonlySignal<QueueReportRowDto[] | null>;
  problem: ReadonlySignal<string | null>;
  /** Sets the range (either end may be left as it is) and reads the report. */
  loadReport(range?: { from?: string; to?: string }): Promise<void>;
  /** The same range as CSV (UTF-8 with BOM): a plain link, the browser downloads it with the session cookie. */
  csvHref(): string;
  resetReport(): void;
}

export interface ReportsDeps {
  s: AdminPageState;
  request: ApiClient;
  now: () => number;
  failure: (e: unknown) => string;
}

export function createReports({ s, request, now, failure }: ReportsDeps): Reports {
  const today = () => hallDate(now(), s.catalog.value?.hall.timeZone ?? 'Asia/Shanghai');
  const from = signal('');
  const to = signal('');
  const rows = signal<QueueReportRowDto[] | null>(null);
  const problem = signal<string | null>(null);

  async function loadReport(range: { from?: string; to?: string } = {}): Promise<void> {
    from.value = range.from ?? (from.value || today());
    to.value = range.to ?? (to.value || today());
    if (from.value > to.value) {
      problem.value = '开始日期晚于结束日期 · The start is after the end';
      return;
    }
    s.busy.value = 'report';
    try {
      rows.value = await request('GET /api/reports/queues', { query: { from: from.value, to: to.value } });
      problem.value = null;
    } catch (e) {
      problem.value = failure(e);
    } finally {
      if (s.busy.value === 'report') s.busy.value = null;
    }
  }

  return {
    from, to, rows, problem, loadReport,
    csvHref: () => `/api/reports/queues.csv?${new URLSearchParams({ from: from.value || today(), to: to.value || today() }).toString()}`,
    resetReport() { from.value = ''; to.value = ''; rows.value = null; problem.value = null; },
  };
}
