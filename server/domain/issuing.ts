import type { PriorityReason, TicketSource } from '../../contract/constants.js';
import { fail } from './errors.js';

/** Who is asking for a ticket, as far as the hall can tell. */
export type Issuer =
  | { kind: 'anonymous' }
  | { kind: 'device'; deviceId: string }
  | { kind: 'staff'; userId: number };

export interface IssueRequest {
  priority?: PriorityReason;
  source?: TicketSource;
  appointmentCode?: string;
}

export type AnonymousTickets = 'open' | 'devices-only';

/**
 * Who may issue what. A plain ticket is a dispenser's button: anyone may press it unless the hall
 * restricts it to its kiosks. Going ahead of others (green channel) is decided by a person at a
 * paired kiosk or at a counter, never by whoever calls the API; appointments are checked against
 * bookings, and until bookings exist no code is valid. Returns the source the ticket records.
 */
export function authoriseIssue(issuer: Issuer, request: IssueRequest, anonymousTickets: AnonymousTickets): TicketSource {
  if (request.appointmentCode !== undefined || request.source === 'appointment') {
    fail('appointment-not-found', 'no booking with this code (appointments are not taken yet): take a normal ticket');
  }
  if (issuer.kind === 'anonymous' && anonymousTickets === 'devices-only') {
    fail('anonymous-tickets-off', 'this hall issues tickets at its kiosks only');
  }
  if (request.priority !== undefined && issuer.kind === 'anonymous') {
    fail('device-required', 'green-channel tickets are issued at a hall kiosk or by staff');
  }
  if (request.source === 'counter' && issuer.kind !== 'staff') fail('device-required', 'counter tickets are issued by staff');
  if (issuer.kind === 'device') return 'kiosk';
  if (issuer.kind === 'staff') return 'counter';
  // An anonymous caller may say it is the (unpaired) kiosk page or a phone; nothing depends on it but reports.
  return request.source === 'kiosk' ? 'kiosk' : 'phone';
}
