/** One signed webhook POST. The body is rebuilt identically from the row on every attempt. */
import { createHmac } from 'node:crypto';
import { WEBHOOK_HEADERS } from '../../contract/webhooks.js';
import type { OutboxRow } from './store.js';

/** The raw body: `data` is the stored JSON, spliced in as is. */
export function webhookBody(row: Pick<OutboxRow, 'eventId' | 'type' | 'createdAt' | 'hallId' | 'payload'>): string {
  return `{"id":${JSON.stringify(row.eventId)},"type":${JSON.stringify(row.type)},"time":${JSON.stringify(new Date(row.createdAt).toISOString())},`
    + `"hallId":${JSON.stringify(row.hallId)},"data":${row.payload}}`;
}

export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Resolves on 2xx; rejects with a short reason on anything else, a network error or the timeout. */
export async function postWebhook(url: string, secret: string, row: OutboxRow, timeoutMs: number): Promise<void> {
  const body = webhookBody(row);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_HEADERS.eventId]: row.eventId,
        [WEBHOOK_HEADERS.eventType]: row.type,
        [WEBHOOK_HEADERS.signature]: signatureOf(body, secret),
      },
      body,
      // A redirect is not a receipt; following it could also lead the hall's server anywhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    throw new Error(err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${err instanceof Error ? err.message : String(err)}${cause}`);
  }
  await res.body?.cancel();
  if (res.status < 200 || res.status > 299) throw new Error(`HTTP ${res.status}`);
}
