import { sqliteTable, text, integer, real, blob, primaryKey, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

/** One row per hall. `version` counts published changes so screens can spot missed events. */
export const halls = sqliteTable('halls', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  notice: text('notice').notNull().default(''),
  version: integer('version').notNull().default(0),
  recallLimit: integer('recall_limit').notNull().default(3),
  recallMinIntervalSec: integer('recall_min_interval_sec').notNull().default(20),
  noShowMode: text('no_show_mode', { enum: ['void', 'slip', 'back'] }).notNull().default('slip'),
  noShowSlipPlaces: integer('no_show_slip_places').notNull().default(3),
  reactivateWithinMin: integer('reactivate_within_min').notNull().default(30),
  maxWaitMin: integer('max_wait_min').notNull().default(45),
  opensAt: text('opens_at').notNull().default('00:00'),
  closesAt: text('closes_at').notNull().default('24:00'),
  /** Who may take plain tickets: anyone (a dispenser's button) or registered kiosks only. */
  anonymousTickets: text('anonymous_tickets', { enum: ['open', 'devices-only'] }).notNull().default('open'),
  /** Upper-case letters and digits opening every case number (XMSZ-20261201-0042). */
  code: text('code').notNull().default('HALL'),
  /** Ratings are taken until the end of this many working days after the service day. */
  ratingDays: integer('rating_days').notNull().default(1),
  /** Rating pads: any browser at /rate/<n> (open), or only kiosks paired for that window (paired). */
  ratingPads: text('rating_pads', { enum: ['open', 'paired'] }).notNull().default('paired'),
  /** Counts catalogue changes, so kiosks and consoles notice one and reload the catalogue. */
  catalogVersion: integer('catalog_version').notNull().default(0),
  /** JSON Weights (server/domain/assessment.ts) of the five assessment parts; null: the defaults. */
  assessmentWeights: text('assessment_weights'),
  /** A kiosk untouched this long returns home with nothing of the visitor left (its URL's ?idle= wins). */
  kioskIdleSec: integer('kiosk_idle_sec').notNull().default(60),
  /** The kiosk's ticket screen returns home after this long (its URL's ?back= wins). */
  kioskTicketReturnSec: integer('kiosk_ticket_return_sec').notNull().default(20),
  /** JSON AppointmentRules (server/domain/appointments.ts) for bookings, check-in and remote tickets; null: the defaults. */
  appointmentRules: text('appointment_rules'),
});

export const departments = sqliteTable('departments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  lowVolume: integer('low_volume', { mode: 'boolean' }).notNull().default(false),
  group: text('group', { enum: ['livelihood', 'construction'] }),
});

export const queues = sqliteTable('queues', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull().references(() => halls.id),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  prefix: text('prefix').notNull(),
  kind: text('kind', { enum: ['domain', 'general', 'results', 'guidance'] }).notNull(),
  defaultServiceMinutes: real('default_service_minutes').notNull().default(10),
  open: integer('open', { mode: 'boolean' }).notNull().default(true),
  /** 0 = no cap */
  dailyCap: integer('daily_cap').notNull().default(0),
  sort: integer('sort').notNull().default(0),
  /** The queue's own hours (HH:MM, hall-local); null: the hall's. */
  opensAt: text('opens_at'),
  closesAt: text('closes_at'),
  /** Tickets stop this many minutes before the queue closes, so the last visitor can still be served. */
  stopIssuingMin: integer('stop_issuing_min').notNull().default(0),
  /** The live board warns when the longest wait passes this; null: the hall's max_wait_min. */
  alertWaitMin: integer('alert_wait_min'),
}, (t) => [uniqueIndex('queues_hall_prefix').on(t.hallId, t.prefix)]);

