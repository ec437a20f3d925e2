import type { TSchema } from '@sinclair/typebox';
import type { Access } from './access.js';
import type { ErrorCode } from './errors.js';

export type Method = 'GET' | 'POST';

/** `'POST /api/windows/:windowId/call-next'`: the method and Fastify's path pattern, one space apart. */
export type RouteKeyPattern = `${Method} /api/${string}`;

/**
 * One HTTP route as server and pages both see it. The server registers it from this (schemas,
 * access, documentation); the pages' typed client takes its input and answer types from it.
 */
export interface RouteSpec {
  access: Access;
  /** A signed-in account whose password must change may still call it (sign-out, change password, who am I). */
  allowStalePassword?: true;
  tags: readonly string[];
  summary: string;
  description?: string;
  params?: TSchema;
  querystring?: TSchema;
  headers?: TSchema;
  body?: TSchema;
  /** The success answers, by status. */
  response: { 200: TSchema; 201?: TSchema } | { 201: TSchema };
  /**
   * What this route's own rules can refuse with. Codes every route of its kind can get anyway
   * (validation, sign-in, origin, storage, shutdown, internal) are added by the server's route table.
   */
  errors: readonly ErrorCode[];
}
