/**
 * Making real bookings in a test without the phone page: the city platform's API with a key an
 * admin issued (POST /api/api-clients), as an integrator would. Phones differ per booking so the
 * per-phone limits never get in the way of a test that is about something else.
 */
import type { Static } from '@sinclair/typebox';
import type { Booking } from '../../contract/routes-bookings.js';
import type { TestServer } from './server.js';

export type BookingDto = Static<typeof Booking>;

export interface PlatformBooker {
  book(input: { matterId: string; day: string; start: string; name?: string }): Promise<BookingDto>;
  cancel(code: string): Promise<BookingDto>;
}

export async function platformBooker(server: TestServer): Promise<PlatformBooker> {
  const admin = await server.login('admin');
  const issued = await server.app.inject({ method: 'POST', url: '/api/api-clients', payload: { name: 'i厦门 (test)' }, headers: { cookie: admin } });
  if (issued.statusCode !== 201) throw new Error(`api key: ${issued.statusCode} ${issued.body}`);
  const { key } = issued.json<{ key: string }>();
  let phones = 0;
  return {
    async book({ matterId, day, start, name = '林晓明' }) {
      const phone = `1390000${String(++phones).padStart(4, '0')}`;
      const r = await server.app.inject({
        method: 'POST', url: '/api/platform/bookings', headers: { authorization: `Bearer ${key}` }, payload: { matterId, day, start, phone, name },
      });
      if (r.statusCode !== 201) throw new Error(`booking ${matterId} ${day} ${start}: ${r.statusCode} ${r.body}`);
      return r.json<BookingDto>();
    },
    async cancel(code) {
      const r = await server.app.inject({ method: 'POST', url: `/api/platform/bookings/${code}/cancel`, headers: { authorization: `Bearer ${key}` } });
      if (r.statusCode !== 200) throw new Error(`cancel ${code}: ${r.statusCode} ${r.body}`);
      return r.json<BookingDto>();
    },
  };
}