export const matters = sqliteTable('matters', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  departmentId: text('department_id').notNull().references(() => departments.id),
  queueId: text('queue_id').notNull().references(() => queues.id),
  promisedDays: integer('promised_days').notNull(),
  onTheSpot: integer('on_the_spot', { mode: 'boolean' }).notNull().default(false),
  /** JSON string[] */
  keywords: text('keywords').notNull().default('[]'),
  /** JSON FaqDto[] */
  faq: text('faq').notNull().default('[]'),
  sort: integer('sort').notNull().default(0),
  /** JSON string[]: further departments that approve a joint matter (联审联办) beside `departmentId`. */
  jointDepartmentIds: text('joint_department_ids').notNull().default('[]'),
  /** The matter's implementation code as published in the province's catalogue (实施编码). */
  code: text('code').notNull().default(''),
  legalBasis: text('legal_basis').notNull().default(''),
  /** The statutory time limit in working days (法定办结时限); null when the law sets none. promisedDays never exceeds it. */
  statutoryDays: integer('statutory_days'),
  /** Empty when free (不收费); otherwise the charge as published. */
  fee: text('fee').notNull().default(''),
  feeEn: text('fee_en').notNull().default(''),
  /** 全程网办 (full), 网上申报、现场核验 (partial) or window only (none). */
  online: text('online', { enum: ['full', 'partial', 'none'] }).notNull().default('none'),
  /** City matters are handled in this hall; district matters are explained and sent to the district hall. */
  handledBy: text('handled_by', { enum: ['city', 'district'] }).notNull().default('city'),
}, (t) => [index('matters_queue').on(t.queueId)]);

