/**
 * Rows and domain values → the DTOs of the public contract: the one place that decides what a
 * response or event shows of a row. Pure (no services): anything that needs another read,
 * such as a ticket's place in line, is composed in views.ts from these.
 */
import type { CallDto, FaqDto, HallDto, MatterDto, QueueDto, WindowDto } from '../../contract/dto.js';
import type { FormMeta, HallRow, MaterialRow, MatterRow, QueueRow } from '../db/catalog-repo.js';
import { parseJson } from '../db/json.js';
import { issuingUntilOf } from '../domain/issuing.js';
import { appointmentRulesOf } from './appointment-rules.js';
import type { CallRow } from '../db/ticket-events-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { queuesOfWindow, type UserRow, type WindowRow } from '../db/windows-repo.js';

export function iso(ms: number): string;
export function iso(ms: number | null): string | null;
export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function toHallDto(h: HallRow): HallDto {
  return {
    id: h.id, name: h.name, nameEn: h.nameEn, timeZone: h.timeZone, notice: h.notice, code: h.code, catalogVersion: h.catalogVersion,
    kioskIdleSec: h.kioskIdleSec, kioskTicketReturnSec: h.kioskTicketReturnSec, appointments: publicRules(h),
  };
}

function publicRules(h: HallRow): NonNullable<HallDto['appointments']> {
  const r = appointmentRulesOf(h);
  return { enabled: r.enabled, remoteTickets: r.remoteTickets, checkInEarlyMin: r.checkInEarlyMin, checkInLateMin: r.checkInLateMin, daysAhead: r.daysAhead };
}

/** The hall's hours matter too: a queue's stop margin counts back from the hall's close when it has none of its own. */
export function toQueueDto(q: QueueRow, hall: Pick<HallRow, 'opensAt' | 'closesAt'>): QueueDto {
  return { id: q.id, name: q.name, nameEn: q.nameEn, prefix: q.prefix, kind: q.kind, open: q.open, issuingUntil: issuingUntilOf(q, hall) };
}

export function toMatterDto(m: MatterRow, mats: readonly MaterialRow[], forms: readonly FormMeta[]): MatterDto {
  return {
    id: m.id, name: m.name, nameEn: m.nameEn, departmentId: m.departmentId, queueId: m.queueId,
    promisedDays: m.promisedDays, onTheSpot: m.onTheSpot,
    keywords: parseJson<string[]>(m.keywords), faq: parseJson<FaqDto[]>(m.faq), jointDepartmentIds: parseJson<string[]>(m.jointDepartmentIds),
    materials: mats.map((x) => ({
      name: x.name, nameEn: x.nameEn, copies: x.copies, form: x.form, notes: x.notes, notesEn: x.notesEn, required: x.required,
      checkStandard: x.checkStandard, checkStandardEn: x.checkStandardEn, shared: x.shared,
    })),
    code: m.code, legalBasis: m.legalBasis, statutoryDays: m.statutoryDays, fee: m.fee, feeEn: m.feeEn, online: m.online, handledBy: m.handledBy,
    forms: forms.map((f) => ({
      id: f.id, kind: f.kind, title: f.title, titleEn: f.titleEn, mime: f.mime, size: f.size, materialSeq: f.materialSeq, url: `/api/forms/${f.id}`,
    })),
  };
}

/** A closed window shows no clerk; only a called or serving ticket is the window's current one. */
export function toWindowDto(w: WindowRow, clerk: UserRow | undefined, current: TicketRow | undefined): WindowDto {
  const served = queuesOfWindow(w);
  return {
    id: w.id, number: w.number, name: w.name, nameEn: w.nameEn, queueIds: served.queueIds, overflowQueueIds: served.overflowQueueIds,
    state: w.state,
    clerk: clerk && w.state !== 'closed' ? { name: clerk.name, staffNo: clerk.staffNo } : null,
    current: current && (current.status === 'called' || current.status === 'serving')
      ? { number: current.number, status: current.status, queueId: current.queueId }
      : null,
  };
}

/** The call just made, as the screens announce it. */
export function callDto(row: TicketRow, w: WindowRow): CallDto {
  return {
    number: row.number, queueId: row.queueId, windowId: w.id, windowNumber: w.number,
    windowName: w.name, windowNameEn: w.nameEn, callCount: row.callCount, calledAt: iso(row.lastCalledAt ?? row.calledAt ?? 0),
  };
}

/** A call of the day read back from the history (snapshots). */
export function callRowDto(r: CallRow): CallDto {
  return {
    number: r.number, queueId: r.queueId, windowId: r.windowId, windowNumber: r.windowNumber,
    windowName: r.windowName, windowNameEn: r.windowNameEn, callCount: r.callCount, calledAt: iso(r.at),
  };
}
