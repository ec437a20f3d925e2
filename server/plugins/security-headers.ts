/**
 * helmet's security headers (CSP and the rest) on every answer, computed ONCE. @fastify/helmet
 * builds a new helmet middleware for every request — parsing the CSP directives each time, a few
 * per cent of a ticket's CPU at the 08:30 rush — although the hall's headers never vary (no nonces,
 * no per-route settings). Here helmet runs once against a recording response, and a hook copies
 * the headers it set (tests/http/security-headers.test.ts holds them to helmet's own).
 */
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The hall's settings: plain HTTP inside a LAN (no HSTS, it would lock screens out), sockets over ws. */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'], connectSrc: ["'self'", 'ws:', 'wss:'], mediaSrc: ["'self'", 'data:'],
      upgradeInsecureRequests: null,
    },
  },
  hsts: false,
  crossOriginEmbedderPolicy: false,
};

/** The headers helmet sets with these options, read by running it once. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) { headers[name.toLowerCase()] = String(value); },
    removeHeader(name: string) { delete headers[name.toLowerCase()]; },
  };
  let failure: unknown = null;
  // helmet's middleware only sets headers and calls back synchronously; a request is never read.
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => { failure = error ?? null; });
  if (failure) throw failure;
  return headers;
}

const securityHeaders: FastifyPluginAsync = async (app) => {
  const headers = helmetHeaders(HELMET_OPTIONS);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
};

export default fp(securityHeaders, { name: 'security-headers' });