export const materials = sqliteTable('materials', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  matterId: text('matter_id').notNull().references(() => matters.id),
  seq: integer('seq').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  copies: integer('copies').notNull().default(1),
  form: text('form', { enum: ['original', 'copy', 'both'] }).notNull(),
  notes: text('notes').notNull().default(''),
  notesEn: text('notes_en').notNull().default(''),
  required: integer('required', { mode: 'boolean' }).notNull().default(true),
  /** What the clerk checks the material against (核查标准). */
  checkStandard: text('check_standard').notNull().default(''),
  checkStandardEn: text('check_standard_en').notNull().default(''),
  /** Shared electronically by the platform (电子证照共享): listed, but the visitor need not bring it. */
  shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
}, (t) => [index('materials_matter').on(t.matterId, t.seq)]);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  staffNo: text('staff_no').notNull().default(''),
  role: text('role', { enum: ['clerk', 'supervisor', 'admin', 'approver'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  defaultWindowId: integer('default_window_id'),
  /** JSON number[] of window ids the clerk may staff; null: their own and the windows sharing its queues. */
  allowedWindowIds: text('allowed_window_ids'),
  /** Set for seeded or reset passwords outside demo mode: nothing else works until it is changed. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  /** Per-account lockout with backoff, so one NAT cannot lock everyone out and one attacker cannot try every account. */
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: integer('locked_until'),
  /** JSON string[]: the departments a back-office approver decides for; null for window staff. */
  departmentIds: text('department_ids'),
  /** A disabled account cannot sign in and its sessions end; it stays for the records it signed. */
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
});

export const windows = sqliteTable('windows', {
  id: integer('id').primaryKey(),
  hallId: text('hall_id').notNull().references(() => halls.id),
  number: integer('number').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  /** JSON string[]: served together, in this order for ties */
  queueIds: text('queue_ids').notNull(),
  /** JSON string[]: served only when the own queues are empty */
  overflowQueueIds: text('overflow_queue_ids').notNull().default('[]'),
  state: text('state', { enum: ['closed', 'open', 'paused'] }).notNull().default('closed'),
  clerkId: integer('clerk_id').references(() => users.id),
  /** The console session holding the window, so a second console cannot share it silently. */
  sessionId: text('session_id'),
  openedAt: integer('opened_at'),
  pausedAt: integer('paused_at'),
  pauseReason: text('pause_reason'),
}, (t) => [uniqueIndex('windows_hall_number').on(t.hallId, t.number)]);

export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Ticket numbers restart per service day because the key includes the day: no midnight job. */
export const counters = sqliteTable('counters', {
  queueId: text('queue_id').notNull(),
  serviceDay: text('service_day').notNull(),
  last: integer('last').notNull(),
}, (t) => [primaryKey({ columns: [t.queueId, t.serviceDay] })]);

export const tickets = sqliteTable('tickets', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull(),
  serviceDay: text('service_day').notNull(),
  queueId: text('queue_id').notNull(),
  /** The queue the number was issued in; the number keeps its prefix after a transfer. */
  issuedQueueId: text('issued_queue_id').notNull(),
  matterId: text('matter_id'),
  seq: integer('seq').notNull(),
  number: text('number').notNull(),
  status: text('status', { enum: ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'unserved', 'abandoned'] }).notNull(),
  priority: text('priority', { enum: ['elderly', 'disabled', 'pregnant', 'military', 'other'] }),
  source: text('source', { enum: ['kiosk', 'phone', 'appointment', 'counter'] }).notNull(),
  appointmentCode: text('appointment_code'),
  deviceId: text('device_id'),
  idempotencyKey: text('idempotency_key'),
  /** Place in time used for ordering (ms); moved by no-show slips, kept by transfers. */
  orderAt: real('order_at').notNull(),
  issuedAt: integer('issued_at').notNull(),
  calledAt: integer('called_at'),
  lastCalledAt: integer('last_called_at'),
  callCount: integer('call_count').notNull().default(0),
  startedAt: integer('started_at'),
  finishedAt: integer('finished_at'),
  noShowAt: integer('no_show_at'),
  cancelledAt: integer('cancelled_at'),
  windowId: integer('window_id'),
  clerkId: integer('clerk_id'),
  outcome: text('outcome', { enum: ['accepted', 'one-time-notice', 'not-accepted', 'on-the-spot', 'consultation'] }),
  /** JSON OutcomeDto */
  outcomeDetail: text('outcome_detail'),
  estimatedWaitMinutes: integer('estimated_wait_minutes').notNull().default(0),
  peopleAheadAtIssue: integer('people_ahead_at_issue').notNull().default(0),
  printed: integer('printed', { mode: 'boolean' }),
  /** A results-queue ticket (领取结果) names the case whose result it collects. */
  caseId: text('case_id'),
  /** When the end of its service day closed it (unserved or abandoned). */
  closedAt: integer('closed_at'),
  /** The booking this appointment ticket checked in (source = appointment). */
  bookingId: text('booking_id'),
  /** A phone number verified by a one-time code: it hears "your turn is near" and "you are called". */
  notifyPhone: text('notify_phone'),
  nearNotifiedAt: integer('near_notified_at'),
  calledNotifiedAt: integer('called_notified_at'),
}, (t) => [
  uniqueIndex('tickets_number_per_day').on(t.issuedQueueId, t.serviceDay, t.seq),
  uniqueIndex('tickets_idempotency').on(t.idempotencyKey, t.serviceDay),
  // A queue's line in call order, with what ordering and the forecast read of each ticket: "how many
  // ahead", each line's first walk-in and the day's waiting tickets are read from this index alone
  // (no row lookups), and the queries by (hall, day, status, queue) use its prefix.
  index('tickets_line').on(t.hallId, t.serviceDay, t.status, t.queueId, t.orderAt, t.seq, t.id, t.priority, t.source, t.matterId),
  // Waiting green-channel and appointment tickets (few): with each line's first walk-in, all that
  // call-next reads (domain/ordering.ts pickInputs). Queries repeat this WHERE to use it.
  index('tickets_special').on(t.hallId, t.serviceDay, t.queueId, t.orderAt, t.seq)
    .where(sql`status = 'waiting' AND (priority IS NOT NULL OR source = 'appointment')`),
  // Waiting tickets whose phone has not yet been told "your turn is near" (read after every call).
  index('tickets_to_notify').on(t.hallId, t.serviceDay, t.queueId)
    .where(sql`status = 'waiting' AND notify_phone IS NOT NULL AND near_notified_at IS NULL`),
  // started_at too: the plain estimate's recent service times are read from the index alone.
  index('tickets_queue_day').on(t.queueId, t.serviceDay, t.status, t.finishedAt, t.startedAt),
  index('tickets_window').on(t.windowId, t.status),
]);

/**
 * How many tickets wait in each queue and service day, kept by triggers on `tickets`
 * (drizzle/0013_line_index.sql) in the writing transaction itself: a count the issuing path reads
 * in one lookup instead of walking the line, and which no code path can forget to update.
 */
