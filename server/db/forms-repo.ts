/** Sample and blank forms (样本样表) of matters: the files themselves and their records. */
import { and, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from './client.js';
import { matterForms } from './schema.js';

export type FormRow = typeof matterForms.$inferSelect;

export function formsRepo(db: Db) {
  return {
    /** The form with its bytes (serving it). */
    get: (id: string): FormRow | undefined => db.select().from(matterForms).where(eq(matterForms.id, id)).get(),
    insert(row: FormRow): void {
      db.insert(matterForms).values(row).run();
    },
    remove(id: string): void {
      db.delete(matterForms).where(eq(matterForms.id, id)).run();
    },
    /** Forms of checklist lines at or past `length` (a shortened checklist) become matter-wide; answers their ids. */
    detachPast(matterId: string, length: number): string[] {
      return db.update(matterForms).set({ materialSeq: null })
        .where(and(eq(matterForms.matterId, matterId), isNotNull(matterForms.materialSeq), gte(matterForms.materialSeq, length)))
        .returning({ id: matterForms.id }).all().map((r) => r.id);
    },
  };
}

export type FormsRepo = ReturnType<typeof formsRepo>;
