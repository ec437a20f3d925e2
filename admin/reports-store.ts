/**
 * 报表: the report over a date range (default today in the hall's time zone) per queue, department,
 * matter, window or clerk, in total or by day or hour; the cases (办件) table of the same range; the CSV link.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../common/hall-time.js';
import type { CaseReportRow, CoverageRow, DimensionReportRow, OccupancyRow, QueueReportRow, REPORT_DIMENSIONS } from '../contract/routes-supervision.js';
import type { ApiClient } from '../ui/http.js';
import type { AdminPageState } from './page-state.js';

export type QueueReportRowDto = Static<typeof QueueReportRow>;
export type DimensionReportRowDto = Static<typeof DimensionReportRow>;
export type CaseReportRowDto = Static<typeof CaseReportRow>;
export type OccupancyRowDto = Static<typeof OccupancyRow>;
export type CoverageRowDto = Static<typeof CoverageRow>;

/** What the charts draw for the range: the whole hall by hour and by day, and each window's occupancy. */
export interface Overview {
  hours: DimensionReportRowDto[];
  days: DimensionReportRowDto[];
  occupancy: OccupancyRowDto[];
}
/** The figures every report row has, whatever it is per. */
export type ReportFigures = Omit<QueueReportRowDto, 'queueId' | 'queueName'>;
/** 按: what one row is about. */
export type ReportDimension = 'queue' | (typeof REPORT_DIMENSIONS)[number];
/** 粒度: the whole range, or one row per day or hour. */
export type ReportGrain = 'total' | 'day' | 'hour';

export interface ReportQuery { from?: string; to?: string; dimension?: ReportDimension; grain?: ReportGrain }

export interface Reports {
  from: ReadonlySignal<string>;
  to: ReadonlySignal<string>;
  dimension: ReadonlySignal<ReportDimension>;
  grain: ReadonlySignal<ReportGrain>;
  /** The per-queue rows (dimension 'queue'). */
  rows: ReadonlySignal<QueueReportRowDto[] | null>;
  /** The rows of any other dimension, for the grain shown. */
  byRows: ReadonlySignal<DimensionReportRowDto[] | null>;
  cases: ReadonlySignal<CaseReportRowDto[] | null>;
  overview: ReadonlySignal<Overview | null>;
  /** 综窗覆盖: the year shown and its rows (read on demand: a year of cases is the heaviest report). */
  coverageYear: ReadonlySignal<number | null>;
  coverage: ReadonlySignal<CoverageRowDto[] | null>;
  problem: ReadonlySignal<string | null>;
  /** Sets the range, dimension or grain (what is left out stays as it is) and reads the report and the cases. */
  loadReport(query?: ReportQuery): Promise<void>;
  /** The queue report of the same range as CSV (UTF-8 with BOM): a plain link, the browser downloads it with the session cookie. */
  csvHref(): string;
  /** Reads the coverage of a year (default: the year of the range's end). */
  loadCoverage(year?: number): Promise<void>;
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
  const dimension = signal<ReportDimension>('queue');
  const grain = signal<ReportGrain>('total');
  const rows = signal<QueueReportRowDto[] | null>(null);
  const byRows = signal<DimensionReportRowDto[] | null>(null);
  const cases = signal<CaseReportRowDto[] | null>(null);
  const problem = signal<string | null>(null);
  const overview = signal<Overview | null>(null);
  const coverageYear = signal<number | null>(null);
  const coverage = signal<CoverageRowDto[] | null>(null);

  async function readOverview(range: { from: string; to: string }): Promise<Overview> {
    const [hours, days, occupancy] = await Promise.all([
      request('GET /api/reports/by/:dimension', { params: { dimension: 'hall' }, query: { ...range, by: 'hour' } }),
      request('GET /api/reports/by/:dimension', { params: { dimension: 'hall' }, query: { ...range, by: 'day' } }),
      request('GET /api/reports/occupancy', { query: range }),
    ]);
    return { hours, days, occupancy };
  }

  async function loadCoverage(year?: number): Promise<void> {
    const y = year ?? Number((to.value || today()).slice(0, 4));
    coverageYear.value = y;
    try {
      const rows = await request('GET /api/reports/coverage', { query: { year: y } });
      if (coverageYear.value === y) coverage.value = rows;
      problem.value = null;
    } catch (e) {
      problem.value = failure(e);
    }
  }

  /** Reads the rows of the dimension and grain chosen now; the answer is shown with the cases, together. */
  async function readRows(range: { from: string; to: string }): Promise<() => void> {
    const d = dimension.value;
    const g = grain.value;
    if (d === 'queue') {
      const read = await request('GET /api/reports/queues', { query: range });
      return () => { rows.value = read; };
    }
    const read = await request('GET /api/reports/by/:dimension', { params: { dimension: d }, query: { ...range, by: g } });
    // A slower answer for a dimension or grain no longer chosen is dropped.
    return () => { if (dimension.value === d && grain.value === g) byRows.value = read; };
  }

  async function loadReport(query: ReportQuery = {}): Promise<void> {
    from.value = query.from ?? (from.value || today());
    to.value = query.to ?? (to.value || today());
    if (query.dimension && query.dimension !== dimension.value) { dimension.value = query.dimension; byRows.value = null; }
    if (query.grain && query.grain !== grain.value) { grain.value = query.grain; byRows.value = null; }
    if (from.value > to.value) {
      problem.value = '开始日期晚于结束日期 · The start is after the end';
      return;
    }
    const range = { from: from.value, to: to.value };
    s.busy.value = 'report';
    try {
      const [show, read, charts] = await Promise.all([readRows(range), request('GET /api/reports/cases', { query: range }), readOverview(range)]);
      batch(() => { show(); cases.value = read; overview.value = charts; });
      problem.value = null;
    } catch (e) {
      problem.value = failure(e);
    } finally {
      if (s.busy.value === 'report') s.busy.value = null;
    }
  }

  return {
    from, to, dimension, grain, rows, byRows, cases, overview, coverageYear, coverage, problem, loadReport, loadCoverage,
    csvHref: () => `/api/reports/queues.csv?${new URLSearchParams({ from: from.value || today(), to: to.value || today() }).toString()}`,
    resetReport() {
      from.value = ''; to.value = ''; dimension.value = 'queue'; grain.value = 'total';
      rows.value = null; byRows.value = null; cases.value = null; problem.value = null;
      overview.value = null; coverageYear.value = null; coverage.value = null;
    },
  };
}
