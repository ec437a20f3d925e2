/**
 * A document is never edited: a correction issues a new version of the same kind that names
 * the one it replaces, and both stay readable (the old one says it was replaced). The clerk who
 * served the ticket or a supervisor corrects; the case, if any, takes the corrected applicant.
 */
import type { OutcomeDto } from '../../contract/dto.js';
import { fail } from '../domain/errors.js';
import { parseJson } from '../db/json.js';
import type { Actor } from './actor.js';
import { checkedApplicant } from './case-intake.js';
import { runCommand, type HallServices } from './context.js';
import { documentView, issueDocument, maskedApplicant, type DocumentContent, type DocumentViewDto } from './documents.js';
import { enqueueOutbox } from './outbox.js';
import { hallOf } from './views.js';

export interface Correction {
  reason: string;
  applicant?: OutcomeDto['applicant'];
  /** One-time notice: the corrected list of missing materials (name and requirement). */
  lines?: { name: string; requirement: string }[];
  refusalReason?: string;
  note?: string;
}

export function correctDocument(s: HallServices, actor: Actor, id: string, c: Correction, base: string): DocumentViewDto {
  return runCommand(s, (now) => {
    const old = s.cases.document(id);
    if (!old || old.hallId !== s.hallId) fail('document-not-found', 'no such document');
    if (s.cases.replacementOf(old.id)) fail('document-superseded', `${old.number} was already corrected: correct the newest version`);
    const ticket = s.tickets.get(old.ticketId);
    if (actor.role !== 'supervisor' && actor.role !== 'admin' && ticket?.clerkId !== actor.userId) {
      fail('forbidden', 'only the clerk who issued it or a supervisor corrects a document');
    }
    if (!c.reason.trim()) fail('reason-required', 'say what the correction corrects');
    const applicant = c.applicant ? checkedApplicant(c.applicant) : null;
    const content = parseJson<DocumentContent>(old.content);
    const next: DocumentContent = {
      ...content,
      ...(applicant ? { applicant: maskedApplicant(applicant) } : {}),
      ...(c.lines && old.kind === 'one-time-notice' ? { lines: c.lines } : {}),
      ...(c.refusalReason && old.kind === 'refusal' ? { reason: c.refusalReason.trim() } : {}),
      note: [c.note?.trim() ?? content.note, `更正说明：${c.reason.trim()}`].filter(Boolean).join('\n'),
    };
    if (applicant && old.caseId) {
      s.cases.update(old.caseId, { applicantName: applicant.name, applicantPhone: applicant.phone, idType: applicant.idType ?? null, idNumber: applicant.idNumber ?? null, updatedAt: now });
    }
    const hall = hallOf(s);
    const row = issueDocument(s, { hall, kind: old.kind, ticketId: old.ticketId, caseId: old.caseId, serviceDay: ticket?.serviceDay ?? old.number.split('-')[2] ?? '', content: next, now, replaces: old });
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'document-corrected', detail: JSON.stringify({ from: old.number, to: row.number, reason: c.reason.trim() }) });
    enqueueOutbox(s, { type: 'document.issued', data: { number: row.number, kind: row.kind, replaces: old.number, ticketNumber: content.ticketNumber, caseNumber: content.caseNumber } }, now);
    return { result: documentView(s, row, base), events: [] };
  });
}
