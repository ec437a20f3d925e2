/** The city platform's webhook endpoints as the admin section shows them, and the admin's actions on them. */
import { signal } from '@preact/signals';
import type { WebhookEndpointDto } from '../contract/routes-outbox.js';
import { call, errorCodeOf } from '../ui/api.js';
import { errorText } from './labels.js';
import { signedOut } from './session.js';

export const endpoints = signal<WebhookEndpointDto[] | null>(null);
/** The secret of the endpoint just registered: the only time it is shown. */
export const newSecret = signal<{ id: number; url: string; secret: string } | null>(null);
export const busy = signal(false);
export const problem = signal<string | null>(null);

function failed(e: unknown): void {
  const code = errorCodeOf(e);
  if (code === 'not-signed-in') signedOut(errorText(e));
  else if (code === 'webhook-url-invalid') problem.value = '地址无效：只接受 http:// 或 https:// 开头的地址 · Invalid address: http:// or https:// only';
  else if (code === 'webhook-not-found') problem.value = '找不到该接收地址（或已停用）· No such endpoint (or it is deactivated)';
  else problem.value = errorText(e);
}

async function act(work: () => Promise<void>): Promise<void> {
  if (busy.value) return;
  busy.value = true;
  try {
    await work();
    problem.value = null;
  } catch (e) {
    failed(e);
  } finally {
    busy.value = false;
  }
}

export async function loadEndpoints(): Promise<void> {
  try {
    endpoints.value = await call('GET /api/webhooks', {});
  } catch (e) {
    failed(e);
  }
}

export const registerEndpoint = (url: string, description: string) => act(async () => {
  const created = await call('POST /api/webhooks', { body: { url, description } });
  newSecret.value = { id: created.endpoint.id, url: created.endpoint.url, secret: created.secret };
  await loadEndpoints();
});

export const deactivateEndpoint = (id: number) => act(async () => {
  await call('POST /api/webhooks/:id/deactivate', { params: { id } });
  if (newSecret.value?.id === id) newSecret.value = null;
  await loadEndpoints();
});

export const retryEndpoint = (id: number) => act(async () => {
  await call('POST /api/webhooks/:id/retry', { params: { id } });
  await loadEndpoints();
});