export const waitingCounts = sqliteTable('waiting_counts', {
  hallId: text('hall_id').notNull(),
  serviceDay: text('service_day').notNull(),
  queueId: text('queue_id').notNull(),
  waiting: integer('waiting').notNull(),
}, (t) => [primaryKey({ columns: [t.hallId, t.serviceDay, t.queueId] })]);

/** Every lifecycle step with its time, so reports never have to guess (each recall is a row). */
export const ticketEvents = sqliteTable('ticket_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  ticketId: text('ticket_id').notNull(),
  at: integer('at').notNull(),
  type: text('type').notNull(),
  windowId: integer('window_id'),
  clerkId: integer('clerk_id'),
  /** JSON */
  detail: text('detail'),
}, (t) => [index('ticket_events_ticket').on(t.ticketId), index('ticket_events_type_at').on(t.type, t.at)]);

/** Kiosk devices and their printers. */
export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull(),
  name: text('name').notNull(),
  printerUrl: text('printer_url'),
  printerStatus: text('printer_status', { enum: ['unknown', 'ok', 'offline', 'error'] }).notNull().default('unknown'),
  printerDetail: text('printer_detail').notNull().default(''),
  printerCheckedAt: integer('printer_checked_at'),
  /** scrypt hash of the credential a paired kiosk presents; null until paired. */
  secretHash: text('secret_hash'),
  pairedAt: integer('paired_at'),
  /** A short one-time code the admin hands to the installer; hashed, expires. */
  pairingCodeHash: text('pairing_code_hash'),
  pairingExpiresAt: integer('pairing_expires_at'),
  /** A rating pad (评价器) is a device bound to one window; null for kiosks. */
  windowNumber: integer('window_number'),
});

