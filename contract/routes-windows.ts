/** A window's console: reading its line and the commands of the clerk signed in at it. */
import { Type } from '@sinclair/typebox';
import type { ErrorCode } from './errors.js';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { CallNextResult, ClerkStats, CurrentTicket, NoBody, Outcome, S, Window, WindowQueue } from './schemas.js';

const Params = Type.Object({ windowId: Type.Integer({ minimum: 1 }) });
/** The console sends the ticket it shows, so a stale screen never acts on a different ticket. */
const OnTicket = Type.Object({ ticketId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false });
const tags = ['clerk commands'];

/** Every command on the window's own current ticket can meet these. */
const onCurrent = ['window-not-found', 'not-your-window', 'window-idle', 'ticket-not-active'] as const satisfies readonly ErrorCode[];
const ownWindow = ['window-not-found', 'not-your-window'] as const satisfies readonly ErrorCode[];

export const WINDOW_ROUTES = {
  'GET /api/windows': {
    access: 'public', tags: ['windows'], summary: 'All windows with state, clerk and current ticket', response: { 200: Type.Array(Window) }, errors: [],
  },
  'GET /api/windows/:windowId/queue': {
    access: 'staff', tags: ['windows'], summary: 'The window’s waiting line in call order, and why the next is next', params: Params,
    response: { 200: WindowQueue }, errors: ['window-not-found', 'window-not-allowed'],
  },
  'GET /api/me/stats': {
    access: 'staff', tags: ['auth'], summary: 'The signed-in clerk’s figures for today', response: { 200: ClerkStats }, errors: [],
  },
  'POST /api/windows/:windowId/open': {
    access: 'staff', tags, summary: 'Sign in at the window (takeover: true to take it from another console)', params: Params,
    body: Type.Object({ takeover: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
    response: { 200: Window }, errors: ['window-not-found', 'window-not-allowed', 'window-taken', 'supervisor-required', 'window-busy'],
  },
  'POST /api/windows/:windowId/close': {
    access: 'staff', tags, summary: 'Sign out of the window (签退)', params: Params, body: NoBody,
    response: { 200: Window }, errors: [...ownWindow, 'window-busy'],
  },
  'POST /api/windows/:windowId/pause': {
    access: 'staff', tags, summary: 'Pause the window (暂停), with the reason the console asks for (logged for attendance)', params: Params,
    body: Type.Object({ reason: Type.Optional(S.PauseReason), note: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
    response: { 200: Window }, errors: [...ownWindow, 'window-paused'],
  },
  'POST /api/windows/:windowId/resume': {
    access: 'staff', tags, summary: 'Resume the window (恢复)', params: Params, body: NoBody,
    response: { 200: Window }, errors: [...ownWindow, 'window-not-paused'],
  },
  'POST /api/windows/:windowId/call-next': {
    access: 'staff', tags, summary: 'Call the next ticket (呼叫下一位)', params: Params, body: NoBody,
    response: { 200: CallNextResult }, errors: [...ownWindow, 'window-paused', 'window-busy', 'queue-empty'],
  },
  'GET /api/windows/:windowId/current': {
    access: 'staff', tags, summary: 'The ticket the window holds now, with its matter and checklist', params: Params,
    response: { 200: Type.Union([CurrentTicket, Type.Null()]) }, errors: ownWindow,
  },
  'POST /api/windows/:windowId/recall': {
    access: 'staff', tags, summary: 'Call the current ticket again (重呼), bounded in count and interval', params: Params, body: OnTicket,
    response: { 200: CurrentTicket }, errors: [...onCurrent, 'ticket-not-called', 'recall-limit-reached', 'recall-too-soon'],
  },
  'POST /api/windows/:windowId/start': {
    access: 'staff', tags, summary: 'The visitor arrived: start serving (开始办理)', params: Params, body: OnTicket,
    response: { 200: CurrentTicket }, errors: [...onCurrent, 'ticket-not-called'],
  },
  'POST /api/windows/:windowId/no-show': {
    access: 'staff', tags, summary: 'The visitor did not come (过号): void, slip back or back of the line per hall', params: Params, body: OnTicket,
    response: { 200: CurrentTicket }, errors: [...onCurrent, 'ticket-not-called'],
  },
  'POST /api/windows/:windowId/finish': {
    access: 'staff', tags, summary: 'Finish with the acceptance outcome (办结)', params: Params,
    body: Type.Object({ outcome: Outcome, ticketId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }),
    description: 'Accepted: opens a case (`case`) and issues the acceptance notice (`document`); one-time notice, not accepted and on the spot '
      + 'issue their document; consultation leaves nothing. `applicant` is kept for the case and shown masked; `delivery` says whether the result is picked up or mailed.',
    response: { 200: CurrentTicket },
    errors: [
      ...onCurrent, 'ticket-not-serving', 'missing-materials-required', 'reason-required', 'applicant-required', 'phone-invalid', 'id-number-invalid',
      'address-required', 'matter-required', 'matter-not-found',
    ],
  },
  'POST /api/windows/:windowId/transfer': {
    access: 'staff', tags, summary: 'Move the ticket to another queue keeping its place in time (一票到底)', params: Params,
    body: Type.Object({ queueId: Type.String({ minLength: 1, maxLength: 64 }), ticketId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }),
    response: { 200: CurrentTicket }, errors: [...onCurrent, 'queue-not-found', 'same-queue'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
