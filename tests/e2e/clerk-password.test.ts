/**
 * A clerk whose password the administrator reset: the console signs in with the one-time
 * password, allows nothing but choosing a new one, and then goes on to the window choice.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { UserAccountDto } from '../../contract/dto.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import { openConsole } from './clerk-helpers.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resetPassword(username: string): Promise<string> {
  const cookie = await server.login('admin');
  const users = (await server.app.inject({ url: '/api/users', headers: { cookie } })).json<UserAccountDto[]>();
  const id = users.find((u) => u.username === username)?.id;
  const r = await server.app.inject({ method: 'POST', url: `/api/users/${id ?? 0}/password`, headers: { cookie } });
  expect(r.statusCode).toBe(200);
  return r.json<{ temporaryPassword: string }>().temporaryPassword;
}

it('signs in with a reset password, must change it, then reaches the window choice', async () => {
  const temporary = await resetPassword('clerk08');
  const { page, problems } = await openConsole(browser, server);
  await page.locator('input[name=username]').fill('clerk08');
  await page.locator('input[name=password]').fill(temporary);
  await page.locator('input[name=password]').press('Enter');
  const form = page.getByTestId('change-password');
  await form.waitFor();
  await expect.poll(() => form.locator('h1').innerText()).toBe('首次登录请修改密码\nChange your password');
  expect(await page.getByTestId('window-choice').count()).toBe(0);

  // A reload keeps the clerk on the form: the server, not the page, says the password must change.
  await page.reload();
  await form.waitFor();

  const fill = async (current: string, next: string, again = next) => {
    await form.locator('input[name=current-password]').fill(current);
    await form.locator('input[name=new-password]').fill(next);
    await form.locator('input[name=repeat-password]').fill(again);
    await form.locator('button[type=submit]').click();
  };
  await fill(temporary, 'abc', 'abc');
  await expect.poll(() => form.getByRole('alert').textContent()).toContain('至少 8 位');
  // Long enough for the page, too common for the server.
  await fill(temporary, 'password', 'password');
  await expect.poll(() => form.getByRole('alert').textContent()).toContain('新密码太简单');
  await fill('wrong-temporary', 'lamp-river-cloud', 'lamp-river-cloud');
  await expect.poll(() => form.getByRole('alert').textContent()).toContain('当前密码不正确');

  await fill(temporary, 'lamp-river-cloud', 'lamp-river-clouds');
  await expect.poll(() => form.getByRole('alert').textContent()).toContain('不一致');
  await fill(temporary, 'lamp-river-cloud');
  await page.getByTestId('window-choice').waitFor();
  expect(await page.getByTestId('window-choice').textContent()).toContain('密码已修改');

  const me = server.app.hall.auth.userByName('clerk08');
  expect(me?.mustChangePassword).toBe(false);
  await expect(server.login('clerk08', temporary)).rejects.toThrow(/401/);
  await server.login('clerk08', 'lamp-river-cloud');
  expect(problems).toEqual([]);
});

it('shows the form in Chinese first, English second (screenshot)', async () => {
  const temporary = await resetPassword('clerk09');
  const { page, problems } = await openConsole(browser, server);
  await page.locator('input[name=username]').fill('clerk09');
  await page.locator('input[name=password]').fill(temporary);
  await page.locator('input[name=password]').press('Enter');
  await page.getByTestId('change-password').waitFor();
  await page.locator('input[name=current-password]').fill(temporary);
  await page.locator('input[name=new-password]').fill('short');
  await page.locator('button[type=submit]').click();
  await page.getByRole('alert').waitFor();
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/clerk-change-password.png' });
  await screenshot(page, 'clerk-change-password');
  expect(problems).toEqual([]);
});
