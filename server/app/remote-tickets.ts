/** Taking a plain ticket from the phone (手机取号), if the hall allows it: limits per phone and day. */
import { bookingsRepo } from '../db/bookings-repo.js';
import type { HallRow } from '../db/catalog-repo.js';
import { fail } from '../domain/errors.js';
import { appointmentRulesOf } from './appointment-rules.js';
import type { HallServices } from './context.js';
import { consumePhoneCode } from './phone-codes.js';

export interface RemoteRequest {
  phone: string;
  /** The one-time code already checked (app/phone-codes.ts checkPhoneCode); used up with the ticket. */
  phoneCodeId: number;
}

/** In the ticket's transaction: allowed, within the phone's daily limit, and the code used once. */
export function checkRemote(s: HallServices, hall: HallRow, remote: RemoteRequest, day: string, now: number): void {
  const rules = appointmentRulesOf(hall);
  if (!rules.remoteTickets) fail('remote-tickets-off', 'this hall does not issue tickets to phones');
  if (bookingsRepo(s.database.db).remoteTicketsOf(hall.id, remote.phone, day) >= rules.remotePerPhone) {
    fail('remote-ticket-limit', `a phone number may take ${rules.remotePerPhone} tickets a day from the phone`);
  }
  consumePhoneCode(s, remote.phoneCodeId, now);
}
