import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client.js';
import { sessions, settings, users } from './schema.js';

export type SessionRow = typeof sessions.$inferSelect;

export function authRepo(db: Db) {
  return {
    userByName: (username: string) => db.select().from(users).where(eq(users.username, username)).get(),
    user: (id: number) => db.select().from(users).where(eq(users.id, id)).get(),
    createSession(row: SessionRow): void {
      db.insert(sessions).values(row).run();
    },
    liveSession: (id: string, now: number): SessionRow | undefined =>
      db.select().from(sessions).where(and(eq(sessions.id, id), gt(sessions.expiresAt, now))).get(),
    deleteSession(id: string): void {
      db.delete(sessions).where(eq(sessions.id, id)).run();
    },
    purgeExpired(now: number): void {
      db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
    },
    setting: (key: string): string | undefined => db.select().from(settings).where(eq(settings.key, key)).get()?.value,
    putSetting(key: string, value: string): void {
      db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    },
  };
}

export type AuthRepo = ReturnType<typeof authRepo>;
