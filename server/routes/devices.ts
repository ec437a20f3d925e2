import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeDevice, createDevice } from '../app/device-admin.js';
import { authenticateDevice, createPairingCode, DEVICE_KEY_HEADER, listDevices, pairDevice, setDeviceWindow, unpairDevice } from '../app/devices.js';
import { fail } from '../domain/errors.js';
import { adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** Kiosk devices: pairing (trust), and the hall manager's view of their receipt printers. */
const routes: FastifyPluginAsyncTypebox<{ pairRateLimit: { max: number; timeWindow: number } }> = async (app, opts) => {
  app.route({ ...route('GET /api/devices'), handler: async () => listDevices(app.hall) });
  app.route({ ...route('POST /api/devices'), handler: async (req, reply) => reply.status(201).send(createDevice(app.hall, adminOfRequest(req), req.body)) });
  app.route({ ...route('POST /api/devices/:id'), handler: async (req) => changeDevice(app.hall, adminOfRequest(req), req.params.id, req.body) });

  app.route({
    ...route('POST /api/devices/:id/pairing-code'),
    handler: async (request) => createPairingCode(app.hall, adminOfRequest(request), request.params.id),
  });

  app.route({
    ...route('POST /api/devices/:id/window'),
    handler: async (request) => setDeviceWindow(app.hall, adminOfRequest(request), request.params.id, request.body.windowNumber),
  });
  app.route({
    ...route('POST /api/devices/:id/unpair'),
    handler: async (request) => unpairDevice(app.hall, adminOfRequest(request), request.params.id),
  });

  app.route({
    ...route('POST /api/devices/pair', { rateLimit: opts.pairRateLimit }),
    handler: async (request) => pairDevice(app.hall, request.body.deviceId, request.body.code),
  });

  app.route({
    ...route('GET /api/devices/me'),
    handler: async (request) => {
      const device = authenticateDevice(app.hall, request.headers[DEVICE_KEY_HEADER]);
      if (!device) fail('bad-device-credential', `send the kiosk's credential in the ${DEVICE_KEY_HEADER} header`);
      return { id: device.id, name: device.name, hasPrinter: device.printerUrl !== null };
    },
  });
};

export default routes;
