/** The hall data file (demo-hall.json's format, see seed-data/FORMAT.md): its schema and its checks. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { readFileSync } from 'node:fs';
import { Material, S } from '../../contract/schemas.js';
import { spanProblems } from '../../common/roster-spans.js';
import type { materials, matters, queues } from './schema.js';
import { fromRoot } from '../paths.js';

const Str = Type.String({ minLength: 1 });
/** Accounts may have no staff number yet (the admin page makes it optional): an exported file must import again. */
const StaffNo = Type.String();
const Faq = Type.Object({ q: Str, a: Str, qEn: Str, aEn: Str });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$' });
// The file may leave out the newer fields; they take the defaults of the database columns.
const { checkStandard, checkStandardEn, shared, ...materialCore } = Material.properties;
const FileMaterial = Type.Object({
  ...materialCore, copies: Type.Integer({ minimum: 1 }),
  checkStandard: Type.Optional(checkStandard), checkStandardEn: Type.Optional(checkStandardEn), shared: Type.Optional(shared),
});
export const HallFile = Type.Object({
  hall: Type.Object({ id: Str, name: Str, nameEn: Str, timeZone: Str, notice: Type.String(), code: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2,8}$' })) }),
  departments: Type.Array(Type.Object({
    id: Str, name: Str, nameEn: Str, lowVolume: Type.Boolean(),
    group: Type.Union([Type.Literal('livelihood'), Type.Literal('construction'), Type.Null()]),
  })),
  queues: Type.Array(Type.Object({
    id: Str, name: Str, nameEn: Str, prefix: Type.String({ pattern: '^[A-HJ-NP-Z]$' }),
    kind: S.QueueKind, defaultServiceMinutes: Type.Number({ exclusiveMinimum: 0 }),
    dailyCap: Type.Optional(Type.Integer({ minimum: 0 })),
    opensAt: Type.Optional(Type.Union([Clock, Type.Null()])), closesAt: Type.Optional(Type.Union([Clock, Type.Null()])),
    stopIssuingMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
    alertWaitMin: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 480 }), Type.Null()])),
  })),
  matters: Type.Array(Type.Object({
    id: Str, name: Str, nameEn: Str, departmentId: Str, queueId: Str,
    promisedDays: Type.Integer({ minimum: 0 }), onTheSpot: Type.Boolean(),
    jointDepartmentIds: Type.Optional(Type.Array(Str)),
    keywords: Type.Array(Type.String()), materials: Type.Array(FileMaterial), faq: Type.Array(Faq),
    code: Type.Optional(Type.String()), legalBasis: Type.Optional(Type.String()),
    statutoryDays: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    fee: Type.Optional(Type.String()), feeEn: Type.Optional(Type.String()),
    online: Type.Optional(S.OnlineLevel), handledBy: Type.Optional(S.HandledBy),
  })),
  windows: Type.Array(Type.Object({
    number: Type.Integer({ minimum: 1 }), name: Str, nameEn: Str,
    queueIds: Type.Array(Str, { minItems: 1 }), overflowQueueIds: Type.Array(Str),
  })),
  clerks: Type.Array(Type.Object({ username: Str, name: Str, staffNo: StaffNo, windowNumber: Type.Integer({ minimum: 1 }) })),
  /** Back-office approvers (后台审批), each deciding for some departments. */
  approvers: Type.Optional(Type.Array(Type.Object({ username: Str, name: Str, staffNo: StaffNo, departmentIds: Type.Array(Str, { minItems: 1 }) }))),
  /** The week template of the roster (排班): these windows on these weekdays (1 = Mon … 7 = Sun) open these spans; later entries win. */
  roster: Type.Optional(Type.Object({
    week: Type.Array(Type.Object({
      windows: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1 }),
      weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1 }),
      spans: Type.Array(Type.Tuple([Type.String(), Type.String()])),
    })),
  })),
});
export type HallFile = Static<typeof HallFile>;

export const DEMO_HALL_FILE = fromRoot('server/db/seed-data/demo-hall.json');

/** What a matter's references must satisfy: only the parts of it these checks read. */
export type CheckedMatter = Pick<HallFile['matters'][number], 'id' | 'departmentId' | 'queueId' | 'promisedDays' | 'jointDepartmentIds' | 'statutoryDays'>;

/**
 * The per-matter rules, the same for a file and for an admin's edit: its department, queue and
 * joint departments exist, a low-volume department's matters go to a general queue (事项入驻、人不常驻),
 * and the promise never exceeds the statutory limit.
 */
