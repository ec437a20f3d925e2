/**
 * "Your turn is near" and "you are called" (到号提醒): SMS to a ticket's verified phone (remote and
 * appointment tickets), written to the outbox in the command's transaction and marked on the
 * ticket, so each is sent at most once whatever retries or recalls follow.
 */
import { bookingsRepo } from '../db/bookings-repo.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { appointmentRulesOf } from './appointment-rules.js';
import type { HallServices } from './context.js';
import { enqueueOutbox } from './outbox.js';
import { aheadInQueue } from './views.js';

function sendNear(s: HallServices, hall: HallRow, row: TicketRow, ahead: number, now: number): void {
  if (row.notifyPhone === null) return;
  const text = ahead === 0
    ? `【${hall.name}】您的号码 ${row.number} 即将叫到，请到大厅等候。Ticket ${row.number}: you are next.`
    : `【${hall.name}】您的号码 ${row.number} 前面还有 ${ahead} 人，请回到大厅等候叫号。Ticket ${row.number}: ${ahead} ahead of you.`;
  enqueueOutbox(s, { type: 'ticket.near', data: null, smsOnly: true, sms: { to: row.notifyPhone, text } }, now);
  bookingsRepo(s.database.db).markNotified(row.id, 'near', now);
}

/** At issue: a visitor with few ahead is told at once (they may be far from the hall). */
export function noticeNearAtIssue(s: HallServices, hall: HallRow, row: TicketRow, ahead: number, now: number): void {
  if (row.notifyPhone === null || row.nearNotifiedAt !== null || ahead > appointmentRulesOf(hall).nearAhead) return;
  sendNear(s, hall, row, ahead, now);
}

/** After a line moved (a call, a cancel, a no-show): whoever now has few enough ahead is told, once. */
export function noticeQueuesMoved(s: HallServices, hall: HallRow, day: string, queueIds: readonly string[], now: number): void {
  const limit = appointmentRulesOf(hall).nearAhead;
  const repo = bookingsRepo(s.database.db);
  for (const row of queueIds.flatMap((q) => repo.waitingToNotify(hall.id, day, q))) {
    const ahead = aheadInQueue(s, hall, row, now);
    if (ahead <= limit) sendNear(s, hall, row, ahead, now);
  }
}

/** The first call of a ticket with a verified phone: where to go. Recalls send nothing more. */
export function noticeCalled(s: HallServices, hall: HallRow, row: TicketRow, windowNumber: number, now: number): void {
  if (row.notifyPhone === null || row.calledNotifiedAt !== null) return;
  enqueueOutbox(s, {
    type: 'ticket.called', data: null, smsOnly: true,
    sms: { to: row.notifyPhone, text: `【${hall.name}】请 ${row.number} 号到 ${windowNumber} 号窗口办理。Ticket ${row.number}: please go to window ${windowNumber}.` },
  }, now);
  bookingsRepo(s.database.db).markNotified(row.id, 'called', now);
}
