import type { PriorityReason, TicketSource } from '../../contract/constants.js';
import { parseClock } from '../../common/hall-time.js';
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
 * paired kiosk or at a counter, never by whoever calls the API; an appointment ticket needs the
 * booking's code (the visitor's capability, checked against bookings by the caller).
 * Returns the source the ticket records.
 */
export function authoriseIssue(issuer: Issuer, request: IssueRequest, anonymousTickets: AnonymousTickets): TicketSource {
  if (request.source === 'appointment' && request.appointmentCode === undefined) {
    fail('appointment-not-found', 'an appointment ticket needs the booking code: take a normal ticket');
  }
  if (issuer.kind === 'anonymous' && anonymousTickets === 'devices-only') {
    fail('anonymous-tickets-off', 'this hall issues tickets at its kiosks only');
  }
  if (request.priority !== undefined && issuer.kind === 'anonymous') {
    fail('device-required', 'green-channel tickets are issued at a hall kiosk or by staff');
  }
  if (request.source === 'counter' && issuer.kind !== 'staff') fail('device-required', 'counter tickets are issued by staff');
  if (request.appointmentCode !== undefined) {
    if (request.priority !== undefined) fail('validation-failed', 'an appointment ticket carries no green-channel reason');
    return 'appointment';
  }
  if (issuer.kind === 'device') return 'kiosk';
  if (issuer.kind === 'staff') return 'counter';
  // An anonymous caller may say it is the (unpaired) kiosk page or a phone; nothing depends on it but reports.
  return request.source === 'kiosk' ? 'kiosk' : 'phone';
}

/** Minutes since the hall's midnight of an HH:MM clock ("24:00" is 1440); the hours are validated where they are set. */
const minutesOf = (clock: string): number => (parseClock(clock) ?? 0) / 60_000;

function clockOf(minutes: number): string {
  const m = Math.max(0, minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A queue's own hours and stop margin; null hours fall back to the hall's. */
export interface QueueHours {
  opensAt: string | null;
  closesAt: string | null;
  stopIssuingMin: number;
}

export interface HallHours {
  opensAt: string;
  closesAt: string;
}

/** When a queue issues tickets today (hall-local HH:MM): from its opening until its close minus the stop margin. */
export function issuingHoursOf(queue: QueueHours, hall: HallHours): { opensAt: string; closesAt: string; stopsAt: string } {
  const opensAt = queue.opensAt ?? hall.opensAt;
  const closesAt = queue.closesAt ?? hall.closesAt;
  return { opensAt, closesAt, stopsAt: clockOf(minutesOf(closesAt) - queue.stopIssuingMin) };
}

/** What a kiosk tells the visitor: when tickets stop today, or null when the hall's hours apply unchanged. */
export function issuingUntilOf(queue: QueueHours, hall: HallHours): string | null {
  if (queue.closesAt === null && queue.stopIssuingMin === 0) return null;
  return issuingHoursOf(queue, hall).stopsAt;
}

/**
 * Whether a ticket may be issued now (`localTime` is the hall's HH:MM): district matters are sent to
 * the district halls; a queue issues within its own hours (else the hall's) and stops its margin
 * before it closes, so the last visitor can still be served.
 */
export function checkIssuingNow(localTime: string, queue: QueueHours, hall: HallHours, handledBy: 'city' | 'district' | null): void {
  if (handledBy === 'district') fail('matter-elsewhere', 'this matter is handled by the district halls (区级政务服务中心办理): please go there');
  const { opensAt, closesAt, stopsAt } = issuingHoursOf(queue, hall);
  const now = minutesOf(localTime);
  if (now < minutesOf(opensAt)) fail('outside-hours', `tickets are issued from ${opensAt} (取号时间 ${opensAt} 起)`);
  if (now >= minutesOf(stopsAt)) {
    const why = stopsAt === closesAt ? `closes at ${closesAt}` : `stopped issuing at ${stopsAt}, ${queue.stopIssuingMin} min before closing at ${closesAt}`;
    fail('outside-hours', `this queue ${why}; tickets resume at ${opensAt} on the next working day (今日已停止取号，下一工作日 ${opensAt} 起恢复)`);
  }
}