export function matterProblems(
  m: CheckedMatter, deps: ReadonlyMap<string, { lowVolume: boolean }>, queues: ReadonlyMap<string, { kind: string }>,
): string[] {
  const problems: string[] = [];
  const dep = deps.get(m.departmentId);
  const queue = queues.get(m.queueId);
  if (!dep) problems.push(`matter ${m.id}: no department ${m.departmentId}`);
  if (!queue) problems.push(`matter ${m.id}: no queue ${m.queueId}`);
  if (dep?.lowVolume && queue && queue.kind !== 'general') problems.push(`matter ${m.id}: low-volume department must route to a general queue`);
  for (const j of m.jointDepartmentIds ?? []) if (!deps.has(j)) problems.push(`matter ${m.id}: no joint department ${j}`);
  if (m.statutoryDays != null && m.promisedDays > m.statutoryDays) {
    problems.push(`matter ${m.id}: promises ${m.promisedDays} working days, more than the statutory ${m.statutoryDays}`);
  }
  return problems;
}

/**
 * Checks a hall data file's content, reporting every problem (shape first, then references), so
 * an import can say all that is wrong at once rather than one thing per attempt.
 */
export function checkHallData(raw: unknown): { ok: true; data: HallFile } | { ok: false; problems: string[] } {
  if (!Value.Check(HallFile, raw)) {
    const problems = [...Value.Errors(HallFile, raw)].slice(0, 200).map((e) => `${e.path || '/'}: ${e.message}`);
    return { ok: false, problems: [...new Set(problems)] };
  }
  const data = raw;
  const problems: string[] = [];
  const deps = new Map(data.departments.map((d) => [d.id, d]));
  const queues = new Map(data.queues.map((q) => [q.id, q]));
  if (new Set(data.queues.map((q) => q.prefix)).size !== data.queues.length) problems.push('queue prefixes repeat');
  if (new Set(data.matters.map((m) => m.id)).size !== data.matters.length) problems.push('matter ids repeat');
  for (const m of data.matters) problems.push(...matterProblems(m, deps, queues));
  for (const a of data.approvers ?? []) for (const d of a.departmentIds) if (!deps.has(d)) problems.push(`approver ${a.username}: no department ${d}`);
  for (const w of data.windows) {
    for (const q of [...w.queueIds, ...w.overflowQueueIds]) if (!queues.has(q)) problems.push(`window ${w.number}: no queue ${q}`);
  }
  problems.push(...rosterFileProblems(data));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data };
}

/** The roster's entries name windows of the file and spans the roster can hold (common/roster-spans.ts). */
function rosterFileProblems(data: HallFile): string[] {
  const numbers = new Set(data.windows.map((w) => w.number));
  return (data.roster?.week ?? []).flatMap((e, i) => [
    ...e.windows.filter((n) => !numbers.has(n)).map((n) => `roster.week[${i}]: no window ${n}`),
    ...spanProblems(e.spans).map((p) => `roster.week[${i}]: ${p}`),
  ]);
}

/** Read and check a hall data file; a broken file fails loudly before anything is written. */
export function readHallFile(file: string): HallFile {
  const checked = checkHallData(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.ok) throw new Error(`${file}:\n  ${checked.problems.join('\n  ')}`);
  return checked.data;
}


type FileMatter = HallFile['matters'][number];
type FileQueue = HallFile['queues'][number];

/** A file's queue as a row (seeding and import), with the columns' defaults where the file is silent. */
export function queueRowOf(q: FileQueue, hallId: string, sort: number): typeof queues.$inferInsert {
  return {
    id: q.id, hallId, name: q.name, nameEn: q.nameEn, prefix: q.prefix, kind: q.kind, defaultServiceMinutes: q.defaultServiceMinutes, sort,
    dailyCap: q.dailyCap ?? 0, opensAt: q.opensAt ?? null, closesAt: q.closesAt ?? null, stopIssuingMin: q.stopIssuingMin ?? 0, alertWaitMin: q.alertWaitMin ?? null,
  };
}

/** A file's matter as a row (seeding and import). */
export function matterRowOf(m: FileMatter, sort: number): typeof matters.$inferInsert {
  return {
    id: m.id, name: m.name, nameEn: m.nameEn, departmentId: m.departmentId, queueId: m.queueId, promisedDays: m.promisedDays, onTheSpot: m.onTheSpot,
    jointDepartmentIds: JSON.stringify(m.jointDepartmentIds ?? []), keywords: JSON.stringify(m.keywords), faq: JSON.stringify(m.faq), sort,
    code: m.code ?? '', legalBasis: m.legalBasis ?? '', statutoryDays: m.statutoryDays ?? null, fee: m.fee ?? '', feeEn: m.feeEn ?? '',
    online: m.online ?? 'none', handledBy: m.handledBy ?? 'city',
  };
}

/** A file's checklist as rows, numbered in the file's order. */
export function materialRowsOf(m: FileMatter): (typeof materials.$inferInsert)[] {
  return m.materials.map((x, seq) => ({
    matterId: m.id, seq, name: x.name, nameEn: x.nameEn, copies: x.copies, form: x.form, notes: x.notes, notesEn: x.notesEn, required: x.required,
    checkStandard: x.checkStandard ?? '', checkStandardEn: x.checkStandardEn ?? '', shared: x.shared ?? false,
  }));
}
