/** Enumerations shared by server and pages. No dependencies, so pages can import them freely. */

/** Accounts: window staff (clerk), the hall's supervisors and administrators, and back-office approvers (后台审批). */
export const ROLES = ['clerk', 'supervisor', 'admin', 'approver'] as const;
export type Role = (typeof ROLES)[number];

export const QUEUE_KINDS = ['domain', 'general', 'results', 'guidance'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** unserved / abandoned: closed at the end of the service day (still waiting / still at a window), never deleted. */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'unserved', 'abandoned'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Green-channel reasons (绿色通道). A ticket with one goes ahead of normal tickets. */
export const PRIORITY_REASONS = ['elderly', 'disabled', 'pregnant', 'military', 'other'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const TICKET_SOURCES = ['kiosk', 'phone', 'appointment', 'counter'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];

export const OUTCOME_KINDS = ['accepted', 'one-time-notice', 'not-accepted', 'on-the-spot', 'consultation'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const WINDOW_STATES = ['closed', 'open', 'paused'] as const;
export type WindowState = (typeof WINDOW_STATES)[number];

export const NO_SHOW_MODES = ['void', 'slip', 'back'] as const;
export type NoShowMode = (typeof NO_SHOW_MODES)[number];

/** Why a window pauses (暂停原因): asked by the console, logged for attendance, shown on the live board. */
export const PAUSE_REASONS = ['break', 'meal', 'meeting', 'consulting', 'system', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** Why call-next chose a ticket; the console shows it so the order is never a mystery. */
export const PICK_REASONS = ['overdue', 'green-channel', 'appointment', 'fifo', 'overflow'] as const;
export type PickReason = (typeof PICK_REASONS)[number];

export const MATERIAL_FORMS = ['original', 'copy', 'both'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

/** A case's (办件) path: front desk accepts, back office approves, the results window hands out. */
export const CASE_STATUSES = [
  'received', 'in-review', 'supplement-requested', 'supplement-received', 'approved', 'denied', 'result-ready', 'delivered', 'mailed', 'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What can happen to a case; each is allowed from the statuses in server/domain/case.ts. */
export const CASE_ACTIONS = [
  'start-review', 'request-supplement', 'receive-supplement', 'decide', 'mark-result-ready', 'deliver', 'mail', 'withdraw',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const DOCUMENT_KINDS = ['acceptance-notice', 'one-time-notice', 'refusal', 'completion-record'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DELIVERY_METHODS = ['pickup', 'mail'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const ID_TYPES = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-id', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** The national five-level scale (好差评), 5 best. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Why a visitor was dissatisfied (asked for levels 2 and 1). */
export const RATING_REASONS = ['attitude', 'slow', 'unclear-materials', 'repeat-visits', 'long-wait', 'system-fault', 'other'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

export const RATING_CHANNELS = ['pad', 'phone'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

/** A follow-up item's (整改) path: verify, call back, rectify or explain, close; appeals go to a supervisor. */
export const RECTIFICATION_STATUSES = ['open', 'verified', 'contacted', 'rectified', 'explained', 'appealed', 'closed', 'annulled'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_ACTIONS = ['verify', 'contact', 'rectify', 'explain', 'close', 'appeal', 'uphold', 'annul'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export const COMPLAINT_CATEGORIES = ['attitude', 'efficiency', 'rules', 'facilities', 'integrity', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** How far a matter can be done online: 全程网办, 网上申报、现场核验, or at the window only. */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
/** Who decides a matter: this (city) hall, or the district halls the kiosk sends the visitor to. */
export const HANDLED_BY = ['city', 'district'] as const;
/** A matter's uploaded forms: a filled-in sample (样表) or a blank form (空白表). */
export const FORM_KINDS = ['sample', 'blank'] as const;
export const FORM_MIMES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
