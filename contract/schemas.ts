/**
 * JSON schemas (TypeBox) of everything the HTTP API sends and takes. The server validates and
 * documents with them; `dto.ts` derives the TypeScript types from them, so the two never drift.
 * Pages import only types from here (`import type`), which keeps TypeBox out of their bundles.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import {
  CASE_ACTIONS, CASE_STATUSES, DELIVERY_METHODS, DOCUMENT_KINDS, ID_TYPES, PAUSE_REASONS, ROLES,
  MATERIAL_FORMS, NO_SHOW_MODES, ONLINE_LEVELS, HANDLED_BY, FORM_KINDS, FORM_MIMES, OUTCOME_KINDS, PICK_REASONS, PRIORITY_REASONS, QUEUE_KINDS, TICKET_SOURCES, TICKET_STATUSES, WINDOW_STATES,
} from './constants.js';

// A schema enum whose static type is the union of the constant's values (checked by Ajv and Value alike).
const Enum = <T extends readonly string[]>(values: T) =>
  Type.Enum(Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K });
const Nullable = <T extends TSchema>(s: T, description?: string) => Type.Union([s, Type.Null()], description ? { description } : {});
const IsoTime = Type.String({ format: 'date-time' });

export const S = {
  QueueKind: Enum(QUEUE_KINDS),
  TicketStatus: Enum(TICKET_STATUSES),
  PriorityReason: Enum(PRIORITY_REASONS),
  TicketSource: Enum(TICKET_SOURCES),
  OutcomeKind: Enum(OUTCOME_KINDS),
  WindowState: Enum(WINDOW_STATES),
  NoShowMode: Enum(NO_SHOW_MODES),
  PickReason: Enum(PICK_REASONS),
  MaterialForm: Enum(MATERIAL_FORMS),
  Role: Enum(ROLES),
  PauseReason: Enum(PAUSE_REASONS),
  CaseStatus: Enum(CASE_STATUSES),
  CaseAction: Enum(CASE_ACTIONS),
  DocumentKind: Enum(DOCUMENT_KINDS),
  DeliveryMethod: Enum(DELIVERY_METHODS),
  IdType: Enum(ID_TYPES),
  OnlineLevel: Enum(ONLINE_LEVELS),
  HandledBy: Enum(HANDLED_BY),
  FormKind: Enum(FORM_KINDS),
  FormMime: Enum(FORM_MIMES),
};

export const Material = Type.Object({
  name: Type.String(), nameEn: Type.String(), copies: Type.Integer(), form: S.MaterialForm,
  notes: Type.String(), notesEn: Type.String(), required: Type.Boolean(),
  checkStandard: Type.String({ description: 'What the clerk checks the material against (核查标准)' }), checkStandardEn: Type.String(),
  shared: Type.Boolean({ description: 'Shared electronically by the platform (电子证照共享): the visitor need not bring it' }),
}, { $id: 'Material' });

/** An uploaded sample or blank form; the file itself is public at `url`. */
export const MatterForm = Type.Object({
  id: Type.String(), kind: S.FormKind, title: Type.String(), titleEn: Type.String(), mime: S.FormMime, size: Type.Integer(),
  materialSeq: Nullable(Type.Integer(), 'The checklist line (0-based) the form belongs to; null: the matter as a whole'),
  url: Type.String({ description: '/api/forms/<id>' }),
});

export const Faq = Type.Object({ q: Type.String(), a: Type.String(), qEn: Type.String(), aEn: Type.String() });

export const Department = Type.Object({
  id: Type.String(), name: Type.String(), nameEn: Type.String(), lowVolume: Type.Boolean(),
  group: Nullable(Type.Union([Type.Literal('livelihood'), Type.Literal('construction')])),
});

export const Queue = Type.Object({
  id: Type.String(), name: Type.String(), nameEn: Type.String(), prefix: Type.String(), kind: S.QueueKind, open: Type.Boolean(),
  // Optional only so older clients and fixtures stay valid; this server always sends it.
  issuingUntil: Type.Optional(Nullable(Type.String(), 'Hall-local HH:MM when this queue stops issuing today (its own hours or stop margin); null: the hall\'s hours apply unchanged')),
});

