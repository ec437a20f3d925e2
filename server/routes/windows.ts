import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { CallNextResult, ClerkStats, CurrentTicket, ErrorResponse, NoBody, Outcome, Window, WindowQueue } from '../../contract/schemas.js';
import { clerkStats, listWindows, windowQueue } from '../app/queries.js';
import { callNext, currentOfWindow, finishCurrent, noShowCurrent, recallCurrent, startCurrent, transferCurrent } from '../app/window-calls.js';
import { closeWindow, openWindow, pauseWindow, resumeWindow } from '../app/window-session.js';
import { actorOfRequest as actor } from '../plugins/auth.js';

const Params = Type.Object({ windowId: Type.Integer({ minimum: 1 }) });
/** The console sends the ticket it shows, so a stale screen never acts on a different ticket. */
const OnTicket = Type.Object({ ticketId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/windows', {
    config: { access: 'public' },
    schema: { tags: ['windows'], summary: 'All windows with state, clerk and current ticket', response: { 200: Type.Array(Window) } },
  }, async () => listWindows(app.hall));

  app.get('/api/windows/:windowId/queue', {
    config: { access: 'staff' },
    schema: { tags: ['windows'], summary: 'The window’s waiting line in call order, and why the next is next', params: Params, response: { 200: WindowQueue, ...errors } },
  }, async (request) => windowQueue(app.hall, actor(request), request.params.windowId));

  app.get('/api/me/stats', {
    config: { access: 'staff' },
    schema: { tags: ['auth'], summary: 'The signed-in clerk’s figures for today', response: { 200: ClerkStats, 401: ErrorResponse } },
  }, async (request) => clerkStats(app.hall, actor(request).userId));

  const clerk = { config: { access: 'staff' as const } };
  const tags = ['clerk commands'];

  app.post('/api/windows/:windowId/open', {
    ...clerk,
    schema: {
      tags, summary: 'Sign in at the window (takeover: true to take it from another console)', params: Params,
      body: Type.Object({ takeover: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Window, ...errors },
    },
  }, async (request) => openWindow(app.hall, actor(request), request.params.windowId, request.body.takeover === true));

  for (const [path, summary, run] of [
    ['close', 'Sign out of the window (签退)', closeWindow],
    ['pause', 'Pause the window (暂停)', pauseWindow],
    ['resume', 'Resume the window (恢复)', resumeWindow],
  ] as const) {
    app.post(`/api/windows/:windowId/${path}`, {
      ...clerk, schema: { tags, summary, params: Params, body: NoBody, response: { 200: Window, ...errors } },
    }, async (request) => run(app.hall, actor(request), request.params.windowId));
  }

  app.post('/api/windows/:windowId/call-next', {
    ...clerk, schema: { tags, summary: 'Call the next ticket (呼叫下一位)', params: Params, body: NoBody, response: { 200: CallNextResult, ...errors } },
  }, async (request) => callNext(app.hall, actor(request), request.params.windowId));

  app.get('/api/windows/:windowId/current', {
    ...clerk,
    schema: { tags, summary: 'The ticket the window holds now, with its matter and checklist', params: Params, response: { 200: Type.Union([CurrentTicket, Type.Null()]), ...errors } },
  }, async (request) => currentOfWindow(app.hall, actor(request), request.params.windowId));

  for (const [path, summary, run] of [
    ['recall', 'Call the current ticket again (重呼), bounded in count and interval', recallCurrent],
    ['start', 'The visitor arrived: start serving (开始办理)', startCurrent],
    ['no-show', 'The visitor did not come (过号): void, slip back or back of the line per hall', noShowCurrent],
  ] as const) {
    app.post(`/api/windows/:windowId/${path}`, {
      ...clerk, schema: { tags, summary, params: Params, body: OnTicket, response: { 200: CurrentTicket, ...errors } },
    }, async (request) => run(app.hall, actor(request), request.params.windowId, request.body.ticketId));
  }

  app.post('/api/windows/:windowId/finish', {
    ...clerk,
    schema: {
      tags, summary: 'Finish with the acceptance outcome (办结)', params: Params,
      body: Type.Object({ outcome: Outcome, ticketId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }),
      response: { 200: CurrentTicket, ...errors },
    },
  }, async (request) => finishCurrent(app.hall, actor(request), request.params.windowId, request.body.outcome, request.body.ticketId));

  app.post('/api/windows/:windowId/transfer', {
    ...clerk,
    schema: {
      tags, summary: 'Move the ticket to another queue keeping its place in time (一票到底)', params: Params,
      body: Type.Object({ queueId: Type.String({ minLength: 1, maxLength: 64 }), ticketId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }),
      response: { 200: CurrentTicket, ...errors },
    },
  }, async (request) => transferCurrent(app.hall, actor(request), request.params.windowId, request.body.queueId, request.body.ticketId));
};

export default routes;
