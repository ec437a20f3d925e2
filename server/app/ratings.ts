/**
 * 好差评: a rating of one finished service (from the window's pad, by the invitation it got when
 * the clerk finished, or from the visitor's phone holding the ticket) or of a delivered case (from
 * the tracking page). Once each, until the hall's deadline; a bad one opens a follow-up item.
 */
import { randomBytes } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import { normalisePhone } from '../../common/identity.js';
import { isBadRating } from '../../common/rating-labels.js';
import type { RatingRequestedEvent } from '../../contract/events.js';
import type { MyRatings, RatingBody, RatingStatus } from '../../contract/schemas-ratings.js';
import type { CaseRow } from '../db/cases-repo.js';
import type { RatingRow } from '../db/ratings-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import type { WindowRow } from '../db/windows-repo.js';
import { fail } from '../domain/errors.js';
import { assertRateable, checkedRating, ratingDeadline, satisfaction } from '../domain/rating.js';
import type { Actor } from './actor.js';
import { workCalendarOf } from './calendar.js';
import { runCommand, type HallServices } from './context.js';
import { iso } from './dto.js';
import { enqueueOutbox } from './outbox.js';
import { departmentOfService, openItem } from './rectifications.js';
import { hallOf, today } from './views.js';

export type RatingInput = Static<typeof RatingBody>;
export type RatingStatusDto = Static<typeof RatingStatus>;

/** What a pad shows and sends back for the service its window just finished (the pad room's event). */
export type RatingInvitation = RatingRequestedEvent;

/** Called in the finish transaction: the window's pad may now rate this service (and no earlier one). */
export function inviteRating(s: HallServices, ticket: TicketRow, w: WindowRow, now: number): RatingInvitation {
  const token = randomBytes(16).toString('base64url');
  s.ratings.replaceInvite({ token, ticketId: ticket.id, windowId: w.id, createdAt: now });
  const matter = ticket.matterId === null ? undefined : s.catalog.matter(ticket.matterId);
  return { windowId: w.id, windowNumber: w.number, ticketNumber: ticket.number, matterName: matter?.name ?? null, matterNameEn: matter?.nameEn ?? null, token };
}

interface Rated {
  ticket?: TicketRow;
  case?: CaseRow;
  serviceDay: string;
  channel: 'pad' | 'phone';
}

function record(s: HallServices, r: Rated, input: RatingInput, now: number): RatingRow {
  const checked = checkedRating(input);
  const phone = input.phone === undefined ? null : normalisePhone(input.phone);
  if (input.phone !== undefined && phone === null) fail('phone-invalid', `${input.phone} is not a phone number we can call back`);
  const departmentId = r.ticket ? departmentOfService(s, r.ticket) : (r.case ? s.catalog.matter(r.case.matterId)?.departmentId ?? null : null);
  const row = s.ratings.insertRating({
    hallId: s.hallId, ticketId: r.ticket?.id ?? null, caseId: r.case?.id ?? null, level: checked.level, reasons: JSON.stringify(checked.reasons),
    text: checked.text, phone, channel: r.channel, windowId: r.ticket?.windowId ?? r.case?.windowId ?? null,
    clerkId: r.ticket?.clerkId ?? r.case?.clerkId ?? null, departmentId, matterId: r.ticket?.matterId ?? r.case?.matterId ?? null,
    serviceDay: r.serviceDay, at: now, annulledAt: null,
  });
  if (isBadRating(checked.level)) {
    openItem(s, { kind: 'rating', ratingId: row.id, complaintId: null, ticket: r.ticket ?? null, caseRow: r.case ?? null, departmentId }, now);
  }
  enqueueOutbox(s, {
    type: 'rating.created',
    data: {
      level: row.level, reasons: checked.reasons, channel: row.channel, ticketNumber: r.ticket?.number ?? null, caseNumber: r.case?.number ?? null,
      serviceDay: row.serviceDay, windowNumber: row.windowId === null ? null : s.windows.get(row.windowId)?.number ?? null,
      departmentId, matterId: row.matterId, at: iso(now),
    },
  }, now);
  return row;
}

const deadlineOfDay = (s: HallServices, day: string): string => ratingDeadline(workCalendarOf(s), day, hallOf(s).ratingDays);

function rateableTicket(s: HallServices, ticketId: string): TicketRow {
  const t = s.tickets.get(ticketId);
  if (!t || t.hallId !== s.hallId) fail('ticket-not-found', 'no such ticket');
  if (t.status !== 'done') fail('ticket-not-done', `ticket ${t.number} is ${t.status}: a service is rated once it is finished`);
  return t;
}

/** The pad's rating: only of the service its own window finished last, with the invitation it got. */
export function rateByPad(s: HallServices, windowNumber: number, token: string, input: RatingInput): { ticketNumber: string; windowId: number } {
  return runCommand(s, (now) => {
    const invite = s.ratings.invite(token);
    const w = invite ? s.windows.get(invite.windowId) : undefined;
    if (!invite || !w || w.number !== windowNumber || w.hallId !== s.hallId) fail('rating-invite-invalid', `this pad rates window ${windowNumber}'s last service only`);
    const t = rateableTicket(s, invite.ticketId);
    assertRateable(today(s, hallOf(s), now), deadlineOfDay(s, t.serviceDay), s.ratings.ratingOfTicket(t.id) !== undefined);
    record(s, { ticket: t, serviceDay: t.serviceDay, channel: 'pad' }, input, now);
    s.ratings.dropInvitesOfTicket(t.id);
    return { result: { ticketNumber: t.number, windowId: w.id }, events: [] };
  });
}

