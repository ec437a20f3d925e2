import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Device, ErrorResponse } from '../../contract/schemas.js';
import { listDevices } from '../app/printing.js';

/** The hall manager's view of the kiosks' receipt printers. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/devices', {
    config: { access: 'admin' },
    schema: {
      tags: ['admin'],
      summary: 'Kiosk devices and the last known state of each receipt printer (hall managers only)',
      description: 'Every print attempt updates the status (unknown until the first one); a change is also pushed to the admin room as `printer:status`.',
      response: { 200: Type.Array(Device), 401: ErrorResponse, 403: ErrorResponse },
    },
  }, async () => listDevices(app.hall));
};

export default routes;