export const Matter = Type.Object({
  id: Type.String(), name: Type.String(), nameEn: Type.String(), departmentId: Type.String(), queueId: Type.String(),
  materials: Type.Array(Material), promisedDays: Type.Integer(), onTheSpot: Type.Boolean(),
  keywords: Type.Array(Type.String()), faq: Type.Array(Faq),
  jointDepartmentIds: Type.Array(Type.String(), { description: 'Other departments that decide this matter jointly (联办): its cases go to their approvers too' }),
  code: Type.String({ description: 'Implementation code in the province\'s catalogue (实施编码); empty when unknown' }),
  legalBasis: Type.String(),
  statutoryDays: Nullable(Type.Integer(), 'Statutory limit in working days; null when the law sets none'),
  fee: Type.String({ description: 'Empty: free (不收费)' }), feeEn: Type.String(),
  online: S.OnlineLevel, handledBy: S.HandledBy, forms: Type.Array(MatterForm),
});

export const Hall = Type.Object({
  id: Type.String(), name: Type.String(), nameEn: Type.String(), timeZone: Type.String(), notice: Type.String(),
  code: Type.String({ description: 'Opens every case number (XMSZ-20261201-0042)' }),
  catalogVersion: Type.Integer({ description: 'Changes when the catalogue does: a kiosk or console holding an older one reloads it' }),
  kioskIdleSec: Type.Optional(Type.Integer({ description: 'Untouched this long, a kiosk returns home (a kiosk URL\'s ?idle= wins)' })),
  kioskTicketReturnSec: Type.Optional(Type.Integer({ description: 'The kiosk\'s ticket screen returns home after this long (?back= wins)' })),
  appointments: Type.Optional(Type.Object({
    enabled: Type.Boolean({ description: 'Bookings are taken (/book)' }),
    remoteTickets: Type.Boolean({ description: 'Plain tickets may be taken from the phone' }),
    checkInEarlyMin: Type.Integer(), checkInLateMin: Type.Integer(), daysAhead: Type.Integer(),
  }, { description: 'What visitors\' pages need of the appointment rules' })),
});

export const Catalog = Type.Object({ hall: Hall, departments: Type.Array(Department), queues: Type.Array(Queue), matters: Type.Array(Matter) });

/** Who applies: kept in full for the case, shown masked on lists, screens and documents. */
export const Applicant = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  phone: Type.String({ minLength: 5, maxLength: 20 }),
  idType: Type.Optional(S.IdType),
  idNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
}, { additionalProperties: false });

export const Delivery = Type.Object({
  method: S.DeliveryMethod,
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
}, { additionalProperties: false });

/** A checklist item the window took in: its index in the matter's material list and the copies received. */
export const ReceivedInput = Type.Object({
  index: Type.Integer({ minimum: 0, maximum: 199 }),
  copies: Type.Integer({ minimum: 1, maximum: 99 }),
}, { additionalProperties: false });

/** As the case keeps it: names frozen at acceptance, so a later catalogue change does not rewrite history. */
export const ReceivedMaterial = Type.Object({ name: Type.String(), nameEn: Type.String(), copies: Type.Integer(), form: S.MaterialForm });

export const CaseRef = Type.Object({
  number: Type.String({ pattern: '^[A-Z0-9]+-\\d{8}-\\d{3,}$' }), status: S.CaseStatus,
  trackUrl: Type.String({ description: 'The visitor\'s tracking page (root-relative)' }),
});

export const DocumentRef = Type.Object({
  kind: S.DocumentKind, number: Type.String(), url: Type.String({ description: 'The printable A4 page (root-relative)' }),
});

