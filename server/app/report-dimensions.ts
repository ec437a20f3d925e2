/** Reports per department, matter, window or clerk, and the cases report (数据监测). */
import type { Static } from '@sinclair/typebox';
import { hallClockParts } from '../../common/hall-time.js';
import type { CaseReportRow, DimensionReportRow, REPORT_DIMENSIONS } from '../../contract/routes-supervision.js';
import { BEFORE_DECISION, FINAL_STATUSES } from '../domain/case.js';
import { queueFigures } from '../domain/report.js';
import type { HallServices } from './context.js';
import { caseSummaries } from './case-views.js';
import type { GroupedFact } from '../db/supervision-repo.js';
import { checkedRange, factsOf } from './reports.js';
import { hallOf } from './views.js';

export type Dimension = (typeof REPORT_DIMENSIONS)[number];
export type DimensionReportRowDto = Static<typeof DimensionReportRow>;
export type CaseReportRowDto = Static<typeof CaseReportRow>;

/** Which group a ticket counts in, and the group's name; null keeps it out (a queue ticket has no matter). */
function grouping(s: HallServices, dimension: Dimension): { key: (f: GroupedFact) => string | null; name: (key: string) => string } {
  switch (dimension) {
    case 'matter':
      return { key: (f) => f.matterId, name: (k) => s.catalog.matter(k)?.name ?? k };
    case 'department':
      return { key: (f) => (f.matterId === null ? null : s.catalog.matter(f.matterId)?.departmentId ?? null), name: (k) => s.catalog.department(k)?.name ?? k };
    case 'window':
      return { key: (f) => (f.windowId === null ? null : String(f.windowId)), name: (k) => s.windows.get(Number(k))?.name ?? k };
    case 'hall':
      return { key: () => 'hall', name: () => hallOf(s).name };
    case 'clerk':
      return { key: (f) => (f.clerkId === null ? null : String(f.clerkId)), name: (k) => { const u = s.auth.user(Number(k)); return u ? `${u.name} ${u.staffNo}` : k; } };
  }
}

export function dimensionReport(s: HallServices, dimension: Dimension, from: string, to: string, by: 'total' | 'day' | 'hour' = 'total'): DimensionReportRowDto[] {
  checkedRange(from, to);
  const tz = hallOf(s).timeZone;
  const g = grouping(s, dimension);
  const periodOf = (f: GroupedFact): string | null => (by === 'day' ? f.serviceDay : by === 'hour' ? hallClockParts(f.issuedAt, tz).hour : null);
  const groups = new Map<string, { key: string; period: string | null; facts: GroupedFact[] }>();
  for (const f of factsOf(s, from, to)) {
    const key = g.key(f);
    if (key === null) continue;
    const period = periodOf(f);
    const id = `${key}\u0000${period ?? ''}`;
    const group = groups.get(id) ?? { key, period, facts: [] };
    group.facts.push(f);
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.key.localeCompare(b.key) || (a.period ?? '').localeCompare(b.period ?? ''))
    .map((x) => ({ key: x.key, name: g.name(x.key), period: x.period, ...queueFigures(x.facts, x.facts) }));
}

/** Cases accepted in the range, per department and matter of the case. */
export function caseReport(s: HallServices, from: string, to: string): CaseReportRowDto[] {
  checkedRange(from, to);
  const rows = s.cases.list(s.hallId, [], 100_000).filter((c) => c.acceptedDay >= from && c.acceptedDay <= to);
  const summaries = new Map(caseSummaries(s, rows).map((c) => [c.number, c]));
  const out = new Map<string, CaseReportRowDto>();
  for (const c of rows) {
    const matter = s.catalog.matter(c.matterId);
    const departmentId = matter?.departmentId ?? '';
    const id = `${departmentId}/${c.matterId}`;
    const row = out.get(id) ?? {
      departmentId, departmentName: s.catalog.department(departmentId)?.name ?? departmentId, matterId: c.matterId, matterName: matter?.name ?? c.matterId,
      received: 0, decided: 0, decidedInTime: 0, overdueOpen: 0, supplementRequests: 0, withdrawn: 0,
    };
    const summary = summaries.get(c.number);
    const decided = !BEFORE_DECISION.includes(c.status) && c.status !== 'withdrawn';
    row.received += 1;
    if (decided) row.decided += 1;
    if (decided && summary?.urgency === 'closed') row.decidedInTime += 1;
    if (!decided && !FINAL_STATUSES.includes(c.status) && summary?.urgency === 'overdue') row.overdueOpen += 1;
    if (c.status === 'withdrawn') row.withdrawn += 1;
    row.supplementRequests += s.cases.events(c.id).filter((e) => e.type === 'supplement-requested').length;
    out.set(id, row);
  }
  return [...out.values()].sort((a, b) => a.departmentId.localeCompare(b.departmentId) || a.matterId.localeCompare(b.matterId));
}
