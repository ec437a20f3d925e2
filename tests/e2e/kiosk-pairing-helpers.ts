/** Watching and driving a kiosk's pairing: what it sends, what it stores, the installer's finger. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DeviceDto } from '../../contract/dto.js';
import type { TestServer } from '../support/server.js';

/** How long the badge is held to open the keypad (kiosk/components/PairingBadge.tsx). */
export const HOLD_MS = 2000;

export interface SentTicketRequest {
  deviceKey: string | undefined;
  idempotencyKey: string | undefined;
  body: unknown;
}

/** Every ticket request the page sends, with the headers that decide trust. */
export function recordTicketRequests(page: Page): SentTicketRequest[] {
  const sent: SentTicketRequest[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !r.url().endsWith('/api/tickets')) return;
    const headers = r.headers();
    sent.push({ deviceKey: headers['x-device-key'], idempotencyKey: headers['idempotency-key'], body: r.postDataJSON() });
  });
  return sent;
}

export const storedKey = (page: Page, deviceId: string) => page.evaluate((id) => localStorage.getItem(`kiosk.deviceKey.${id}`), deviceId);

export async function device(server: TestServer, id: string): Promise<DeviceDto | undefined> {
  const admin = await server.login('admin');
  return (await server.app.inject({ url: '/api/devices', headers: { cookie: admin } })).json<DeviceDto[]>().find((d) => d.id === id);
}

export async function unpair(server: TestServer, id: string): Promise<void> {
  const admin = await server.login('admin');
  const r = await server.app.inject({ method: 'POST', url: `/api/devices/${id}/unpair`, headers: { cookie: admin } });
  expect(r.statusCode).toBe(200);
}

/**
 * A finger on the badge (a real touch, not a mouse), held for `ms`, or without a time until the
 * keypad opens.
 */
export async function holdBadge(page: Page, ms?: number): Promise<void> {
  const box = await page.getByTestId('pairing-badge').boundingBox();
  if (!box) throw new Error('no pairing badge');
  const cdp = await page.context().newCDPSession(page);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  if (ms === undefined) await page.getByTestId('pairing-dialog').waitFor({ timeout: HOLD_MS + 3000 });
  else await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

export async function typeCode(page: Page, code: string): Promise<void> {
  for (const c of code.replace(/-/g, '')) await page.locator(`[data-pair-key="${c}"]`).tap();
}