/** Who did what with authority beyond their window: takeovers, pairing, password resets. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  at: integer('at').notNull(),
  actorId: integer('actor_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  /** JSON */
  detail: text('detail'),
}, (t) => [index('audit_log_at').on(t.hallId, t.at)]);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** The hall's working-day calendar: days that differ from "Monday to Friday" (holidays off, 调休 make-up days on). */
export const calendarDays = sqliteTable('calendar_days', {
  hallId: text('hall_id').notNull(),
  day: text('day').notNull(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull().default(''),
}, (t) => [primaryKey({ columns: [t.hallId, t.day] })]);

/** Daily sequences other than ticket numbers (case numbers, document numbers); the day in the key restarts them. */
export const sequences = sqliteTable('sequences', {
  name: text('name').notNull(),
  day: text('day').notNull(),
  last: integer('last').notNull(),
}, (t) => [primaryKey({ columns: [t.name, t.day] })]);

/** A case (办件): born when a window accepts an application, followed until the result is handed out. */
export const cases = sqliteTable('cases', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull(),
  number: text('number').notNull().unique(),
  /** The visitor's capability for the tracking page /c/<token>. */
  token: text('token').notNull().unique(),
  ticketId: text('ticket_id').notNull(),
  matterId: text('matter_id').notNull(),
  status: text('status', {
    enum: ['received', 'in-review', 'supplement-requested', 'supplement-received', 'approved', 'denied', 'result-ready', 'delivered', 'mailed', 'withdrawn'],
  }).notNull(),
  applicantName: text('applicant_name').notNull(),
  applicantPhone: text('applicant_phone').notNull(),
  idType: text('id_type'),
  idNumber: text('id_number'),
  deliveryMethod: text('delivery_method', { enum: ['pickup', 'mail'] }).notNull(),
  deliveryAddress: text('delivery_address'),
  /** JSON ReceivedMaterial[]: what the window took in, with counts. */
  materials: text('materials').notNull(),
  clerkId: integer('clerk_id').notNull(),
  windowId: integer('window_id').notNull(),
  acceptedAt: integer('accepted_at').notNull(),
  acceptedDay: text('accepted_day').notNull(),
  promisedDays: integer('promised_days').notNull(),
  /** The promised last day, in the hall's calendar; moved when a supplement stops and restarts the clock. */
  dueDay: text('due_day').notNull(),
  /** Working days left on the clock while it is stopped for a supplement (补正); null while it runs. */
  remainingDays: integer('remaining_days'),
  resultReadyAt: integer('result_ready_at'),
  closedAt: integer('closed_at'),
  carrier: text('carrier'),
  trackingNumber: text('tracking_number'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [index('cases_ticket').on(t.ticketId), index('cases_status').on(t.hallId, t.status, t.dueDay)]);

/** One approval step per department of the case's matter (联审联办); all must approve. */
export const caseSteps = sqliteTable('case_steps', {
  caseId: text('case_id').notNull(),
  departmentId: text('department_id').notNull(),
  decision: text('decision', { enum: ['pending', 'approved', 'denied'] }).notNull().default('pending'),
  opinion: text('opinion').notNull().default(''),
  actorId: integer('actor_id'),
  actorName: text('actor_name'),
  at: integer('at'),
}, (t) => [primaryKey({ columns: [t.caseId, t.departmentId] })]);

/** Every change of a case: who, when, why (the timeline). */
export const caseEvents = sqliteTable('case_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  caseId: text('case_id').notNull(),
  at: integer('at').notNull(),
  type: text('type').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status'),
  actorId: integer('actor_id'),
  actorName: text('actor_name').notNull(),
  note: text('note').notNull().default(''),
  /** JSON */
  detail: text('detail'),
}, (t) => [index('case_events_case').on(t.caseId, t.id)]);

/** Issued documents (受理通知书, 一次性告知书, 不予受理通知书, 即办记录): frozen content, never updated; a correction is a new version. */
export const documents = sqliteTable('documents', {
  /** Unguessable: the visitor's link to the page. */
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull(),
  number: text('number').notNull().unique(),
  kind: text('kind', { enum: ['acceptance-notice', 'one-time-notice', 'refusal', 'completion-record'] }).notNull(),
  ticketId: text('ticket_id').notNull(),
  caseId: text('case_id'),
  version: integer('version').notNull().default(1),
  replacesId: text('replaces_id'),
  issuedAt: integer('issued_at').notNull(),
  /** JSON DocumentContent: everything the page prints, as it was at issue. */
  content: text('content').notNull(),
}, (t) => [index('documents_ticket').on(t.ticketId), index('documents_case').on(t.caseId)]);

/** Messages to the world (SMS, webhooks), written in the transaction of the change they announce, sent after commit. */
export const outbox = sqliteTable('outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The same for every copy of one event (one per endpoint): receivers de-duplicate by it. */
  eventId: text('event_id').notNull(),
  hallId: text('hall_id').notNull(),
  channel: text('channel', { enum: ['sms', 'webhook'] }).notNull(),
  endpointId: integer('endpoint_id'),
  type: text('type').notNull(),
  /** JSON: the SMS { to, text } or the webhook body's `data`. */
  payload: text('payload').notNull(),
  createdAt: integer('created_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  deliveredAt: integer('delivered_at'),
  /** Set when retries are exhausted; an admin sees it and may retry. */
  failedAt: integer('failed_at'),
  lastError: text('last_error').notNull().default(''),
}, (t) => [uniqueIndex('outbox_event_target').on(t.eventId, t.channel, t.endpointId), index('outbox_due').on(t.deliveredAt, t.failedAt, t.nextAttemptAt)]);

/** The city platform's receivers of signed webhooks. */
export const webhookEndpoints = sqliteTable('webhook_endpoints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  /** HMAC-SHA256 key; shown to the admin once at creation. */
  secret: text('secret').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
});

/** A visitor's rating (好差评) of one service or one case: once each, never assumed. */
export const ratings = sqliteTable('ratings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  /** Exactly one of ticketId and caseId is set: a service, or a case as a whole. */
  ticketId: text('ticket_id').unique(),
  caseId: text('case_id').unique(),
  level: integer('level').notNull(),
  /** JSON RatingReason[] (for levels 1 and 2). */
  reasons: text('reasons').notNull().default('[]'),
  text: text('text').notNull().default(''),
  phone: text('phone'),
  channel: text('channel', { enum: ['pad', 'phone'] }).notNull(),
  windowId: integer('window_id'),
  clerkId: integer('clerk_id'),
  departmentId: text('department_id'),
  matterId: text('matter_id'),
  serviceDay: text('service_day').notNull(),
  at: integer('at').notNull(),
  /** Set when a supervisor upheld a department's appeal: the rating is kept, marked annulled. */
  annulledAt: integer('annulled_at'),
}, (t) => [index('ratings_day').on(t.hallId, t.serviceDay), index('ratings_clerk').on(t.clerkId, t.serviceDay)]);

