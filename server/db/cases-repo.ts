import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { CaseStatus } from '../../contract/constants.js';
import type { Db } from './client.js';
import { caseEvents, cases, caseSteps, documents, sequences } from './schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseStepRow = typeof caseSteps.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

/** Cases, their approval steps and timeline, and the documents issued at the windows. */
export function casesRepo(db: Db) {
  const bump = db.insert(sequences)
    .values({ name: sql.placeholder('name'), day: sql.placeholder('day'), last: 1 })
    .onConflictDoUpdate({ target: [sequences.name, sequences.day], set: { last: sql`${sequences.last} + 1` } })
    .returning({ last: sequences.last }).prepare();
  const byTicket = db.select().from(cases).where(eq(cases.ticketId, sql.placeholder('ticketId'))).prepare();
  const latestDocOfTicket = db.select().from(documents).where(eq(documents.ticketId, sql.placeholder('ticketId')))
    .orderBy(desc(documents.version), desc(documents.issuedAt)).limit(1).prepare();

  return {
    /** Next number of a daily sequence, in the caller's transaction: never repeats, also after a crash. */
    nextInSequence(name: string, day: string): number {
      const row = bump.get({ name, day });
      if (!row) throw new Error('sequence upsert returned nothing');
      return row.last;
    },
    insert(row: CaseRow): void {
      db.insert(cases).values(row).run();
    },
    update(id: string, changes: Partial<Omit<CaseRow, 'id'>>): void {
      db.update(cases).set(changes).where(eq(cases.id, id)).run();
    },
    get: (id: string): CaseRow | undefined => db.select().from(cases).where(eq(cases.id, id)).get(),
    byNumber: (number: string): CaseRow | undefined => db.select().from(cases).where(eq(cases.number, number)).get(),
    byToken: (token: string): CaseRow | undefined => db.select().from(cases).where(eq(cases.token, token)).get(),
    ofTicket: (ticketId: string): CaseRow | undefined => byTicket.get({ ticketId }),
    /** Cases of the hall in the given statuses (all when empty), oldest due first. */
    list(hallId: string, statuses: readonly CaseStatus[], limit: number): CaseRow[] {
      const where = statuses.length === 0 ? eq(cases.hallId, hallId) : and(eq(cases.hallId, hallId), inArray(cases.status, [...statuses]));
      return db.select().from(cases).where(where).orderBy(asc(cases.dueDay), asc(cases.acceptedAt)).limit(limit).all();
    },
    /** Cases in these statuses whose due day is before `day` (the cases_status index answers it). */
    countDueBefore(hallId: string, statuses: readonly CaseStatus[], day: string): number {
      return db.select({ n: sql<number>`count(*)` }).from(cases)
        .where(and(eq(cases.hallId, hallId), inArray(cases.status, [...statuses]), lt(cases.dueDay, day))).get()?.n ?? 0;
    },
    insertSteps(rows: CaseStepRow[]): void {
      if (rows.length > 0) db.insert(caseSteps).values(rows).run();
    },
    /** In the order they were opened: the lead department first. */
    steps: (caseId: string): CaseStepRow[] => db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(sql`rowid`).all(),
    /** The case ids with a step for one of these departments. */
    caseIdsOfDepartments(departmentIds: readonly string[]): Set<string> {
      if (departmentIds.length === 0) return new Set();
      return new Set(db.select({ id: caseSteps.caseId }).from(caseSteps).where(inArray(caseSteps.departmentId, [...departmentIds])).all().map((r) => r.id));
    },
    saveStep(row: CaseStepRow): void {
      db.update(caseSteps).set(row).where(and(eq(caseSteps.caseId, row.caseId), eq(caseSteps.departmentId, row.departmentId))).run();
    },
    addEvent(row: Omit<CaseEventRow, 'id'>): void {
      db.insert(caseEvents).values(row).run();
    },
    events: (caseId: string): CaseEventRow[] => db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).all(),
    insertDocument(row: DocumentRow): void {
      db.insert(documents).values(row).run();
    },
    document: (id: string): DocumentRow | undefined => db.select().from(documents).where(eq(documents.id, id)).get(),
    documentByNumber: (number: string): DocumentRow | undefined => db.select().from(documents).where(eq(documents.number, number)).get(),
    documentsOfCase: (caseId: string): DocumentRow[] => db.select().from(documents).where(eq(documents.caseId, caseId)).orderBy(asc(documents.issuedAt)).all(),
    documentsOfTicket: (ticketId: string): DocumentRow[] => db.select().from(documents).where(eq(documents.ticketId, ticketId)).orderBy(asc(documents.issuedAt)).all(),
    /** The newest version of the document a ticket's service ended with. */
    latestDocumentOfTicket: (ticketId: string): DocumentRow | undefined => latestDocOfTicket.get({ ticketId }),
    replacementOf: (id: string): DocumentRow | undefined => db.select().from(documents).where(eq(documents.replacesId, id)).get(),
  };
}

export type CasesRepo = ReturnType<typeof casesRepo>;
