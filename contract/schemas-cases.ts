/**
 * Schemas of cases (办件), their documents and tracking: what the finish dialog sends, what the
 * back office, the results window and the visitor's phone read.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { DocumentRef, ReceivedMaterial, S } from './schemas.js';

const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const IsoTime = Type.String({ format: 'date-time' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Hall-local date' });

const UrgencyT = Type.Union([Type.Literal('overdue'), Type.Literal('due-soon'), Type.Literal('on-time'), Type.Literal('stopped'), Type.Literal('closed')]);

export const CaseSummary = Type.Object({
  number: Type.String(), status: S.CaseStatus, matterId: Type.String(), matterName: Type.String(), matterNameEn: Type.String(),
  departmentIds: Type.Array(Type.String()), applicantName: Type.String({ description: 'Masked' }),
  acceptedAt: IsoTime, dueDay: Day, urgency: UrgencyT,
  workingDaysLeft: Nullable(Type.Integer({ description: 'Working days to the due day; null once decided; frozen while a supplement is awaited' })),
  deliveryMethod: S.DeliveryMethod,
  progress: Type.Object({ approved: Type.Integer(), denied: Type.Integer(), total: Type.Integer() }, { description: 'Approval steps (one per department of a joint matter)' }),
});

export const CaseStep = Type.Object({
  departmentId: Type.String(), departmentName: Type.String(), decision: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('denied')]),
  opinion: Type.String(), actorName: Nullable(Type.String()), at: Nullable(IsoTime),
});

export const CaseEvent = Type.Object({
  at: IsoTime, type: Type.String(), fromStatus: Nullable(S.CaseStatus), toStatus: Nullable(S.CaseStatus), actorName: Type.String(), note: Type.String(),
});

export const CaseDocument = Type.Object({
  kind: S.DocumentKind, number: Type.String(), url: Type.String(), version: Type.Integer(), issuedAt: IsoTime, replacedBy: Nullable(Type.String()),
});

/** What the back office and the results window read. Identity numbers stay masked even here. */
export const CaseDetail = Type.Composite([CaseSummary, Type.Object({
  applicant: Type.Object({ name: Type.String(), phone: Type.String({ description: 'Masked' }), idType: Nullable(S.IdType), idNumber: Nullable(Type.String({ description: 'Masked' })) }),
  delivery: Type.Object({ method: S.DeliveryMethod, address: Nullable(Type.String()) }),
  materials: Type.Array(ReceivedMaterial), steps: Type.Array(CaseStep), events: Type.Array(CaseEvent), documents: Type.Array(CaseDocument),
  ticketNumber: Type.String(), windowNumber: Nullable(Type.Integer()), clerkName: Type.String(),
  carrier: Nullable(Type.String()), trackingNumber: Nullable(Type.String()), trackUrl: Type.String(),
  remainingDaysWhenStopped: Nullable(Type.Integer()),
})]);

/** The visitor's tracking page (/c/<token>): no staff names, identity masked. */
export const CaseTrack = Type.Object({
  number: Type.String(), status: S.CaseStatus, matterName: Type.String(), matterNameEn: Type.String(),
  hallName: Type.String(), hallNameEn: Type.String(), timeZone: Type.String(), applicantName: Type.String({ description: 'Masked' }),
  acceptedAt: IsoTime, dueDay: Day, workingDaysLeft: Nullable(Type.Integer()), urgency: UrgencyT,
  timeline: Type.Array(Type.Object({ at: IsoTime, type: Type.String(), toStatus: Nullable(S.CaseStatus), note: Type.String() })),
  documents: Type.Array(DocumentRef),
  delivery: Type.Object({ method: S.DeliveryMethod, address: Nullable(Type.String({ description: 'Masked' })) }),
  whatToBring: Type.Array(Type.String({ description: 'For pickup at the results window' })),
  carrier: Nullable(Type.String()), trackingNumber: Nullable(Type.String()),
  mayWithdraw: Type.Boolean(),
});

/** What a kiosk may learn from a case number alone: enough to say "not ready yet, due …", nothing personal. */
export const CasePublicStatus = Type.Object({
  number: Type.String(), status: S.CaseStatus, dueDay: Day, ready: Type.Boolean(), matterName: Type.String(), matterNameEn: Type.String(),
  deliveryMethod: S.DeliveryMethod,
  ticketNumber: Nullable(Type.String({ description: 'The results ticket already in line for this case, if any' })),
});

export const DocumentLine = Type.Object({ name: Type.String(), requirement: Type.String() });

/** A document as issued: everything its page prints, frozen. */
export const DocumentView = Type.Object({
  id: Type.String(), kind: S.DocumentKind, number: Type.String(), version: Type.Integer(), replacesNumber: Nullable(Type.String()),
  replacedByNumber: Nullable(Type.String()),
  issuedAt: IsoTime, hallName: Type.String(), hallNameEn: Type.String(), matterName: Type.String(), departmentNames: Type.Array(Type.String()),
  applicant: Type.Object({ name: Type.String(), phone: Type.String(), idType: Nullable(S.IdType), idNumber: Nullable(Type.String()) }),
  clerk: Type.Object({ name: Type.String(), staffNo: Type.String(), windowNumber: Nullable(Type.Integer()) }),
  ticketNumber: Type.String(), caseNumber: Nullable(Type.String()), trackUrl: Nullable(Type.String()),
  selfUrl: Type.String({ description: 'Absolute link of this document page (for a QR code when there is no case)' }),
  timeZone: Type.String({ description: 'The hall\'s time zone, for showing the dates' }),
  qrUrl: Nullable(Type.String({ description: 'Absolute link of the tracking page, for the QR code (from PUBLIC_URL, else the address this server answered on)' })),
  lines: Type.Array(DocumentLine, { description: 'Materials received, or missing with what is required of each' }),
  reason: Nullable(Type.String()), statement: Type.String({ description: 'The standard wording of the document kind, frozen at issue (e.g. the right to appeal)' }),
  dueDay: Nullable(Day), promisedDays: Nullable(Type.Integer()), note: Type.String(),
  delivery: Nullable(Type.Object({ method: S.DeliveryMethod, address: Nullable(Type.String()) })),
});
