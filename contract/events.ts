import type { CallDto, HallDto, HallSnapshot, LiveBoardDto, QueueCountDto, TicketChangeDto, WindowDto } from './dto.js';

/**
 * Every state-changing event carries the hall version it produced.
 * Versions are consecutive per hall; a client that sees a gap asks for a snapshot.
 */
export interface Versioned {
  version: number;
}

export interface TicketCalledEvent extends Versioned {
  call: CallDto;
  /**
   * The other changes of the same command (the ticket's status, the window, the queue's count),
   * versions `version + 1` onwards, in order. A call reaches every screen as this one packet
   * instead of four, so a thousand screens are written to once per call; clients apply each
   * bundled change as if it had come as its own event (ui/hall-state.ts `unbundle`).
   */
  also?: BundledHallEvent[];
}

/** Changes that travel inside a `ticket:called` (their payloads are those of the named events). */
export type BundledHallEvent =
  | { name: 'ticket:changed'; payload: TicketChangedEvent }
  | { name: 'queue:changed'; payload: QueueChangedEvent }
  | { name: 'window:changed'; payload: WindowChangedEvent };

/** Sent to every screen: a number's new status, without the ticket id (the visitor's secret). */
export interface TicketChangedEvent extends Versioned {
  ticket: TicketChangeDto;
}

export interface QueueChangedEvent extends Versioned {
  queues: QueueCountDto[];
}

export interface WindowChangedEvent extends Versioned {
  window: WindowDto;
}

/** The hall's public settings changed (its name, the lobby notice): screens redraw without a reload. */
export interface HallChangedEvent extends Versioned {
  hall: HallDto;
}

/**
 * The roster (排班) changed: for that hall-local day, or for the week template (null: any day may
 * have changed). Public and carries no staff data; consoles and the live board reload what they show.
 */
export interface RosterChangedEvent {
  day: string | null;
}

export interface PrinterStatusEvent {
  deviceId: string;
  status: 'ok' | 'offline' | 'error';
  detail: string;
  at: string;
}

/**
 * To the rating pad of one window only (its own room): the service the window just finished,
 * with the one-time invitation the pad sends back with the rating. Never to screens.
 */
export interface RatingRequestedEvent {
  windowId: number;
  windowNumber: number;
  ticketNumber: string;
  matterName: string | null;
  matterNameEn: string | null;
  token: string;
}

/** To the pad: that service was rated (here or on the phone) or is no longer offered. */
export interface RatingDoneEvent {
  windowId: number;
  ticketNumber: string;
}

export interface ServerToClient {
  'hall:snapshot': (snapshot: HallSnapshot) => void;
  'ticket:called': (event: TicketCalledEvent) => void;
  'ticket:changed': (event: TicketChangedEvent) => void;
  'queue:changed': (event: QueueChangedEvent) => void;
  'window:changed': (event: WindowChangedEvent) => void;
  'hall:changed': (event: HallChangedEvent) => void;
  /** Admin room only. */
  'printer:status': (event: PrinterStatusEvent) => void;
  /** Sent to a window room when another console took the window over. */
  'window:taken-over': (event: { windowId: number; by: string }) => void;
  /** Pad room of a window only. */
  'rating:requested': (event: RatingRequestedEvent) => void;
  'rating:done': (event: RatingDoneEvent) => void;
  /** Every screen of the hall: the roster changed (unversioned: nothing in the snapshot depends on it). */
  'roster:changed': (event: RosterChangedEvent) => void;
  /** The overseers' room (supervisors and admins): the live board after each change. */
  'live:board': (board: LiveBoardDto) => void;
}

export interface ClientToServer {
  /** Ask for a full snapshot (after a version gap). Never changes state. */
  'snapshot:request': (ack: (snapshot: HallSnapshot) => void) => void;
}

/**
 * Sent in the Socket.IO handshake `auth`. No hall id: a server serves the one hall its database
 * holds (HallServices.hallId), so a socket joins that hall; many halls per server would add it
 * here and have the server honour it.
 */
export interface JoinAuth {
  windowId?: number;
  /** Join the overseers' room (needs a supervisor's or admin's session cookie): printer notices and the live board. */
  admin?: boolean;
  /** A rating pad (评价器) of this window number; in a hall with paired pads, with its device key. */
  pad?: number;
  deviceKey?: string;
}

export type ServerEventName = keyof ServerToClient;
