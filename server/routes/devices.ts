import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Device, DeviceCredential, DeviceSelf, ErrorResponse, NoBody, PairDeviceBody, PairingCode } from '../../contract/schemas.js';
import { authenticateDevice, createPairingCode, DEVICE_KEY_HEADER, listDevices, pairDevice, unpairDevice } from '../app/devices.js';
import { fail } from '../domain/errors.js';
import { actorOfRequest } from '../plugins/auth.js';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 32 }) });
const adminErrors = { 401: ErrorResponse, 403: ErrorResponse };

/** Kiosk devices: pairing (trust), and the hall manager's view of their receipt printers. */
const routes: FastifyPluginAsyncTypebox<{ pairRateLimit: { max: number; timeWindow: number } }> = async (app, opts) => {
  const tags = ['devices'];
  app.get('/api/devices', {
    config: { access: 'admin' },
    schema: {
      tags, summary: 'Kiosk devices, whether each is paired, and the last known state of its receipt printer (administrators)',
      description: 'Every print attempt updates the status (unknown until the first one); a change is also pushed to the admin room as `printer:status`.',
      response: { 200: Type.Array(Device), ...adminErrors },
    },
  }, async () => listDevices(app.hall));

  app.post('/api/devices/:id/pairing-code', {
    config: { access: 'admin' },
    schema: {
      tags, summary: 'Make a one-time pairing code for a kiosk (valid 15 minutes; a new one replaces the last)', params: Params, body: NoBody,
      description: 'Enter it on the kiosk (or open `/kiosk?device=<id>&pair=<code>` there). The kiosk trades it for its credential with POST /api/devices/pair.',
      response: { 200: PairingCode, ...adminErrors, 404: ErrorResponse },
    },
  }, async (request) => createPairingCode(app.hall, actorOfRequest(request), request.params.id));

  app.post('/api/devices/:id/unpair', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Revoke a kiosk\'s credential (it keeps issuing plain tickets, unprinted, until paired again)', params: Params, body: NoBody, response: { 200: Device, ...adminErrors, 404: ErrorResponse } },
  }, async (request) => unpairDevice(app.hall, actorOfRequest(request), request.params.id));

  app.post('/api/devices/pair', {
    config: { access: 'public', rateLimit: opts.pairRateLimit },
    schema: {
      tags, summary: 'A kiosk trades its one-time pairing code for its credential (shown once)', body: PairDeviceBody,
      response: { 200: DeviceCredential, 400: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
    },
  }, async (request) => pairDevice(app.hall, request.body.deviceId, request.body.code));

  app.get('/api/devices/me', {
    config: { access: 'public' },
    schema: {
      tags, summary: 'The kiosk this credential belongs to (the kiosk checks its pairing at start)',
      headers: Type.Object({ [DEVICE_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 200 })) }),
      response: { 200: DeviceSelf, 401: ErrorResponse },
    },
  }, async (request) => {
    const device = authenticateDevice(app.hall, request.headers[DEVICE_KEY_HEADER]);
    if (!device) fail('bad-device-credential', `send the kiosk's credential in the ${DEVICE_KEY_HEADER} header`);
    return { id: device.id, name: device.name, hasPrinter: device.printerUrl !== null };
  });
};

export default routes;
