import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WHATIF_SCENARIO_MAX_CHARS } from '../../contract/routes-whatif.js';
import { runWhatIf } from '../app/whatif.js';
import { runWhatIfInWorker } from '../sim/whatif-runner.js';
import { route } from './route-table.js';

/** What if (推演, issue 13): supervisors and admins; the simulation runs in a worker thread. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...route('POST /api/whatif'),
    // An uploaded scenario may be up to 2 MB of text; JSON escaping adds a little.
    bodyLimit: Math.ceil(WHATIF_SCENARIO_MAX_CHARS * 1.25) + 64 * 1024,
    handler: async (request) => runWhatIf(app.hall, request.body, runWhatIfInWorker),
  });
};

export default routes;
