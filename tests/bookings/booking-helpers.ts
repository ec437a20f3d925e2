/** Booking through the real routes, reading one-time codes from the recording notifier (the outbox). */
import type { BookingDto } from '../../server/app/booking-views.js';
import type { TestServer } from '../support/server.js';
import { codeSentTo } from '../support/sms.js';

export { smsTo } from '../support/sms.js';

export interface Slots {
  matterId: string;
  queueId: string;
  days: { day: string; slots: { start: string; capacity: number; free: number }[] }[];
}

export const post = (server: TestServer, url: string, payload: object = {}, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url, payload, headers });

/** Asks for a code and reads it back from the recorded SMS. */
export async function phoneCode(server: TestServer, phone: string, purpose: 'booking' | 'remote-ticket' = 'booking'): Promise<string> {
  const r = await post(server, '/api/phone-codes', { phone, purpose });
  if (r.statusCode !== 201) throw new Error(`phone code: ${r.statusCode} ${r.body}`);
  return codeSentTo(server, phone);
}

export async function slotsOf(server: TestServer, matterId: string): Promise<Slots> {
  const r = await server.app.inject({ url: `/api/booking/slots?matterId=${matterId}` });
  if (r.statusCode !== 200) throw new Error(`slots: ${r.statusCode} ${r.body}`);
  return r.json<Slots>();
}

export async function platformKey(server: TestServer, admin: string, name = 'i厦门'): Promise<{ key: string; id: string }> {
  const r = await post(server, '/api/api-clients', { name }, { cookie: admin });
  const body = r.json<{ key: string; client: { id: string } }>();
  return { key: body.key, id: body.client.id };
}

/** Books through the city platform's API (no one-time code): the quickest way to make a booking in a test. */
export async function platformBook(server: TestServer, key: string, b: { matterId: string; day: string; start: string; phone: string; name?: string }) {
  return post(server, '/api/platform/bookings', { name: '王小明', ...b }, { authorization: `Bearer ${key}` });
}

export type { BookingDto };
