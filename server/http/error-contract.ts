import { STATUS_CODES } from 'node:http';
import type { ErrorBody, ErrorCode } from '../../contract/errors.js';

/**
 * The contract's answer for an HTTP status that a framework part (Fastify, @fastify/static,
 * node's parser) produced: one code per status and a message of ours, so no framework code
 * name or wording reaches a client. Statuses without a code of their own fold into 400 / 500.
 */
const BY_STATUS: ReadonlyMap<number, { code: ErrorCode; message: string }> = new Map([
  [400, { code: 'bad-request', message: 'the request could not be read' }],
  [401, { code: 'not-signed-in', message: 'sign in first' }],
  [403, { code: 'forbidden', message: 'not allowed' }],
  [404, { code: 'not-found', message: 'nothing here' }],
  [405, { code: 'method-not-allowed', message: 'this address does not take that method' }],
  [406, { code: 'not-acceptable', message: 'no answer in a format the client accepts' }],
  [408, { code: 'request-timeout', message: 'the request took too long to arrive' }],
  [413, { code: 'payload-too-large', message: 'the request body is too large' }],
  [414, { code: 'uri-too-long', message: 'the address is too long' }],
  [415, { code: 'unsupported-media-type', message: 'send the body as application/json' }],
  [416, { code: 'range-not-satisfiable', message: 'the requested range is outside the file' }],
  [429, { code: 'rate-limited', message: 'too many requests: wait a moment and try again' }],
  [431, { code: 'headers-too-large', message: 'the request headers are too large' }],
  [500, { code: 'internal', message: 'internal error' }],
] satisfies [number, { code: ErrorCode; message: string }][]);

/** Fastify's body-parsing refusals are the client's to fix; say what to fix without naming the framework. */
const BY_FRAMEWORK_CODE: ReadonlyMap<string, string> = new Map([
  ['FST_ERR_CTP_INVALID_JSON_BODY', 'the body is not valid JSON'],
  ['FST_ERR_CTP_EMPTY_JSON_BODY', 'the body is empty but Content-Type says JSON'],
  ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 'Content-Length does not match the body'],
  ['FST_ERR_CTP_INSTANCE_ALREADY_SERIALIZED', 'the request could not be read'],
  ['FST_ERR_BAD_URL', 'the address is not valid (bad percent-encoding)'],
]);

export interface ContractError {
  status: number;
  body: ErrorBody;
}

export function contractErrorFor(status: number, frameworkCode?: string): ContractError {
  const folded = BY_STATUS.has(status) ? status : status >= 400 && status < 500 ? 400 : 500;
  const entry = BY_STATUS.get(folded) ?? { code: 'internal', message: 'internal error' };
  const specific = folded === 400 && frameworkCode !== undefined ? BY_FRAMEWORK_CODE.get(frameworkCode) : undefined;
  return { status: folded, body: { error: { code: entry.code, message: specific ?? entry.message } } };
}

/** A complete HTTP/1.1 response for a connection the HTTP parser gave up on (no Fastify reply exists). */
export function rawErrorResponse(status: number): string {
  const { body } = contractErrorFor(status);
  const json = JSON.stringify(body);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\n`
    + `Content-Length: ${Buffer.byteLength(json)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${json}`;
}
