/** 人员 Staff accounts' store in Node against a real server: the one-time password shown once, confirmed disabling, the server's refusals. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { UserAccountDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import type { AccountsEditor } from './accounts-store.js';
import type { OverseerSocket } from './live-board.js';
import { createAdminPage, type AdminPageStore } from './store.js';

const file = hallServerForFile();
const stores: AdminPageStore[] = [];
afterAll(() => { for (const s of stores) s.close(); });

function open(routes: string[] = []): AdminPageStore {
  const jar = new TestBrowser();
  const client = clientIn(jar);
  const recording: ApiClient = (route, input, options) => { routes.push(route); return client(route, input, options); };
  const openSocket = (): OverseerSocket => io(file.server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true, extraHeaders: { origin: file.server.url, cookie: jar.cookieHeader() },
  });
  const store = createAdminPage({ api: recording, storage: jar.storage, openSocket });
  stores.push(store);
  return store;
}

const signIn = (username: string, password: string) => file.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const serverAccount = async (username: string): Promise<UserAccountDto | undefined> =>
  (await file.server.app.inject({ url: '/api/users', headers: { cookie: await file.server.login('supervisor') } })).json<UserAccountDto[]>().find((u) => u.username === username);
const idOf = (accounts: AccountsEditor, username: string): number => {
  const a = accounts.accounts.value?.find((x) => x.username === username);
  if (!a) throw new Error(`no ${username} in the list`);
  return a.id;
};

describe('the staff accounts store', () => {
  it('creating an account shows its one-time password once, and that password signs in (to be changed)', async () => {
    const { manage } = await signInAs(open(), 'admin');
    const { accounts } = manage;
    await accounts.load();
    accounts.startNew();
    accounts.setField('username', 'clerk77');
    accounts.setField('name', '陈晓东');
    accounts.setField('staffNo', 'XM077');
    accounts.setField('defaultWindowNumber', 3);
    expect(await accounts.save()).toBe(true);
    const shown = accounts.oneTime.value;
    expect(shown).toMatchObject({ username: 'clerk77', reason: 'created' });
    expect(accounts.form.value).toBeNull();
    expect(accounts.accounts.value?.find((a) => a.username === 'clerk77')).toMatchObject({ name: '陈晓东', mustChangePassword: true, disabled: false });
    const login = await signIn('clerk77', shown?.password ?? '');
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ mustChangePassword: true });

    // Once: dismissed, or gone when the next action starts, and never fetched again.
    accounts.dismissOneTime();
    expect(accounts.oneTime.value).toBeNull();
    await accounts.load();
    expect(accounts.oneTime.value).toBeNull();
    expect(JSON.stringify(accounts.accounts.value)).not.toContain(shown?.password);
  });

  it('disabling waits for the confirmation, then shows the server\'s state; the account cannot sign in until enabled', async () => {
    const routes: string[] = [];
    const { manage } = await signInAs(open(routes), 'admin');
    const { accounts } = manage;
    await accounts.load();
    const id = idOf(accounts, 'clerk05');
    accounts.ask(id, 'disable');
    expect(accounts.confirming.value).toEqual({ id, action: 'disable' });
    expect(routes).not.toContain('POST /api/users/:id');
    expect((await serverAccount('clerk05'))?.disabled).toBe(false);
    accounts.cancelConfirm();
    expect(await accounts.confirm()).toBe(false);
    expect((await serverAccount('clerk05'))?.disabled).toBe(false);

    accounts.ask(id, 'disable');
    expect(await accounts.confirm()).toBe(true);
    expect(accounts.confirming.value).toBeNull();
    expect((await serverAccount('clerk05'))?.disabled).toBe(true);
    expect(accounts.accounts.value?.find((a) => a.id === id)?.disabled).toBe(true);
    expect((await signIn('clerk05', 'demo')).json().error.code).toBe('account-disabled');

    accounts.ask(id, 'enable');
    expect(await accounts.confirm()).toBe(true);
    expect(accounts.accounts.value?.find((a) => a.id === id)?.disabled).toBe(false);
    expect((await signIn('clerk05', 'demo')).statusCode).toBe(200);
  });

  it('shows the server\'s words when it refuses: an admin cannot disable themself', async () => {
    const { manage } = await signInAs(open(), 'admin');
    const { accounts } = manage;
    await accounts.load();
    accounts.ask(idOf(accounts, 'admin'), 'disable');
    expect(await accounts.confirm()).toBe(false);
    expect(accounts.problem.value).toContain('不能停用自己的账号');
    expect((await serverAccount('admin'))?.disabled).toBe(false);
  });

  it('a reset shows the new one-time password once; edits send only what changed', async () => {
    const { manage } = await signInAs(open(), 'admin');
    const { accounts } = manage;
    await accounts.load();
    const id = idOf(accounts, 'clerk06');
    accounts.ask(id, 'reset');
    expect(await accounts.confirm()).toBe(true);
    const shown = accounts.oneTime.value;
    expect(shown).toMatchObject({ username: 'clerk06', reason: 'reset' });
    expect((await signIn('clerk06', 'demo')).statusCode).toBe(401);
    expect((await signIn('clerk06', shown?.password ?? '')).statusCode).toBe(200);
    expect(accounts.accounts.value?.find((a) => a.id === id)?.mustChangePassword).toBe(true);

    accounts.edit(id);
    accounts.setField('name', '黄六');
    expect(await accounts.save()).toBe(true);
    expect(accounts.oneTime.value).toBeNull();
    expect(await serverAccount('clerk06')).toMatchObject({ name: '黄六', role: 'clerk', disabled: false });
  });

  it('a supervisor reads the accounts but cannot change them', async () => {
    const { manage } = await signInAs(open(), 'supervisor');
    const { accounts } = manage;
    await accounts.load();
    expect(accounts.accounts.value?.length).toBeGreaterThan(30);
    accounts.ask(idOf(accounts, 'clerk07'), 'disable');
    expect(await accounts.confirm()).toBe(false);
    expect(accounts.problem.value).toContain('仅管理员');
    expect((await serverAccount('clerk07'))?.disabled).toBe(false);
  });
});
