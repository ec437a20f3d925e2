/** Requests the password tests make against a real app (inject), and how they read the answers. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { ErrorBody } from '../../contract/errors.js';

export const codeOf = (r: LightMyRequestResponse): string | undefined => r.json<Partial<ErrorBody>>().error?.code;
export const cookieOf = (r: LightMyRequestResponse): string => {
  const c = r.cookies.find((x) => x.name === 'hall_sid');
  if (!c) throw new Error(`no session cookie: ${r.statusCode} ${r.body}`);
  return `${c.name}=${c.value}`;
};
export const post = (app: FastifyInstance, url: string, payload: object, cookie?: string) =>
  app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
export const get = (app: FastifyInstance, url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
export const login = (app: FastifyInstance, username: string, password: string) => post(app, '/api/auth/login', { username, password });
export const changePassword = (app: FastifyInstance, cookie: string, currentPassword: string, newPassword: string) =>
  post(app, '/api/auth/password', { currentPassword, newPassword }, cookie);
