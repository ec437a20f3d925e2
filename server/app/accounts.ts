/**
 * The administrator creates and changes staff accounts; every change is audited before → after
 * (never a password or its hash). Disabling ends the account's sessions and keeps it for the
 * records it signed.
 */
import type { Role } from '../../contract/constants.js';
import type { UserAccountDto } from '../../contract/dto.js';
import { fail } from '../domain/errors.js';
import { parseJson } from '../db/json.js';
import type { UserRow } from '../db/windows-repo.js';
import type { AdminActor } from './actor.js';
import { endSessionsOf } from './auth.js';
import type { HallServices } from './context.js';
import { accountDto, oneTimePassword } from './users.js';

export interface AccountFields {
  name: string; staffNo: string; role: Role; defaultWindowNumber: number | null; departmentIds: string[] | null; disabled: boolean;
}
export type NewAccount = Pick<AccountFields, 'name' | 'role'> & Partial<Omit<AccountFields, 'name' | 'role' | 'disabled'>> & { username: string };

/** The fields an administrator sets, as the audit log shows them: windows by number, as on the hall's signs. */
function fieldsOf(s: HallServices, u: UserRow): AccountFields {
  const window = u.defaultWindowId === null ? undefined : s.windows.get(u.defaultWindowId);
  return {
    name: u.name, staffNo: u.staffNo, role: u.role, defaultWindowNumber: window?.number ?? null,
    departmentIds: u.departmentIds === null ? null : parseJson<string[]>(u.departmentIds), disabled: u.disabled,
  };
}

function windowIdOf(s: HallServices, number: number | null): number | null {
  if (number === null) return null;
  const w = s.windows.ofHall(s.hallId).find((x) => x.number === number);
  if (!w) fail('window-not-found', `no window ${number} · 无 ${number} 号窗口`);
  return w.id;
}

/** Approvers decide for at least one of the hall's departments; other roles have none. */
function departmentsFor(s: HallServices, role: Role, ids: readonly string[] | null): string | null {
  if (role !== 'approver') return null;
  if (ids === null || ids.length === 0) fail('validation-failed', 'an approver needs at least one department · 审批人员须至少属于一个部门');
  const unknown = ids.find((id) => !s.catalog.department(id));
  if (unknown !== undefined) fail('validation-failed', `no department ${unknown} · 无此部门`);
  return JSON.stringify(ids);
}

function named(text: string): string {
  const t = text.trim();
  if (t === '') fail('validation-failed', 'the name is empty · 姓名不能为空');
  return t;
}

function audit(s: HallServices, admin: AdminActor, action: string, detail: object): void {
  s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action, detail: JSON.stringify(detail) });
}

/** A new account with a one-time password, to be changed at the first sign-in as after a reset. */
export async function createAccount(s: HallServices, admin: AdminActor, input: NewAccount): Promise<{ account: UserAccountDto; temporaryPassword: string }> {
  const { password, hash } = await oneTimePassword();
  const id = s.database.sqlite.transaction(() => {
    if (s.auth.userByName(input.username)) fail('validation-failed', `the username ${input.username} is taken · 用户名已存在`);
    const userId = s.auth.insertUser({
      username: input.username, name: named(input.name), staffNo: input.staffNo?.trim() ?? '', role: input.role, passwordHash: hash,
      mustChangePassword: true, defaultWindowId: windowIdOf(s, input.defaultWindowNumber ?? null),
      departmentIds: departmentsFor(s, input.role, input.departmentIds ?? null),
    });
    const saved = s.auth.user(userId);
    if (!saved) throw new Error(`account ${userId} vanished inside its own transaction`);
    audit(s, admin, 'user-created', { userId, username: input.username, before: null, after: fieldsOf(s, saved) });
    return userId;
  }).immediate();
  return { account: accountOrFail(s, id), temporaryPassword: password };
}

function accountOrFail(s: HallServices, id: number): UserAccountDto {
  const u = s.auth.user(id);
  if (!u) fail('user-not-found', `no account ${id}`);
  return accountDto(u, s.clock());
}

/** Keeps the hall administrable: someone must stay able to sign in as an administrator. */
function checkAdminsRemain(s: HallServices, admin: AdminActor, user: UserRow, next: AccountFields): void {
  if (next.disabled && user.id === admin.userId) fail('validation-failed', 'you cannot disable your own account · 不能停用自己的账号');
  const losesAdmin = user.role === 'admin' && !user.disabled && (next.role !== 'admin' || next.disabled);
  const others = s.auth.allUsers().filter((u) => u.role === 'admin' && !u.disabled && u.id !== user.id);
  if (losesAdmin && others.length === 0) fail('validation-failed', 'the hall needs at least one active administrator · 至少保留一名启用的管理员');
}

export function changeAccount(s: HallServices, admin: AdminActor, userId: number, change: Partial<AccountFields>): UserAccountDto {
  const disabledNow = s.database.sqlite.transaction(() => {
    const user = s.auth.user(userId);
    if (!user) fail('user-not-found', `no account ${userId}`);
    const before = fieldsOf(s, user);
    const next = { ...before, ...change };
    checkAdminsRemain(s, admin, user, next);
    s.auth.updateUser(user.id, {
      name: named(next.name), staffNo: next.staffNo.trim(), role: next.role, disabled: next.disabled,
      defaultWindowId: windowIdOf(s, next.defaultWindowNumber), departmentIds: departmentsFor(s, next.role, next.departmentIds),
    });
    const saved = s.auth.user(user.id);
    if (!saved) throw new Error(`account ${user.id} vanished inside its own transaction`);
    const after = fieldsOf(s, saved);
    const keys = (Object.keys(after) as (keyof AccountFields)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    if (keys.length > 0) {
      const pick = (f: AccountFields) => Object.fromEntries(keys.map((k) => [k, f[k]]));
      audit(s, admin, 'user-changed', { userId: user.id, username: user.username, before: pick(before), after: pick(after) });
    }
    return after.disabled && !before.disabled;
  }).immediate();
  // After the commit, as a password reset does: ending a session leaves its idle windows (a command of its own).
  if (disabledNow) endSessionsOf(s, userId);
  return accountOrFail(s, userId);
}
