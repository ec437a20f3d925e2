import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { auditLog } from './schema.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAudit = Omit<typeof auditLog.$inferInsert, 'id'>;

/** Acts done with authority beyond a clerk's own window, kept for the hall manager. */
export function auditRepo(db: Db) {
  return {
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
