import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clerkStats, listWindows, windowQueue } from '../app/queries.js';
import { callNext, currentOfWindow, finishCurrent, noShowCurrent, recallCurrent, startCurrent, transferCurrent } from '../app/window-calls.js';
import { closeWindow, openWindow, pauseWindow, resumeWindow } from '../app/window-session.js';
import { actorOfRequest as actor } from '../plugins/auth.js';
import { route } from './route-table.js';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/windows'), handler: async () => listWindows(app.hall) });

  app.route({
    ...route('GET /api/windows/:windowId/queue'),
    handler: async (request) => windowQueue(app.hall, actor(request), request.params.windowId),
  });

  app.route({ ...route('GET /api/me/stats'), handler: async (request) => clerkStats(app.hall, actor(request).userId) });

  app.route({
    ...route('POST /api/windows/:windowId/open'),
    handler: async (request) => openWindow(app.hall, actor(request), request.params.windowId, request.body.takeover === true),
  });

  for (const [key, run] of [
    ['POST /api/windows/:windowId/close', closeWindow],
    ['POST /api/windows/:windowId/resume', resumeWindow],
  ] as const) {
    app.route({ ...route(key), handler: async (request) => run(app.hall, actor(request), request.params.windowId) });
  }

  app.route({
    ...route('POST /api/windows/:windowId/pause'),
    handler: async (request) => pauseWindow(app.hall, actor(request), request.params.windowId, request.body.reason ?? null, request.body.note ?? ''),
  });

  app.route({
    ...route('POST /api/windows/:windowId/call-next'),
    handler: async (request) => callNext(app.hall, actor(request), request.params.windowId),
  });

  app.route({
    ...route('GET /api/windows/:windowId/current'),
    handler: async (request) => currentOfWindow(app.hall, actor(request), request.params.windowId),
  });

  for (const [key, run] of [
    ['POST /api/windows/:windowId/recall', recallCurrent],
    ['POST /api/windows/:windowId/start', startCurrent],
    ['POST /api/windows/:windowId/no-show', noShowCurrent],
  ] as const) {
    app.route({ ...route(key), handler: async (request) => run(app.hall, actor(request), request.params.windowId, request.body.ticketId) });
  }

  app.route({
    ...route('POST /api/windows/:windowId/finish'),
    handler: async (request) => finishCurrent(app.hall, actor(request), request.params.windowId, request.body.outcome, request.body.ticketId),
  });

  app.route({
    ...route('POST /api/windows/:windowId/transfer'),
    handler: async (request) => transferCurrent(app.hall, actor(request), request.params.windowId, request.body.queueId, request.body.ticketId),
  });
};

export default routes;