/** From the phone: whoever holds the ticket (its id is the visitor's capability). */
export function rateTicket(s: HallServices, ticketId: string, input: RatingInput): { status: RatingStatusDto; withdrawnInvites: number[]; ticketNumber: string } {
  return runCommand(s, (now) => {
    const t = rateableTicket(s, ticketId);
    assertRateable(today(s, hallOf(s), now), deadlineOfDay(s, t.serviceDay), s.ratings.ratingOfTicket(t.id) !== undefined);
    record(s, { ticket: t, serviceDay: t.serviceDay, channel: 'phone' }, input, now);
    // The pad must not offer a service the visitor already rated on the phone.
    const dropped = s.ratings.dropInvitesOfTicket(t.id).map((i) => i.windowId);
    return { result: { status: ticketRatingStatus(s, t.id), withdrawnInvites: dropped, ticketNumber: t.number }, events: [] };
  });
}

export function ticketRatingStatus(s: HallServices, ticketId: string): RatingStatusDto {
  const t = s.tickets.get(ticketId);
  if (!t || t.hallId !== s.hallId) fail('ticket-not-found', 'no such ticket');
  const rated = s.ratings.ratingOfTicket(t.id);
  if (t.status !== 'done') return { rated: null, until: null, open: false };
  const until = deadlineOfDay(s, t.serviceDay);
  return { rated: rated ? rated.level : null, until, open: !rated && today(s, hallOf(s), s.clock()) <= until };
}

const closedDayOf = (s: HallServices, c: CaseRow): string | null => (c.closedAt === null ? null : today(s, hallOf(s), c.closedAt));

/** A case is rated as a whole once its result was handed out or mailed. */
export function caseRatingStatus(s: HallServices, c: CaseRow): RatingStatusDto {
  const rated = s.ratings.ratingOfCase(c.id);
  const closed = closedDayOf(s, c);
  if ((c.status !== 'delivered' && c.status !== 'mailed') || closed === null) return { rated: rated?.level ?? null, until: null, open: false };
  const until = deadlineOfDay(s, closed);
  return { rated: rated ? rated.level : null, until, open: !rated && today(s, hallOf(s), s.clock()) <= until };
}

export function rateCase(s: HallServices, token: string, input: RatingInput): RatingStatusDto {
  return runCommand(s, (now) => {
    const c = s.cases.byToken(token);
    if (!c || c.hallId !== s.hallId) fail('case-not-found', 'no such case');
    const closed = closedDayOf(s, c);
    if ((c.status !== 'delivered' && c.status !== 'mailed') || closed === null) fail('case-not-delivered', `case ${c.number} is ${c.status}: it is rated once the result is in the applicant's hands`);
    assertRateable(today(s, hallOf(s), now), deadlineOfDay(s, closed), s.ratings.ratingOfCase(c.id) !== undefined);
    record(s, { case: c, serviceDay: closed, channel: 'phone' }, input, now);
    return { result: caseRatingStatus(s, c), events: [] };
  });
}

/** The clerk's own ratings of today: levels and times, never who rated or what they wrote. */
export function myRatings(s: HallServices, actor: Actor): Static<typeof MyRatings> {
  const day = today(s, hallOf(s), s.clock());
  const rows = s.ratings.ratingsOfClerk(actor.userId, day).filter((r) => r.ticketId !== null && r.annulledAt === null);
  const counts = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 };
  for (const r of rows) if (r.level >= 1 && r.level <= 5) counts[r.level as 1 | 2 | 3 | 4 | 5] += 1;
  const served = s.ticketEvents.clerkDay(s.hallId, actor.userId, day).served;
  const sat = satisfaction(rows.map((r) => r.level), served);
  return { counts, ...sat, served, recent: rows.slice(0, 20).map((r) => ({ level: r.level, at: iso(r.at) })) };
}

/** How long a pad keeps offering a finished service (after a reconnect, say). */
export const INVITATION_TTL_MS = 15 * 60_000;

/** The window's open invitation for its pad, if the service is still unrated. */
export function openInvitation(s: HallServices, windowId: number): RatingInvitation | null {
  const invite = s.ratings.inviteOfWindow(windowId, s.clock() - INVITATION_TTL_MS);
  const t = invite ? s.tickets.get(invite.ticketId) : undefined;
  const w = s.windows.get(windowId);
  if (!invite || !t || !w || s.ratings.ratingOfTicket(t.id)) return null;
  const matter = t.matterId === null ? undefined : s.catalog.matter(t.matterId);
  return { windowId, windowNumber: w.number, ticketNumber: t.number, matterName: matter?.name ?? null, matterNameEn: matter?.nameEn ?? null, token: invite.token };
}
