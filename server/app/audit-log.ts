/** The audit log as supervisors read it: who changed what and when, filtered by hall-local days. */
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../../common/hall-time.js';
import type { AuditEntry } from '../../contract/routes-admin.js';
import type { AuditRow } from '../db/audit-repo.js';
import type { HallServices } from './context.js';
import { checkedRange } from './reports.js';
import { hallOf } from './views.js';

export type AuditEntryDto = Static<typeof AuditEntry>;
export interface AuditQuery { from?: string; to?: string; action?: string; limit?: number }

const DAY = 86_400_000;
const DEFAULT_LIMIT = 200;

function entryOf(r: AuditRow): AuditEntryDto {
  let detail: unknown = null;
  try {
    detail = r.detail === null ? null : JSON.parse(r.detail);
  } catch {
    // Written by this server as JSON; should an old row not be, show it as text rather than fail the page.
    detail = r.detail;
  }
  return { at: new Date(r.at).toISOString(), actorName: r.actorName, action: r.action, detail };
}

/**
 * Newest first. The database is asked for a day more on each side of the range (no zone is more
 * than 14 hours off UTC) and each row is then kept by its hall-local day.
 */
export function auditLog(s: HallServices, q: AuditQuery): AuditEntryDto[] {
  const limit = q.limit ?? DEFAULT_LIMIT;
  const dated = q.from !== undefined || q.to !== undefined;
  // One bound alone is checked against itself: a real date either way.
  if (dated) checkedRange(q.from ?? q.to ?? '', q.to ?? q.from ?? '');
  const rows = s.audit.between(s.hallId, {
    from: q.from === undefined ? 0 : Date.parse(`${q.from}T00:00:00Z`) - DAY,
    to: q.to === undefined ? Number.MAX_SAFE_INTEGER : Date.parse(`${q.to}T00:00:00Z`) + 2 * DAY,
    ...(q.action === undefined ? {} : { action: q.action }),
    ...(dated ? {} : { limit }),
  });
  if (!dated) return rows.map(entryOf);
  const tz = hallOf(s).timeZone;
  const inRange = (at: number) => { const d = hallDate(at, tz); return (q.from === undefined || d >= q.from) && (q.to === undefined || d <= q.to); };
  return rows.filter((r) => inRange(r.at)).slice(0, limit).map(entryOf);
}
