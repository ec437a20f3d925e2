/**
 * What the hall sends to the city platform's webhook endpoints: one JSON body per event, signed
 * with the endpoint's secret. Documented in /docs/json under `webhooks` and as the component
 * `WebhookEvent`.
 */
import { Type, type Static } from '@sinclair/typebox';
import { S } from './schemas.js';

export const WEBHOOK_EVENT_TYPES = [
  'ticket.changed', 'case.received', 'case.status-changed', 'case.result-ready', 'document.issued', 'rating.created', 'rectification.changed', 'complaint.created',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Headers of every delivery. */
export const WEBHOOK_HEADERS = {
  eventId: 'x-hall-event-id',
  eventType: 'x-hall-event-type',
  /** `sha256=<hex HMAC-SHA256 of the raw body, keyed with the endpoint's secret>` */
  signature: 'x-hall-signature',
} as const;

export const TicketChangedData = Type.Object({
  number: Type.String(), serviceDay: Type.String({ description: 'YYYY-MM-DD, the hall’s local date the number belongs to' }),
  queueId: Type.String(), status: S.TicketStatus,
  windowNumber: Type.Union([Type.Integer(), Type.Null()]), matterId: Type.Union([Type.String(), Type.Null()]),
  at: Type.String({ format: 'date-time' }),
}, { description: 'data of ticket.changed: public facts of a number (never the ticket id, the visitor’s capability)' });
export type TicketChangedData = Static<typeof TicketChangedData>;

export const WebhookEvent = Type.Object({
  id: Type.String({ description: 'Event id: the same on every retry and for every endpoint; de-duplicate by it (delivery is at least once)' }),
  type: Type.Unsafe<WebhookEventType>({ type: 'string', enum: [...WEBHOOK_EVENT_TYPES] }),
  time: Type.String({ format: 'date-time', description: 'When the change was committed' }),
  hallId: Type.String(),
  data: Type.Unknown({ description: 'ticket.changed: TicketChangedData; case.* and document.issued: the case or document DTO of the case API; rating.created: level, reasons, channel, ticket or case number (never the rater\'s phone); rectification.changed and complaint.created: the item\'s id, status and due date' }),
}, { additionalProperties: false, description: 'Body of every webhook delivery (POST, application/json)' });
export type WebhookEvent = Static<typeof WebhookEvent>;

const SIGNATURE_DOC = 'Verify before trusting the body: compute HMAC-SHA256 over the raw request body with the endpoint’s secret '
  + '(shown once when it was registered) and compare, in constant time, with the hex after `sha256=` in `x-hall-signature`. '
  + 'Answer 2xx within 5 s once stored; anything else is retried with exponential backoff (2 s doubling, at most 10 min, 12 attempts), '
  + 'after which the admin sees the failure and may retry it.';

/** The OpenAPI 3.1 `webhooks` section: one entry per event type, each the same signed POST. */
export function webhooksDocument() {
  const headers = [
    { name: WEBHOOK_HEADERS.eventId, in: 'header', required: true, schema: { type: 'string' as const }, description: 'The body’s `id`' },
    { name: WEBHOOK_HEADERS.eventType, in: 'header', required: true, schema: { type: 'string' as const }, description: 'The body’s `type`' },
    { name: WEBHOOK_HEADERS.signature, in: 'header', required: true, schema: { type: 'string' as const, pattern: '^sha256=[0-9a-f]{64}$' }, description: SIGNATURE_DOC },
  ];
  return Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, {
    post: {
      summary: `${type} (signed; at least once)`, description: SIGNATURE_DOC, parameters: headers,
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
      responses: { '2XX': { description: 'Stored: not sent again' }, default: { description: 'Retried later' } },
    },
  }]));
}