const ticketFields = {
  id: Type.String(), number: Type.String(), queueId: Type.String(), matterId: Nullable(Type.String()),
  status: S.TicketStatus, priority: Nullable(S.PriorityReason), source: S.TicketSource, serviceDay: Type.String(),
  issuedAt: IsoTime, calledAt: Nullable(IsoTime), callCount: Type.Integer(),
  windowId: Nullable(Type.Integer()), windowNumber: Nullable(Type.Integer()),
  peopleAhead: Type.Integer({ description: 'Waiting tickets the ordering would call before this one (0 when not waiting)' }),
  estimatedWaitMinutes: Type.Integer({ description: 'Minutes until the ticket is likely called, as estimated now (0 when not waiting)' }),
  estimatedAtIssueMinutes: Type.Optional(Type.Integer({ description: 'The estimate promised when the ticket was issued (kept for reports)' })),
  noServiceToday: Type.Optional(Type.Boolean({ description: 'true: no window is planned to reach this ticket today (estimatedWaitMinutes is then the plain rule\'s)' })),
  case: Nullable(CaseRef, 'The case this ticket opened (accepted) or collects the result of (results queue)'),
  document: Nullable(DocumentRef, 'The document the service ended with: acceptance notice, one-time notice, refusal or on-the-spot record'),
};
export const Ticket = Type.Object(ticketFields);

export const IssuedTicket = Type.Object({
  ...ticketFields,
  trackUrl: Type.String({ description: 'Phone tracking page of the ticket' }),
  printed: Type.Optional(Type.Boolean()),
  printError: Type.Optional(Type.String()),
});

/** Staff only (never on public screens): the booking behind an appointment ticket, for the console. */
export const BookingBadge = Type.Object({
  day: Type.String({ description: 'Service day of the booking (YYYY-MM-DD)' }), start: Type.String({ description: 'Slot start, HH:MM hall time' }),
  arrivalMinutes: Type.Integer({ description: 'Minutes the visitor checked in after (+) or before (−) the slot start' }),
});

export const CurrentTicket = Type.Object({
  ...ticketFields,
  matter: Nullable(Matter), startedAt: Nullable(IsoTime), lastCalledAt: Nullable(IsoTime), recallLimit: Type.Integer(),
  recallMinIntervalSec: Type.Integer({ description: 'Seconds the hall wants between two calls of the same ticket' }),
  booking: Nullable(BookingBadge, 'The booking of an appointment ticket (slot and arrival); null for others'),
});

export const Outcome = Type.Object({
  kind: S.OutcomeKind,
  missingMaterials: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  matterId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The matter served, when the ticket was taken for a queue or the visitor came for another' })),
  applicant: Type.Optional(Applicant),
  delivery: Type.Optional(Delivery),
  received: Type.Optional(Type.Array(ReceivedInput, { maxItems: 200, description: 'Checklist items taken in (accepted); default: every required item' })),
}, { additionalProperties: false });

export const Window = Type.Object({
  id: Type.Integer(), number: Type.Integer(), name: Type.String(), nameEn: Type.String(),
  queueIds: Type.Array(Type.String()), overflowQueueIds: Type.Array(Type.String()), state: S.WindowState,
  clerk: Nullable(Type.Object({ name: Type.String(), staffNo: Type.String() })),
  // Public: no ticket id. A ticket id is the visitor's capability (tracking, cancelling), so
  // screens and lists carry numbers only; staff read ids through their own routes.
  current: Nullable(Type.Object({
    number: Type.String(), status: Type.Union([Type.Literal('called'), Type.Literal('serving')]), queueId: Type.String(),
  })),
});

/** One call as screens show and speak it (public: the number, never the ticket id). */
export const Call = Type.Object({
  number: Type.String(), queueId: Type.String(), windowId: Type.Integer(), windowNumber: Type.Integer(),
  windowName: Type.String(), windowNameEn: Type.String(), callCount: Type.Integer(), calledAt: IsoTime,
});

/** A ticket's change as public screens may see it: where a number stands, never its id. */
export const TicketChange = Type.Object({
  number: Type.String(), queueId: Type.String(), status: S.TicketStatus, windowNumber: Nullable(Type.Integer()),
});

export const QueueCount = Type.Object({ queueId: Type.String(), waiting: Type.Integer() });

export const Snapshot = Type.Object({
  version: Type.Integer(), hall: Hall, serviceDay: Type.String(), serverTime: IsoTime,
  queues: Type.Array(Type.Composite([Queue, Type.Object({ waiting: Type.Integer() })])),
  windows: Type.Array(Window), recentCalls: Type.Array(Call),
});

