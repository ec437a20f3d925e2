/** The hall data file (demo-hall.json's format, see seed-data/FORMAT.md): its schema and its checks. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Material, S } from '../../contract/schemas.js';

const Str = Type.String({ minLength: 1 });
const Faq = Type.Object({ q: Str, a: Str, qEn: Str, aEn: Str });
export const HallFile = Type.Object({
  hall: Type.Object({ id: Str, name: Str, nameEn: Str, timeZone: Str, notice: Type.String(), code: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2,8}$' })) }),
  departments: Type.Array(Type.Object({
    id: Str, name: Str, nameEn: Str, lowVolume: Type.Boolean(),
    group: Type.Union([Type.Literal('livelihood'), Type.Literal('construction'), Type.Null()]),
  })),
  queues: Type.Array(Type.Object({
    id: Str, name: Str, nameEn: Str, prefix: Type.String({ pattern: '^[A-HJ-NP-Z]$' }),
    kind: S.QueueKind, defaultServiceMinutes: Type.Number({ exclusiveMinimum: 0 }),
  })),
  matters: Type.Array(Type.Object({
    id: Str, name: Str, nameEn: Str, departmentId: Str, queueId: Str,
    promisedDays: Type.Integer({ minimum: 0 }), onTheSpot: Type.Boolean(),
    jointDepartmentIds: Type.Optional(Type.Array(Str)),
    keywords: Type.Array(Type.String()), materials: Type.Array(Type.Object({ ...Material.properties, copies: Type.Integer({ minimum: 1 }) })), faq: Type.Array(Faq),
  })),
  windows: Type.Array(Type.Object({
    number: Type.Integer({ minimum: 1 }), name: Str, nameEn: Str,
    queueIds: Type.Array(Str, { minItems: 1 }), overflowQueueIds: Type.Array(Str),
  })),
  clerks: Type.Array(Type.Object({ username: Str, name: Str, staffNo: Str, windowNumber: Type.Integer({ minimum: 1 }) })),
  /** Back-office approvers (后台审批), each deciding for some departments. */
  approvers: Type.Optional(Type.Array(Type.Object({ username: Str, name: Str, staffNo: Str, departmentIds: Type.Array(Str, { minItems: 1 }) }))),
});
export type HallFile = Static<typeof HallFile>;

export const DEMO_HALL_FILE = resolve(import.meta.dirname, 'seed-data/demo-hall.json');

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
  for (const m of data.matters) {
    const dep = deps.get(m.departmentId);
    const queue = queues.get(m.queueId);
    if (!dep) problems.push(`matter ${m.id}: no department ${m.departmentId}`);
    if (!queue) problems.push(`matter ${m.id}: no queue ${m.queueId}`);
    if (dep?.lowVolume && queue && queue.kind !== 'general') problems.push(`matter ${m.id}: low-volume department must route to a general queue`);
    for (const j of m.jointDepartmentIds ?? []) if (!deps.has(j)) problems.push(`matter ${m.id}: no joint department ${j}`);
  }
  for (const a of data.approvers ?? []) for (const d of a.departmentIds) if (!deps.has(d)) problems.push(`approver ${a.username}: no department ${d}`);
  for (const w of data.windows) {
    for (const q of [...w.queueIds, ...w.overflowQueueIds]) if (!queues.has(q)) problems.push(`window ${w.number}: no queue ${q}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data };
}

/** Read and check a hall data file; a broken file fails loudly before anything is written. */
export function readHallFile(file: string): HallFile {
  const checked = checkHallData(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.ok) throw new Error(`${file}:\n  ${checked.problems.join('\n  ')}`);
  return checked.data;
}

