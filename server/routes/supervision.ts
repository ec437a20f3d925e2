import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { occupancyReport } from '../app/occupancy.js';
import { closeServiceDay } from '../app/day-close.js';
import { assessment, enterEvaluation } from '../app/assessment.js';
import { liveBoard } from '../app/live-board.js';
import { caseReport, dimensionReport } from '../app/report-dimensions.js';
import { queueReport, queueReportCsv } from '../app/reports.js';
import { changeSettings, readSettings } from '../app/settings.js';
import { coverage } from '../app/coverage.js';
import { exportCatalog, importCatalog } from '../app/catalog-transfer.js';
import { actorOfRequest, adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** Ending the service day and the reports: supervisors and admins. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.hall;
  app.route({ ...route('POST /api/service-day/close'), handler: async (req) => closeServiceDay(s, actorOfRequest(req)) });
  app.route({ ...route('GET /api/reports/by/:dimension'), handler: async (req) => dimensionReport(s, req.params.dimension, req.query.from, req.query.to, req.query.by) });
  app.route({ ...route('GET /api/reports/occupancy'), handler: async (req) => occupancyReport(s, req.query.from, req.query.to) });
  app.route({ ...route('GET /api/reports/cases'), handler: async (req) => caseReport(s, req.query.from, req.query.to) });
  app.route({ ...route('GET /api/assessment'), handler: async (req) => assessment(s, req.query.from, req.query.to) });
  app.route({ ...route('POST /api/assessment/evaluations'), handler: async (req) => enterEvaluation(s, actorOfRequest(req), req.body) });
  app.route({ ...route('GET /api/catalog/export'), handler: async () => exportCatalog(s) });
  app.route({ ...route('POST /api/catalog/import'), bodyLimit: 1_200_000, handler: async (req) => importCatalog(s, adminOfRequest(req), req.body.file) });
  app.route({ ...route('GET /api/reports/coverage'), handler: async (req) => coverage(s, req.query.year) });
  app.route({ ...route('GET /api/settings'), handler: async () => readSettings(s) });
  app.route({ ...route('POST /api/settings'), handler: async (req) => changeSettings(s, adminOfRequest(req), req.body) });
  app.route({ ...route('GET /api/live'), handler: async () => liveBoard(s) });
  app.route({ ...route('GET /api/reports/queues'), handler: async (req) => queueReport(s, req.query.from, req.query.to) });
  app.route({
    ...route('GET /api/reports/queues.csv'),
    handler: async (req, reply) => reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="queues-${req.query.from}-${req.query.to}.csv"`)
      .send(queueReportCsv(s, req.query.from, req.query.to)),
  });
};

export default routes;
