/** The outbox (SMS and webhook messages) and the city platform's webhook endpoints: administrators only. */
import { Type, type Static } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { NoBody } from './schemas.js';

const Ms = (description: string) => Type.Union([Type.Integer(), Type.Null()], { description: `${description} (ms since the epoch)` });

export const OutboxEntry = Type.Object({
  id: Type.Integer(),
  eventId: Type.String({ description: 'What receivers de-duplicate by: one event, one id, for every endpoint and retry' }),
  type: Type.String(),
  channel: Type.Union([Type.Literal('sms'), Type.Literal('webhook')]),
  endpointId: Type.Union([Type.Integer(), Type.Null()]),
  endpointUrl: Type.Union([Type.String(), Type.Null()]),
  state: Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  lastError: Type.String(),
  createdAt: Type.Integer({ description: 'ms since the epoch' }),
  nextAttemptAt: Type.Integer({ description: 'ms since the epoch' }),
  deliveredAt: Ms('delivered (for SMS with the default notifier: recorded)'),
  failedAt: Ms('retries exhausted'),
  sms: Type.Union([Type.Object({ to: Type.String(), text: Type.String() }), Type.Null()], { description: 'The message, for SMS rows' }),
}, { additionalProperties: false });
export type OutboxEntryDto = Static<typeof OutboxEntry>;

export const WebhookEndpoint = Type.Object({
  id: Type.Integer(), url: Type.String(), description: Type.String(), active: Type.Boolean(),
  createdAt: Type.Integer({ description: 'ms since the epoch' }),
  pending: Type.Integer(), delivered: Type.Integer(), failed: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()], { description: 'The newest failed attempt’s reason, if any' }),
}, { additionalProperties: false });
export type WebhookEndpointDto = Static<typeof WebhookEndpoint>;

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const tags = ['webhooks'];
const SIGNING = 'Each event is POSTed as the `WebhookEvent` JSON (see `webhooks` in /docs/json) with '
  + '`x-hall-signature: sha256=<hex HMAC-SHA256 of the raw body keyed with this secret>`, `x-hall-event-id` and `x-hall-event-type`.';

export const OUTBOX_ROUTES = {
  'GET /api/outbox': {
    access: 'admin', tags, summary: 'Messages sent or waiting: SMS (recorded or sent) and webhook deliveries, newest first',
    querystring: Type.Object({
      channel: Type.Optional(Type.Union([Type.Literal('sms'), Type.Literal('webhook')])),
      state: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')])),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    }, { additionalProperties: false }),
    response: { 200: Type.Array(OutboxEntry) }, errors: [],
  },
  'GET /api/webhooks': {
    access: 'admin', tags, summary: 'Webhook endpoints with their pending, delivered and failed counts (no secrets)',
    response: { 200: Type.Array(WebhookEndpoint) }, errors: [],
  },
  'POST /api/webhooks': {
    access: 'admin', tags, summary: 'Register a webhook endpoint; answers its signing secret, this once only (audited)',
    description: `Every ticket and case change from now on is delivered to it, at least once, with retries and backoff. ${SIGNING}`,
    body: Type.Object({
      url: Type.String({ minLength: 1, maxLength: 2000, description: 'http:// or https://' }),
      description: Type.Optional(Type.String({ maxLength: 200 })),
    }, { additionalProperties: false }),
    response: { 201: Type.Object({ endpoint: WebhookEndpoint, secret: Type.String({ description: 'Shown only now: keep it at the receiver' }) }, { additionalProperties: false }) },
    errors: ['webhook-url-invalid'],
  },
  'POST /api/webhooks/:id/deactivate': {
    access: 'admin', tags, summary: 'Stop delivering to an endpoint; its undelivered messages are marked failed (audited)',
    params: IdParams, body: NoBody, response: { 200: WebhookEndpoint }, errors: ['webhook-not-found'],
  },
  'POST /api/webhooks/:id/retry': {
    access: 'admin', tags, summary: 'Make an active endpoint’s failed messages due again now',
    params: IdParams, body: NoBody,
    response: { 200: Type.Object({ requeued: Type.Integer() }, { additionalProperties: false }) }, errors: ['webhook-not-found'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
