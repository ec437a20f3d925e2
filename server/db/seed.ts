import type { Role } from '../../contract/constants.js';
import { count } from 'drizzle-orm';
import { hashPassword, randomPassword } from '../auth/password.js';
import { seedCalendar } from './calendar-file.js';
import { rosterRepo } from './roster-repo.js';
import type { Database_ } from './client.js';
import * as t from './schema.js';
import { materialRowsOf, matterRowOf, queueRowOf, type HallFile } from './hall-file.js';
export { DEMO_HALL_FILE, readHallFile, type HallFile } from './hall-file.js';

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
    data.queues.forEach((q, i) => db.insert(t.queues).values(queueRowOf(q, data.hall.id, i)).run());
    data.matters.forEach((m, i) => {
      db.insert(t.matters).values(matterRowOf(m, i)).run();
      const lines = materialRowsOf(m);
      if (lines.length > 0) db.insert(t.materials).values(lines).run();
    });
    for (const w of data.windows) {
      db.insert(t.windows).values({
        id: w.number, hallId: data.hall.id, number: w.number, name: w.name, nameEn: w.nameEn,
        queueIds: JSON.stringify(w.queueIds), overflowQueueIds: JSON.stringify(w.overflowQueueIds),
      }).run();
    }
    for (const row of rows) db.insert(t.users).values(row).run();
    // The roster's week template (window ids are the window numbers here, as inserted above); later entries win.
    for (const e of data.roster?.week ?? []) {
      for (const number of e.windows) for (const weekday of e.weekdays) rosterRepo(db).setWeek(data.hall.id, number, weekday, e.spans);
    }
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
