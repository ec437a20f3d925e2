/**
 * The plan's coverage measures per department over a year: how much of its work goes through
 * the comprehensive (undifferentiated) windows, and its case volume against the 250-a-year line
 * below which its matters should be accepted there without its own staff (事项入驻、人不常驻).
 */
import type { Static } from '@sinclair/typebox';
import type { CoverageRow } from '../../contract/routes-supervision.js';
import type { HallServices } from './context.js';

export type CoverageRowDto = Static<typeof CoverageRow>;
export const LOW_VOLUME_CASES_A_YEAR = 250;

export function coverage(s: HallServices, year: number): CoverageRowDto[] {
  const range = { hallId: s.hallId, from: `${year}-01-01`, to: `${year}-12-31` };
  const rows = s.catalog.catalogOf(s.hallId);
  const queueKind = new Map(rows.queues.map((q) => [q.id, q.kind]));
  const served = s.supervision.servedByDepartment(range);
  const cases = s.supervision.casesByMonth(range);
  return rows.departments.map((d) => {
    const matters = rows.matters.filter((m) => m.departmentId === d.id);
    const mine = served.filter((x) => x.departmentId === d.id);
    const byMonth = Array.from({ length: 12 }, (_, i) => cases.find((c) => c.departmentId === d.id && Number(c.month) === i + 1)?.n ?? 0);
    const total = byMonth.reduce((a, b) => a + b, 0);
    const peak = Math.max(...byMonth);
    return {
      departmentId: d.id, departmentName: d.name, lowVolume: d.lowVolume, matters: matters.length,
      mattersAtComprehensiveWindows: matters.filter((m) => queueKind.get(m.queueId) === 'general').length,
      served: mine.reduce((a, x) => a + x.n, 0), servedAtComprehensiveWindows: mine.filter((x) => x.kind === 'general').reduce((a, x) => a + x.n, 0),
      cases: total, casesByMonth: byMonth, peakMonth: total === 0 ? null : byMonth.indexOf(peak) + 1,
      belowThreshold: total < LOW_VOLUME_CASES_A_YEAR,
    };
  });
}
