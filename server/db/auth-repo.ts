import { and, asc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { sessions, settings, users } from './schema.js';
import type { UserRow } from './windows-repo.js';

export type SessionRow = typeof sessions.$inferSelect;

export function authRepo(db: Db) {
  // Every staff request reads its session and its account: prepared once, not rebuilt per request.
  const userById = db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare();
  const liveSession = db.select().from(sessions).where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now')))).prepare();
  return {
    userByName: (username: string) => db.select().from(users).where(eq(users.username, username)).get(),
    user: (id: number): UserRow | undefined => userById.get({ id }),
    allUsers: (): UserRow[] => db.select().from(users).orderBy(asc(users.id)).all(),
    /** Counts one more consecutive failure in the database itself, so concurrent guesses all count. */
    addFailedLogin: (userId: number): number =>
      db.update(users).set({ failedLogins: sql`${users.failedLogins} + 1` }).where(eq(users.id, userId))
        .returning({ n: users.failedLogins }).get()?.n ?? 0,
    lockUntil(userId: number, until: number): void {
      db.update(users).set({ lockedUntil: until }).where(eq(users.id, userId)).run();
    },
    clearFailedLogins(userId: number): void {
      db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId)).run();
    },
    /** A new password ends any lockout: the account starts over. */
    setAllowedWindows(userId: number, allowedWindowIds: string | null): void {
      db.update(users).set({ allowedWindowIds }).where(eq(users.id, userId)).run();
    },
    /** A new account (server/app/accounts.ts); answers its id. */
    insertUser: (row: Omit<typeof users.$inferInsert, 'id'>): number =>
      db.insert(users).values(row).returning({ id: users.id }).get().id,
    updateUser(userId: number, set: Partial<Pick<UserRow, 'name' | 'staffNo' | 'role' | 'defaultWindowId' | 'departmentIds' | 'disabled'>>): void {
      db.update(users).set(set).where(eq(users.id, userId)).run();
    },
    setPassword(userId: number, passwordHash: string, mustChangePassword: boolean): void {
      db.update(users).set({ passwordHash, mustChangePassword, failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId)).run();
    },
    createSession(row: SessionRow): void {
      db.insert(sessions).values(row).run();
    },
    liveSession: (id: string, now: number): SessionRow | undefined => liveSession.get({ id, now }),
    /** The account's sessions, but for `except` (the one changing its own password keeps going). */
    sessionIdsOfUser: (userId: number, except?: string): string[] =>
      db.select({ id: sessions.id }).from(sessions)
        .where(except === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, except)))
        .all().map((r) => r.id),
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
