import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { preparedSelect } from './prepared-select.js';
import { departments, halls, materials, matterForms, matters, queues } from './schema.js';

export type HallRow = typeof halls.$inferSelect;
export type QueueRow = typeof queues.$inferSelect;
export type MatterRow = typeof matters.$inferSelect;
export type MaterialRow = typeof materials.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
/** A form's record without its bytes (catalogue listings never carry files). */
export type FormMeta = Omit<typeof matterForms.$inferSelect, 'data'>;

/** The rows the kiosk's catalogue is made of (app/catalog.ts makes the DTO). */
export interface CatalogRows {
  departments: DepartmentRow[];
  queues: QueueRow[];
  /** Matters of the given queues, in display order. */
  matters: MatterRow[];
  /** Checklist lines per matter id, in order. */
  materials: Map<string, MaterialRow[]>;
  /** Uploaded forms per matter id, oldest first. */
  forms: Map<string, FormMeta[]>;
}

export function catalogRepo(db: Db) {
  // Read by every command (prepared-select.ts: without drizzle's row mapping).
  const hallById = preparedSelect<typeof halls, keyof HallRow & string, { id: string }>(db, halls, 'id = @id');
  const queueById = preparedSelect<typeof queues, keyof QueueRow & string, { id: string }>(db, queues, 'id = @id');
  const queuesOfHall = preparedSelect<typeof queues, keyof QueueRow & string, { hallId: string }>(db, queues, 'hall_id = @hallId ORDER BY sort');
  const matterById = db.select().from(matters).where(eq(matters.id, sql.placeholder('id'))).prepare();
  const bump = db.update(halls).set({ version: sql`${halls.version} + ${sql.placeholder('by')}` })
    .where(eq(halls.id, sql.placeholder('hallId'))).returning({ version: halls.version }).prepare();

  function materialsOf(matterId?: string): MaterialRow[] {
    const q = db.select().from(materials).orderBy(asc(materials.matterId), asc(materials.seq));
    return matterId === undefined ? q.all() : q.where(eq(materials.matterId, matterId)).all();
  }

  const { data: _bytes, ...formColumns } = getTableColumns(matterForms);
  function formsOf(matterId?: string): FormMeta[] {
    const q = db.select(formColumns).from(matterForms).orderBy(asc(matterForms.uploadedAt), asc(matterForms.id));
    return matterId === undefined ? q.all() : q.where(eq(matterForms.matterId, matterId)).all();
  }

  const queuesOf = (hallId: string): QueueRow[] => queuesOfHall.all({ hallId });

  return {
    hall: (id: string): HallRow | undefined => hallById.get({ id }),
    firstHall: (): HallRow | undefined => db.select().from(halls).limit(1).get(),
    queue: (id: string): QueueRow | undefined => queueById.get({ id }),
    matter: (id: string): MatterRow | undefined => matterById.get({ id }),
    department: (id: string): DepartmentRow | undefined => db.select().from(departments).where(eq(departments.id, id)).get(),
    queuesOf,
    /** A matter with its checklist, or undefined when there is no such matter. */
    matterWithMaterials(id: string): { matter: MatterRow; materials: MaterialRow[]; forms: FormMeta[] } | undefined {
      const matter = matterById.get({ id });
      return matter ? { matter, materials: materialsOf(id), forms: formsOf(id) } : undefined;
    },
    catalogOf(hallId: string): CatalogRows {
      const grouped = new Map<string, MaterialRow[]>();
      for (const x of materialsOf()) grouped.set(x.matterId, [...(grouped.get(x.matterId) ?? []), x]);
      const forms = new Map<string, FormMeta[]>();
      for (const f of formsOf()) forms.set(f.matterId, [...(forms.get(f.matterId) ?? []), f]);
      const qs = queuesOf(hallId);
      const queueIds = new Set(qs.map((q) => q.id));
      return {
        departments: db.select().from(departments).all(),
        queues: qs,
        matters: db.select().from(matters).orderBy(asc(matters.sort)).all().filter((m) => queueIds.has(m.queueId)),
        materials: grouped,
        forms,
      };
    },
    /** Writes a department, queue or matter as given, new or existing (catalogue import). */
    upsertDepartment(row: typeof departments.$inferInsert): void {
      db.insert(departments).values(row).onConflictDoUpdate({ target: departments.id, set: row }).run();
    },
    upsertQueue(row: typeof queues.$inferInsert): void {
      db.insert(queues).values(row).onConflictDoUpdate({ target: queues.id, set: row }).run();
    },
    upsertMatter(row: typeof matters.$inferInsert): void {
      db.insert(matters).values(row).onConflictDoUpdate({ target: matters.id, set: row }).run();
    },
    replaceMaterials(matterId: string, rows: (typeof materials.$inferInsert)[]): void {
      db.delete(materials).where(eq(materials.matterId, matterId)).run();
      if (rows.length > 0) db.insert(materials).values(rows).run();
    },
    updateHall(id: string, set: Partial<Omit<HallRow, 'id' | 'version'>>): void {
      db.update(halls).set(set).where(eq(halls.id, id)).run();
    },
    /** Every published change bumps the hall version by the number of its events. */
    bumpVersion(hallId: string, by: number): number {
      const row = bump.get({ by, hallId });
      if (!row) throw new Error(`no hall ${hallId}`);
      return row.version;
    },
  };
}

export type CatalogRepo = ReturnType<typeof catalogRepo>;
