/** 考核: every clerk's staff sheet over a date range (default this month so far), and entering this month's 部门评价. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../common/hall-time.js';
import type { StaffSheet } from '../contract/routes-supervision.js';
import type { ApiClient } from '../ui/http.js';
import type { AdminPageState } from './page-state.js';

export type StaffSheetDto = Static<typeof StaffSheet>;

export interface Assessment {
  sheetFrom: ReadonlySignal<string>;
  sheetTo: ReadonlySignal<string>;
  sheets: ReadonlySignal<StaffSheetDto[] | null>;
  /** The clerk whose facts are shown under their row. */
  expanded: ReadonlySignal<number | null>;
  sheetProblem: ReadonlySignal<string | null>;
  loadSheets(range?: { from?: string; to?: string }): Promise<void>;
  toggleSheet(clerkId: number): void;
  /** This month (in the hall's time zone), the month an evaluation is entered for. */
  evaluationMonth(): string;
  /** Posts this month's 部门评价 of the clerk, then reads the sheets again; false (with the problem shown) when refused. */
  evaluate(clerkId: number, score: number, comment: string): Promise<boolean>;
  resetSheets(): void;
}

export interface AssessmentDeps {
  s: AdminPageState;
  request: ApiClient;
  now: () => number;
  failure: (e: unknown) => string;
}

export function createAssessment({ s, request, now, failure }: AssessmentDeps): Assessment {
  const today = () => hallDate(now(), s.catalog.value?.hall.timeZone ?? 'Asia/Shanghai');
  const sheetFrom = signal('');
  const sheetTo = signal('');
  const sheets = signal<StaffSheetDto[] | null>(null);
  const expanded = signal<number | null>(null);
  const sheetProblem = signal<string | null>(null);
  const evaluationMonth = () => today().slice(0, 7);

  async function loadSheets(range: { from?: string; to?: string } = {}): Promise<void> {
    sheetFrom.value = range.from ?? (sheetFrom.value || `${evaluationMonth()}-01`);
    sheetTo.value = range.to ?? (sheetTo.value || today());
    if (sheetFrom.value > sheetTo.value) {
      sheetProblem.value = '开始日期晚于结束日期 · The start is after the end';
      return;
    }
    s.busy.value = 'staff';
    try {
      sheets.value = await request('GET /api/assessment', { query: { from: sheetFrom.value, to: sheetTo.value } });
      sheetProblem.value = null;
    } catch (e) {
      sheetProblem.value = failure(e);
    } finally {
      if (s.busy.value === 'staff') s.busy.value = null;
    }
  }

  async function evaluate(clerkId: number, score: number, comment: string): Promise<boolean> {
    if (!Number.isInteger(score) || score < 0 || score > 100) {
      sheetProblem.value = '评分须为 0–100 的整数 · The score is a whole number from 0 to 100';
      return false;
    }
    s.busy.value = 'evaluation';
    try {
      await request('POST /api/assessment/evaluations', { body: { clerkId, month: evaluationMonth(), score, comment: comment.trim() } });
      sheetProblem.value = null;
    } catch (e) {
      sheetProblem.value = failure(e);
      return false;
    } finally {
      if (s.busy.value === 'evaluation') s.busy.value = null;
    }
    await loadSheets();
    return true;
  }

  return {
    sheetFrom, sheetTo, sheets, expanded, sheetProblem, loadSheets, evaluationMonth, evaluate,
    toggleSheet(clerkId) { expanded.value = expanded.value === clerkId ? null : clerkId; },
    resetSheets() { sheetFrom.value = ''; sheetTo.value = ''; sheets.value = null; expanded.value = null; sheetProblem.value = null; },
  };
}
