import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { RectificationStatus } from '../../contract/constants.js';
import type { Db } from './client.js';
import { preparedInsert } from './prepared-insert.js';
import { complaints, ratingInvites, ratings, rectifications, rectificationSteps } from './schema.js';

export type RatingRow = typeof ratings.$inferSelect;
export type RatingInviteRow = typeof ratingInvites.$inferSelect;
export type ComplaintRow = typeof complaints.$inferSelect;
export type RectificationRow = typeof rectifications.$inferSelect;
export type RectificationStepRow = typeof rectificationSteps.$inferSelect;

/** Ratings, the pads' invitations, complaints and their follow-up items. */
export function ratingsRepo(db: Db) {
  // Every finished service replaces its window's invitation: prepared once.
  const dropInvitesOfWindow = db.$client.prepare<{ windowId: number }>('DELETE FROM rating_invites WHERE window_id = @windowId');
  const insertInvite = preparedInsert(db, ratingInvites);
  return {
    insertRating: (row: Omit<RatingRow, 'id'>): RatingRow => db.insert(ratings).values(row).returning().get(),
    ratingOfTicket: (ticketId: string): RatingRow | undefined => db.select().from(ratings).where(eq(ratings.ticketId, ticketId)).get(),
    ratingOfCase: (caseId: string): RatingRow | undefined => db.select().from(ratings).where(eq(ratings.caseId, caseId)).get(),
    rating: (id: number): RatingRow | undefined => db.select().from(ratings).where(eq(ratings.id, id)).get(),
    annulRating(id: number, at: number): void {
      db.update(ratings).set({ annulledAt: at }).where(eq(ratings.id, id)).run();
    },
    /** A clerk's ratings given since `since` (ms), newest first. */
    ratingsOfClerk: (clerkId: number, serviceDay: string): RatingRow[] =>
      db.select().from(ratings).where(and(eq(ratings.clerkId, clerkId), eq(ratings.serviceDay, serviceDay))).orderBy(desc(ratings.at)).all(),
    /** A window has one open invitation: the service it finished last. */
    replaceInvite(row: RatingInviteRow): void {
      dropInvitesOfWindow.run({ windowId: row.windowId });
      insertInvite(row);
    },
    invite: (token: string): RatingInviteRow | undefined => db.select().from(ratingInvites).where(eq(ratingInvites.token, token)).get(),
    inviteOfWindow: (windowId: number, since: number): RatingInviteRow | undefined =>
      db.select().from(ratingInvites).where(and(eq(ratingInvites.windowId, windowId), gte(ratingInvites.createdAt, since))).get(),
    dropInvitesOfTicket(ticketId: string): RatingInviteRow[] {
      return db.delete(ratingInvites).where(eq(ratingInvites.ticketId, ticketId)).returning().all();
    },
    insertComplaint: (row: Omit<ComplaintRow, 'id'>): ComplaintRow => db.insert(complaints).values(row).returning().get(),
    complaint: (id: number): ComplaintRow | undefined => db.select().from(complaints).where(eq(complaints.id, id)).get(),
    insertItem: (row: Omit<RectificationRow, 'id'>): RectificationRow => db.insert(rectifications).values(row).returning().get(),
    item: (id: number): RectificationRow | undefined => db.select().from(rectifications).where(eq(rectifications.id, id)).get(),
    updateItem(id: number, changes: Partial<Omit<RectificationRow, 'id'>>): void {
      db.update(rectifications).set(changes).where(eq(rectifications.id, id)).run();
    },
    /** Items of the hall, optionally of some departments (null in the list: the service office), due first. */
    items(hallId: string, statuses: readonly RectificationStatus[], departments?: readonly string[]): RectificationRow[] {
      const conditions = [eq(rectifications.hallId, hallId)];
      if (statuses.length > 0) conditions.push(inArray(rectifications.status, [...statuses]));
      if (departments) conditions.push(departments.length === 0 ? sql`0` : inArray(rectifications.departmentId, [...departments]));
      return db.select().from(rectifications).where(and(...conditions)).orderBy(asc(rectifications.dueDay), asc(rectifications.id)).all();
    },
    addStep: (row: Omit<RectificationStepRow, 'id'>): void => {
      db.insert(rectificationSteps).values(row).run();
    },
    steps: (itemId: number): RectificationStepRow[] =>
      db.select().from(rectificationSteps).where(eq(rectificationSteps.itemId, itemId)).orderBy(asc(rectificationSteps.id)).all(),
  };
}

export type RatingsRepo = ReturnType<typeof ratingsRepo>;
