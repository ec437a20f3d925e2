import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clerkStats, listWindows, windowQueue } from '../app/queries.js';
import { announceFinished, callNextWork, currentOfWindow, finishWork, noShowWork, recallWork, startWork, transferWork } from '../app/window-calls.js';
import { submitCommand } from '../app/group-commit.js';
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
    handler: async (request) => submitCommand(app.hall, callNextWork(app.hall, actor(request), request.params.windowId)),
  });

  app.route({
    ...route('GET /api/windows/:windowId/current'),
    handler: async (request) => currentOfWindow(app.hall, actor(request), request.params.windowId),
  });

  // The clerks' commands join the kiosks' group commit (app/group-commit.ts): answered after the fsync
  // they share.
  for (const [key, work] of [
    ['POST /api/windows/:windowId/recall', recallWork],
    ['POST /api/windows/:windowId/start', startWork],
    ['POST /api/windows/:windowId/no-show', noShowWork],
  ] as const) {
    app.route({ ...route(key), handler: async (request) => submitCommand(app.hall, work(app.hall, actor(request), request.params.windowId, request.body.ticketId)) });
  }

  app.route({
    ...route('POST /api/windows/:windowId/finish'),
    handler: async (request) =>
      announceFinished(app.hall, await submitCommand(app.hall, finishWork(app.hall, actor(request), request.params.windowId, request.body.outcome, request.body.ticketId))),
  });

  app.route({
    ...route('POST /api/windows/:windowId/transfer'),
    handler: async (request) => submitCommand(app.hall, transferWork(app.hall, actor(request), request.params.windowId, request.body.queueId, request.body.ticketId)),
  });
};

export default routes;
