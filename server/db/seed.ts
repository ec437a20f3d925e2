import type { Role } from '../../contract/constants.js';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { count } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Material, S } from '../../contract/schemas.js';
import { hashPassword, randomPassword } from '../auth/password.js';
import { seedCalendar } from './calendar-file.js';
import type { Database_ } from './client.js';
import * as t from './schema.js';

const Str = Type.String({ minLength: 1 });
const Faq = Type.Object({ q: Str, a: Str, qEn: Str, aEn: Str });
const HallFile = Type.Object({
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

/** Read and check a hall data file; a broken reference fails loudly before anything is written. */
export function readHallFile(file: string): HallFile {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Value.Check(HallFile, raw)) {
    const first = [...Value.Errors(HallFile, raw)][0];
    throw new Error(`${file}: ${first?.path ?? ''} ${first?.message ?? 'invalid'}`);
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
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return data;
}

/**
 * demo: every account shares the demo password and may use it as is (plus a demo supervisor).
 * production: every account gets its own random password it must change at the first sign-in;
 * clerks get theirs from the administrator (a reset), the administrator's is `adminPassword`
 * or, when that is not given, a random one the caller shows once (`SeedResult`).
 */
export type SeedOptions =
  | { mode?: 'demo'; password: string }
  | { mode: 'production'; adminPassword?: string };

export interface SeedResult {
  /** The administrator's generated password: shown once, never stored in clear. Null when it was given. */
  generatedAdminPassword: string | null;
}

interface Account {
  username: string;
  name: string;
  staffNo: string;
  role: Role;
  defaultWindowId: number | null;
  departmentIds?: string | null;
}

function accountsOf(data: HallFile, mode: 'demo' | 'production'): Account[] {
  const clerks = data.clerks.map((c): Account => ({ username: c.username, name: c.name, staffNo: c.staffNo, role: 'clerk', defaultWindowId: c.windowNumber }));
  // The supervisor comes last so the ids of the admin and the clerks stay what they always were.
  return [
    { username: 'admin', name: '大厅管理员', staffNo: 'ADMIN', role: 'admin', defaultWindowId: null },
    ...clerks,
    ...(mode === 'demo' ? [{ username: 'supervisor', name: '值班主任', staffNo: 'SUP01', role: 'supervisor', defaultWindowId: null } satisfies Account] : []),
    ...(data.approvers ?? []).map((a): Account => ({ username: a.username, name: a.name, staffNo: a.staffNo, role: 'approver', defaultWindowId: null, departmentIds: JSON.stringify(a.departmentIds) })),
  ];
}

/** Account rows with their hashes; the slow hashing happens here, before the seeding transaction. */
async function accountRows(data: HallFile, options: SeedOptions) {
  if (options.mode !== 'production') {
    // Demo accounts share one password, so one hash serves them all and seeding stays fast.
    const passwordHash = await hashPassword(options.password);
    return { rows: accountsOf(data, 'demo').map((a) => ({ ...a, passwordHash, mustChangePassword: false })), generatedAdminPassword: null };
  }
  const adminPassword = options.adminPassword || randomPassword(16);
  const generatedAdminPassword = options.adminPassword ? null : adminPassword;
  // Clerks' random passwords are never shown: nobody knows them until the administrator resets one.
  const rows = await Promise.all(accountsOf(data, 'production').map(async (a) => ({
    ...a, passwordHash: await hashPassword(a.role === 'admin' ? adminPassword : randomPassword(16)), mustChangePassword: true,
  })));
  return { rows, generatedAdminPassword };
}

/** Load a hall into an empty database: catalogue, windows, an admin and one clerk per window. */
export async function seedHall(database: Database_, data: HallFile, options: SeedOptions): Promise<SeedResult> {
  const { rows, generatedAdminPassword } = await accountRows(data, options);
  const { db, sqlite } = database;
  sqlite.transaction(() => {
    // A demo hall's rating pads work at /rate/<n> in any browser; a production hall pairs them.
    db.insert(t.halls).values({ ...data.hall, ratingPads: options.mode === 'production' ? 'paired' : 'open' }).run();
    for (const d of data.departments) db.insert(t.departments).values(d).run();
    data.queues.forEach((q, i) => db.insert(t.queues).values({ ...q, hallId: data.hall.id, sort: i }).run());
    data.matters.forEach((m, i) => {
      db.insert(t.matters).values({
        id: m.id, name: m.name, nameEn: m.nameEn, departmentId: m.departmentId, queueId: m.queueId,
        promisedDays: m.promisedDays, onTheSpot: m.onTheSpot, jointDepartmentIds: JSON.stringify(m.jointDepartmentIds ?? []), keywords: JSON.stringify(m.keywords), faq: JSON.stringify(m.faq), sort: i,
      }).run();
      m.materials.forEach((mat, seq) => db.insert(t.materials).values({ ...mat, matterId: m.id, seq }).run());
    });
    for (const w of data.windows) {
      db.insert(t.windows).values({
        id: w.number, hallId: data.hall.id, number: w.number, name: w.name, nameEn: w.nameEn,
        queueIds: JSON.stringify(w.queueIds), overflowQueueIds: JSON.stringify(w.overflowQueueIds),
      }).run();
    }
    for (const row of rows) db.insert(t.users).values(row).run();
    // Demo and production alike: the national holidays are the same for every hall; an admin edits them at /admin.
    seedCalendar(db, data.hall.id);
    if (options.mode !== 'production') {
      // The demo kiosks print to printers on this machine; a real hall pairs its own devices.
      db.insert(t.devices).values({ id: 'K01', hallId: data.hall.id, name: '1号自助取号机', printerUrl: 'tcp://127.0.0.1:9100' }).run();
      db.insert(t.devices).values({ id: 'K02', hallId: data.hall.id, name: '2号自助取号机', printerUrl: 'tcp://127.0.0.1:9101' }).run();
    }
  }).immediate();
  return { generatedAdminPassword };
}

export function isEmpty(database: Database_): boolean {
  return (database.db.select({ n: count() }).from(t.halls).get()?.n ?? 0) === 0;
}