/** What a window's rating pad may rate: the service it just finished there, by a one-time token. */
export const ratingInvites = sqliteTable('rating_invites', {
  token: text('token').primaryKey(),
  ticketId: text('ticket_id').notNull(),
  windowId: integer('window_id').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('rating_invites_window').on(t.windowId, t.createdAt)]);

/** A visitor's complaint (投诉), from the phone or entered at the guidance desk. */
export const complaints = sqliteTable('complaints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  category: text('category', { enum: ['attitude', 'efficiency', 'rules', 'facilities', 'integrity', 'other'] }).notNull(),
  text: text('text').notNull(),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  ticketId: text('ticket_id'),
  caseId: text('case_id'),
  channel: text('channel', { enum: ['phone', 'desk'] }).notNull(),
  enteredBy: integer('entered_by'),
  at: integer('at').notNull(),
});

/** A follow-up (整改) of a bad rating or a complaint: a closed loop due in working days. */
export const rectifications = sqliteTable('rectifications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  kind: text('kind', { enum: ['rating', 'complaint'] }).notNull(),
  ratingId: integer('rating_id'),
  complaintId: integer('complaint_id'),
  ticketId: text('ticket_id'),
  caseId: text('case_id'),
  windowId: integer('window_id'),
  clerkId: integer('clerk_id'),
  /** The department that answers for it; null: the hall's service management office. */
  departmentId: text('department_id'),
  status: text('status', { enum: ['open', 'verified', 'contacted', 'rectified', 'explained', 'appealed', 'closed', 'annulled'] }).notNull(),
  /** The status an appeal interrupted, where an upheld rating resumes. */
  appealedFrom: text('appealed_from'),
  finding: text('finding', { enum: ['founded', 'unfounded'] }),
  openedAt: integer('opened_at').notNull(),
  openedDay: text('opened_day').notNull(),
  dueDay: text('due_day').notNull(),
  closedAt: integer('closed_at'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [index('rectifications_status').on(t.hallId, t.status, t.dueDay)]);

export const rectificationSteps = sqliteTable('rectification_steps', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull(),
  at: integer('at').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  actorId: integer('actor_id'),
  actorName: text('actor_name').notNull(),
  note: text('note').notNull().default(''),
  /** JSON: consent and result of a call-back, the finding, … */
  detail: text('detail'),
}, (t) => [index('rectification_steps_item').on(t.itemId, t.id)]);

/** Sign-in, sign-out and pauses at windows, with the pause reason: the attendance record (日常考勤). */
export const windowLog = sqliteTable('window_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  windowId: integer('window_id').notNull(),
  clerkId: integer('clerk_id'),
  at: integer('at').notNull(),
  type: text('type', { enum: ['open', 'close', 'pause', 'resume'] }).notNull(),
  reason: text('reason'),
}, (t) => [index('window_log_clerk').on(t.clerkId, t.at), index('window_log_window').on(t.windowId, t.at)]);

/** 部门评价: a department head's monthly score (0–100) and comment on a clerk. */
export const staffEvaluations = sqliteTable('staff_evaluations', {
  clerkId: integer('clerk_id').notNull(),
  month: text('month').notNull(),
  score: integer('score').notNull(),
  comment: text('comment').notNull().default(''),
  enteredBy: integer('entered_by').notNull(),
  at: integer('at').notNull(),
}, (t) => [primaryKey({ columns: [t.clerkId, t.month] })]);

