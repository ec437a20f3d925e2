import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from './client.js';
import { auditLog } from './schema.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAudit = Omit<typeof auditLog.$inferInsert, 'id'>;

/** Acts done with authority beyond a clerk's own window, kept for the hall manager. */
export function auditRepo(db: Db) {
  return {
    /** Rows with `from` ≤ at < `to` (ms), newest first: the supervisor's log. */
    between: (hallId: string, q: { from: number; to: number; action?: string; limit?: number }): AuditRow[] =>
      db.select().from(auditLog)
        .where(and(eq(auditLog.hallId, hallId), gte(auditLog.at, q.from), lt(auditLog.at, q.to), q.action === undefined ? undefined : eq(auditLog.action, q.action)))
        .orderBy(desc(auditLog.at), desc(auditLog.id)).limit(q.limit ?? -1).all(),
    add(row: NewAudit): void {
      db.insert(auditLog).values(row).run();
    },
    recent: (hallId: string, limit: number, action?: string): AuditRow[] =>
      db.select().from(auditLog)
        .where(action === undefined ? eq(auditLog.hallId, hallId) : and(eq(auditLog.hallId, hallId), eq(auditLog.action, action)))
        .orderBy(desc(auditLog.id)).limit(limit).all(),
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