export const WaitingEntry = Type.Object({
  ticketId: Type.String(), number: Type.String(), queueId: Type.String(), priority: Nullable(S.PriorityReason),
  source: S.TicketSource, issuedAt: IsoTime, waitedMinutes: Type.Integer(), overflow: Type.Boolean(),
  booking: Nullable(BookingBadge, 'The booking of an appointment ticket (slot and arrival); null for others'),
});

export const WindowQueue = Type.Object({
  windowId: Type.Integer(),
  next: Nullable(Type.Object({ ticketId: Type.String(), number: Type.String(), reason: S.PickReason, explanation: Type.String() })),
  waiting: Type.Array(WaitingEntry), waitingTotal: Type.Integer(),
  // Staff only (never on the public Window): why and since when the window is paused, so a reloaded console can say it.
  pause: Type.Optional(Nullable(Type.Object({ reason: Nullable(S.PauseReason), note: Type.String(), pausedAt: IsoTime }))),
});

export const CallNextResult = Type.Object({ ticket: CurrentTicket, reason: S.PickReason, explanation: Type.String() });

export const ClerkStats = Type.Object({
  served: Type.Integer(), noShows: Type.Integer(), transferred: Type.Integer(), averageServiceMinutes: Nullable(Type.Number()),
});

export const SessionUser = Type.Object({
  id: Type.Integer(), username: Type.String(), name: Type.String(), staffNo: Type.String(),
  role: S.Role,
  departmentIds: Type.Array(Type.String(), { description: 'Departments a back-office approver decides for' }),
  mustChangePassword: Type.Boolean(),
  defaultWindowId: Nullable(Type.Integer()), windowId: Nullable(Type.Integer()),
  allowedWindowIds: Type.Array(Type.Integer(), { description: 'Windows this account may staff' }),
});

export const IssueTicketBody = Type.Object({
  matterId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  queueId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  priority: Type.Optional(S.PriorityReason),
  appointmentCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  source: Type.Optional(S.TicketSource),
  deviceId: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
  caseRef: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: '领取结果: the case number, or the tracking link scanned off its notice; the ticket goes to the results queue' })),
}, { additionalProperties: false });

/** A kiosk device and the last known state of its receipt printer (admin view). */
export const Device = Type.Object({
  id: Type.String(), name: Type.String(), printerUrl: Nullable(Type.String()),
  printerStatus: Type.Union([Type.Literal('unknown'), Type.Literal('ok'), Type.Literal('offline'), Type.Literal('error')]),
  printerDetail: Type.String(), printerCheckedAt: Nullable(IsoTime),
  windowNumber: Nullable(Type.Integer(), 'A rating pad (评价器) of this window; null for a kiosk'),
  paired: Type.Boolean({ description: 'A kiosk holds a credential: it may print and set a green-channel reason' }),
  pairedAt: Nullable(IsoTime),
});

export const PairingCode = Type.Object({ deviceId: Type.String(), code: Type.String(), expiresAt: IsoTime });
export const PairDeviceBody = Type.Object({
  deviceId: Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' }),
  code: Type.String({ minLength: 1, maxLength: 32 }),
}, { additionalProperties: false });
export const DeviceCredential = Type.Object({
  deviceId: Type.String(),
  key: Type.String({ description: 'Send it as the `x-device-key` header on every ticket request; shown once' }),
});
export const DeviceSelf = Type.Object({ id: Type.String(), name: Type.String(), hasPrinter: Type.Boolean() });

/**
 * Pinyin of the catalogue's Chinese texts (matter, department and queue names, keywords), so
 * a kiosk can match `gtgsh` or `getihu` without shipping a pinyin dictionary to the browser.
 * Each value is the text's syllables separated by single spaces, lower case, no tones.
 */
export const PinyinIndex = Type.Object({
  terms: Type.Record(Type.String(), Type.String()),
});

/** The body of a command without options: `{}` or nothing at all; anything else is refused, not ignored. */
export const NoBody = Type.Object({}, { additionalProperties: false });
