import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserAccountDto } from '../../contract/dto.js';
import type { AuditEntryDto } from '../../server/app/audit-log.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;
let sup: string;
beforeAll(async () => {
  server = await startServer({}, false);
  admin = await server.login('admin');
  sup = await server.login('supervisor');
});
afterAll(async () => server.close());

const get = (url: string, cookie: string) => server.app.inject({ url, headers: { cookie } });
const users = async (): Promise<UserAccountDto[]> => (await get('/api/users', sup)).json();
const idOf = async (username: string): Promise<number> => {
  const u = (await users()).find((x) => x.username === username);
  if (!u) throw new Error(`no ${username}`);
  return u.id;
};
const lastAudit = async (action: string): Promise<AuditEntryDto | undefined> => (await get(`/api/audit?action=${action}&limit=1`, sup)).json<AuditEntryDto[]>()[0];
const signIn = (username: string, password: string) => server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('staff accounts', () => {
  it('a supervisor reads the accounts, only an admin creates them', async () => {
    const list = await users();
    expect(list.length).toBeGreaterThan(30);
    expect(list.every((u) => u.disabled === false)).toBe(true);
    expect((await post(server, '/api/users', { username: 'clerk90', name: '赵六', role: 'clerk' }, sup)).statusCode).toBe(403);
  });

  it('a new account gets a one-time password that must be changed first; the audit has no password', async () => {
    const made = await post(server, '/api/users', { username: 'clerk41', name: '林小红', staffNo: 'XM041', role: 'clerk', defaultWindowNumber: 3 }, admin);
    expect(made.statusCode, made.body).toBe(201);
    const { account, temporaryPassword } = made.json<{ account: UserAccountDto; temporaryPassword: string }>();
    expect(account).toMatchObject({ username: 'clerk41', name: '林小红', staffNo: 'XM041', role: 'clerk', defaultWindowId: 3, mustChangePassword: true, disabled: false });
    const signedIn = await signIn('clerk41', temporaryPassword);
    expect(signedIn.statusCode).toBe(200);
    const cookie = `hall_sid=${signedIn.cookies.find((c) => c.name === 'hall_sid')?.value ?? ''}`;
    expect((await get('/api/me/stats', cookie)).json().error.code).toBe('password-change-required');
    expect((await post(server, '/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'Xiamen-window-41' }, cookie)).statusCode).toBe(200);
    expect((await get('/api/me/stats', cookie)).statusCode).toBe(200);
    const entry = await lastAudit('user-created');
    expect(entry).toMatchObject({ actorName: '大厅管理员', detail: { username: 'clerk41', before: null, after: { name: '林小红', role: 'clerk', defaultWindowNumber: 3, disabled: false } } });
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
    expect(JSON.stringify(entry)).not.toContain('scrypt');
  });

  it('refuses a taken username, an unknown window and an approver without departments, creating nothing', async () => {
    const count = (await users()).length;
    expect((await post(server, '/api/users', { username: 'clerk01', name: '重名', role: 'clerk' }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/users', { username: 'clerk91', name: '无窗', role: 'clerk', defaultWindowNumber: 999 }, admin)).json().error.code).toBe('window-not-found');
    expect((await post(server, '/api/users', { username: 'ap-none', name: '无部门', role: 'approver', departmentIds: [] }, admin)).json().error.code).toBe('validation-failed');
    expect((await users()).length).toBe(count);
  });

  it('disabling ends the sessions, closes the window and refuses sign-in only to the right password', async () => {
    const clerk = await server.clerkAt(5);
    const id = await idOf('clerk05');
    const changed = await post(server, `/api/users/${id}`, { disabled: true, staffNo: 'XM005-D' }, admin);
    expect(changed.json<UserAccountDto>()).toMatchObject({ disabled: true, staffNo: 'XM005-D' });
    expect((await get('/api/auth/me', clerk)).json().error.code).toBe('not-signed-in');
    const windows = (await server.app.inject('/api/windows')).json<{ number: number; state: string }[]>();
    expect(windows.find((w) => w.number === 5)?.state).toBe('closed');
    // A guesser learns nothing: a wrong password is bad-credentials as for any account.
    expect((await signIn('clerk05', 'wrong-guess')).json().error.code).toBe('bad-credentials');
    const refused = await signIn('clerk05', 'demo');
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'account-disabled']);
    expect((await lastAudit('user-changed'))?.detail).toEqual({ userId: id, username: 'clerk05', before: { staffNo: 'XM0005', disabled: false }, after: { staffNo: 'XM005-D', disabled: true } });
    await post(server, `/api/users/${id}`, { disabled: false }, admin);
    expect((await signIn('clerk05', 'demo')).statusCode).toBe(200);
  });

  it('an admin cannot disable themself nor demote or disable the last admin', async () => {
    const me = await idOf('admin');
    const self = await post(server, `/api/users/${me}`, { disabled: true }, admin);
    expect([self.statusCode, self.json().error.code]).toEqual([400, 'validation-failed']);
    const demote = await post(server, `/api/users/${me}`, { role: 'supervisor' }, admin);
    expect(demote.json().error.message).toContain('at least one active administrator');
    expect((await users()).find((u) => u.id === me)?.role).toBe('admin');
    const second = await post(server, '/api/users', { username: 'admin2', name: '副管理员', role: 'admin' }, admin);
    expect(second.statusCode).toBe(201);
    // With another administrator the first may step down.
    expect((await post(server, `/api/users/${me}`, { role: 'supervisor' }, admin)).json<UserAccountDto>().role).toBe('supervisor');
  });
});
