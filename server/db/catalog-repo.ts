import { asc, eq, sql } from 'drizzle-orm';
import type { CatalogDto, FaqDto, HallDto, MatterDto, QueueDto } from '../../contract/dto.js';
import type { Db } from './client.js';
import { parseJson } from './json.js';
import { departments, halls, materials, matters, queues } from './schema.js';

export type HallRow = typeof halls.$inferSelect;
export type QueueRow = typeof queues.$inferSelect;
export type MatterRow = typeof matters.$inferSelect;

export function toHallDto(h: HallRow): HallDto {
  return { id: h.id, name: h.name, nameEn: h.nameEn, timeZone: h.timeZone, notice: h.notice };
}

export function toQueueDto(q: QueueRow): QueueDto {
  return { id: q.id, name: q.name, nameEn: q.nameEn, prefix: q.prefix, kind: q.kind, open: q.open };
}

export function catalogRepo(db: Db) {
  const hallById = db.select().from(halls).where(eq(halls.id, sql.placeholder('id'))).prepare();
  const queueById = db.select().from(queues).where(eq(queues.id, sql.placeholder('id'))).prepare();
  const matterById = db.select().from(matters).where(eq(matters.id, sql.placeholder('id'))).prepare();
  const bump = db.update(halls).set({ version: sql`${halls.version} + ${sql.placeholder('by')}` })
    .where(eq(halls.id, sql.placeholder('hallId'))).returning({ version: halls.version }).prepare();

  function materialsOf(matterId?: string) {
    const q = db.select().from(materials).orderBy(asc(materials.matterId), asc(materials.seq));
    return matterId === undefined ? q.all() : q.where(eq(materials.matterId, matterId)).all();
  }

  function toMatterDto(m: MatterRow, mats: (typeof materials.$inferSelect)[]): MatterDto {
    return {
      id: m.id, name: m.name, nameEn: m.nameEn, departmentId: m.departmentId, queueId: m.queueId,
      promisedDays: m.promisedDays, onTheSpot: m.onTheSpot,
      keywords: parseJson<string[]>(m.keywords), faq: parseJson<FaqDto[]>(m.faq),
      materials: mats.map((x) => ({ name: x.name, nameEn: x.nameEn, copies: x.copies, form: x.form, notes: x.notes, notesEn: x.notesEn, required: x.required })),
    };
  }

  return {
    hall: (id: string): HallRow | undefined => hallById.get({ id }),
    firstHall: (): HallRow | undefined => db.select().from(halls).limit(1).get(),
    queue: (id: string): QueueRow | undefined => queueById.get({ id }),
    matter: (id: string): MatterRow | undefined => matterById.get({ id }),
    queuesOf: (hallId: string): QueueRow[] => db.select().from(queues).where(eq(queues.hallId, hallId)).orderBy(asc(queues.sort)).all(),
    matterDto(id: string): MatterDto | null {
      const m = matterById.get({ id });
      return m ? toMatterDto(m, materialsOf(id)) : null;
    },
    catalog(hall: HallRow): CatalogDto {
      const mats = new Map<string, (typeof materials.$inferSelect)[]>();
      for (const x of materialsOf()) mats.set(x.matterId, [...(mats.get(x.matterId) ?? []), x]);
      const qs = db.select().from(queues).where(eq(queues.hallId, hall.id)).orderBy(asc(queues.sort)).all();
      const queueIds = new Set(qs.map((q) => q.id));
      return {
        hall: toHallDto(hall),
        departments: db.select().from(departments).all().map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn, lowVolume: d.lowVolume, group: d.group })),
        queues: qs.map(toQueueDto) satisfies QueueDto[],
        matters: db.select().from(matters).orderBy(asc(matters.sort)).all()
          .filter((m) => queueIds.has(m.queueId))
          .map((m) => toMatterDto(m, mats.get(m.id) ?? [])),
      };
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
