import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorResponse } from '../../contract/schemas.js';
import { listUsers, resetPassword } from '../app/users.js';
import { actorOfRequest } from '../plugins/auth.js';

const UserAccount = Type.Object({
  id: Type.Integer(), username: Type.String(), name: Type.String(), staffNo: Type.String(),
  role: Type.Union([Type.Literal('clerk'), Type.Literal('supervisor'), Type.Literal('admin')]),
  defaultWindowId: Type.Union([Type.Integer(), Type.Null()]),
  lockedUntil: Type.Union([Type.Integer({ description: 'ms since the epoch' }), Type.Null()]),
  mustChangePassword: Type.Boolean(),
}, { additionalProperties: false });

const errors = { 401: ErrorResponse, 403: ErrorResponse };

/** Accounts, for the hall administrator only: supervisors read the hall, they do not manage people. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/users', {
    config: { access: 'admin' },
    schema: { tags: ['admin'], summary: 'Staff accounts with lockout and password state (administrators only)', response: { 200: Type.Array(UserAccount), ...errors } },
  }, async () => listUsers(app.hall));

  app.post('/api/users/:id/password', {
    config: { access: 'admin' },
    schema: {
      tags: ['admin'],
      summary: 'Reset an account’s password to a one-time one (administrators only; audited)',
      description: 'The account must change it at the next sign-in; its lockout is lifted and all its sessions end.',
      params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
      body: Type.Object({}, { additionalProperties: false }),
      response: { 200: Type.Object({ temporaryPassword: Type.String() }), 400: ErrorResponse, 404: ErrorResponse, ...errors },
    },
  }, async (request) => resetPassword(app.hall, actorOfRequest(request), request.params.id));
};

export default routes;
