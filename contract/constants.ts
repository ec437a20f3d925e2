/** Enumerations shared by server and pages. No dependencies, so pages can import them freely. */

export const QUEUE_KINDS = ['domain', 'general', 'results', 'guidance'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
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

/** Why call-next chose a ticket; the console shows it so the order is never a mystery. */
export const PICK_REASONS = ['overdue', 'green-channel', 'appointment', 'fifo', 'overflow'] as const;
export type PickReason = (typeof PICK_REASONS)[number];

export const MATERIAL_FORMS = ['original', 'copy', 'both'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
