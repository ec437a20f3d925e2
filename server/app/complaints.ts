/** 投诉: a visitor's complaint, from the phone or entered at the guidance desk, followed up like a bad rating. */
import type { Static } from '@sinclair/typebox';
import { normalisePhone } from '../../common/identity.js';
import type { ComplaintBody, ComplaintReceipt } from '../../contract/schemas-ratings.js';
import { fail } from '../domain/errors.js';
import type { Actor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { iso } from './dto.js';
import { enqueueOutbox } from './outbox.js';
import { departmentOfService, openItem } from './rectifications.js';

/** `actor`: the desk clerk entering it for the visitor; null from the phone. */
export function fileComplaint(s: HallServices, actor: Actor | null, body: Static<typeof ComplaintBody>): Static<typeof ComplaintReceipt> {
  return runCommand(s, (now) => {
    const text = body.text.trim();
    if (!text) fail('validation-failed', 'say what the complaint is about');
    const phone = body.contactPhone === undefined ? null : normalisePhone(body.contactPhone);
    if (body.contactPhone !== undefined && phone === null) fail('phone-invalid', `${body.contactPhone} is not a phone number we can call back`);
    const ticket = body.ticketId === undefined ? undefined : s.tickets.get(body.ticketId);
    if (body.ticketId !== undefined && (!ticket || ticket.hallId !== s.hallId)) fail('ticket-not-found', 'no such ticket');
    const kase = body.caseToken === undefined ? undefined : s.cases.byToken(body.caseToken);
    if (body.caseToken !== undefined && (!kase || kase.hallId !== s.hallId)) fail('case-not-found', 'no such case');
    const complaint = s.ratings.insertComplaint({
      hallId: s.hallId, category: body.category, text, contactName: body.contactName?.trim() || null, contactPhone: phone,
      ticketId: ticket?.id ?? kase?.ticketId ?? null, caseId: kase?.id ?? null, channel: actor ? 'desk' : 'phone', enteredBy: actor?.userId ?? null, at: now,
    });
    const departmentId = ticket ? departmentOfService(s, ticket) : kase ? s.catalog.matter(kase.matterId)?.departmentId ?? null : null;
    const item = openItem(s, { kind: 'complaint', ratingId: null, complaintId: complaint.id, ticket: ticket ?? null, caseRow: kase ?? null, departmentId }, now);
    enqueueOutbox(s, { type: 'complaint.created', data: { id: complaint.id, category: complaint.category, channel: complaint.channel, ticketNumber: ticket?.number ?? null, caseNumber: kase?.number ?? null, departmentId, dueDate: item.dueDay, at: iso(now) } }, now);
    return { result: { id: complaint.id, dueDate: item.dueDay }, events: [] };
  });
}