/** Sample and blank forms (样表/空白表) of a matter, uploaded by an admin and served to kiosks and consoles. */
export const matterForms = sqliteTable('matter_forms', {
  id: text('id').primaryKey(),
  matterId: text('matter_id').notNull().references(() => matters.id),
  /** The checklist line (materials.seq) the form belongs to; null: the matter as a whole. */
  materialSeq: integer('material_seq'),
  kind: text('kind', { enum: ['sample', 'blank'] }).notNull(),
  title: text('title').notNull(),
  titleEn: text('title_en').notNull().default(''),
  mime: text('mime', { enum: ['application/pdf', 'image/png', 'image/jpeg'] }).notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  uploadedAt: integer('uploaded_at').notNull(),
  uploadedBy: integer('uploaded_by'),
}, (t) => [index('matter_forms_matter').on(t.matterId)]);

/** 排班 week template: when a window is planned open on a weekday (1 = Mon … 7 = Sun). No row: closed. */
export const rosterWeek = sqliteTable('roster_week', {
  hallId: text('hall_id').notNull(),
  windowId: integer('window_id').notNull(),
  weekday: integer('weekday').notNull(),
  /** JSON [["08:30","12:00"],["13:30","17:30"]], checked by server/domain/roster.ts */
  spans: text('spans').notNull(),
}, (t) => [primaryKey({ columns: [t.hallId, t.windowId, t.weekday] })]);

/** 排班 per-day overrides: this window on this hall-local date, whatever the template says ("[]": closed that day). */
export const rosterDays = sqliteTable('roster_days', {
  hallId: text('hall_id').notNull(),
  windowId: integer('window_id').notNull(),
  day: text('day').notNull(),
  spans: text('spans').notNull(),
}, (t) => [primaryKey({ columns: [t.hallId, t.windowId, t.day] }), index('roster_days_day').on(t.hallId, t.day)]);

/**
 * A booked half-hour slot (预约). `code` is what the visitor shows at the kiosk (QR or typed) and
 * checks in once; `manageToken` is the capability behind the view/cancel link. "Missed" is not
 * stored: a booking still `booked` after its check-in window closed was missed.
 */
export const bookings = sqliteTable('bookings', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull().references(() => halls.id),
  code: text('code').notNull(),
  manageToken: text('manage_token').notNull(),
  queueId: text('queue_id').notNull().references(() => queues.id),
  matterId: text('matter_id').notNull().references(() => matters.id),
  serviceDay: text('service_day').notNull(),
  /** HH:MM on the hall's clock: the slot runs 30 minutes from here. */
  slotStart: text('slot_start').notNull(),
  phone: text('phone').notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: ['booked', 'checked-in', 'cancelled'] }).notNull(),
  /** Booked on /book (web) or by the city platform through its API key (platform). */
  channel: text('channel', { enum: ['web', 'platform'] }).notNull(),
  clientId: text('client_id'),
  createdAt: integer('created_at').notNull(),
  cancelledAt: integer('cancelled_at'),
  checkedInAt: integer('checked_in_at'),
  ticketId: text('ticket_id'),
}, (t) => [
  uniqueIndex('bookings_code').on(t.hallId, t.code),
  uniqueIndex('bookings_manage_token').on(t.manageToken),
  index('bookings_slot').on(t.hallId, t.queueId, t.serviceDay, t.slotStart),
  index('bookings_phone').on(t.hallId, t.phone, t.serviceDay),
]);

/** One-time codes sent to a phone to prove it is the visitor's (stored hashed, single use, short-lived). */
export const phoneCodes = sqliteTable('phone_codes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hallId: text('hall_id').notNull(),
  phone: text('phone').notNull(),
  purpose: text('purpose', { enum: ['booking', 'remote-ticket'] }).notNull(),
  codeHash: text('code_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  usedAt: integer('used_at'),
}, (t) => [index('phone_codes_phone').on(t.hallId, t.phone, t.createdAt)]);

/** The city platform's API keys (i厦门 / 闽政通): admin issues and revokes them; only a hash is kept. */
export const apiClients = sqliteTable('api_clients', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull().references(() => halls.id),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull(),
  /** The key's first characters, so an admin can tell keys apart without the key. */
  keyPrefix: text('key_prefix').notNull(),
  createdAt: integer('created_at').notNull(),
  createdBy: integer('created_by'),
  revokedAt: integer('revoked_at'),
  lastUsedAt: integer('last_used_at'),
}, (t) => [uniqueIndex('api_clients_key').on(t.keyHash)]);
