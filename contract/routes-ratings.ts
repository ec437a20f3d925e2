/** Ratings (好差评), their follow-up items (整改) and complaints (投诉). */
import { Type } from '@sinclair/typebox';
import { DEVICE_KEY_HEADER } from './access.js';
import type { ErrorCode } from './errors.js';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import {
  ComplaintBody, ComplaintReceipt, MyRatings, PadRatingBody, RatingBody, RatingStatus, Rectification, RectificationDetail, StepBody,
} from './schemas-ratings.js';

const tags = ['ratings'];
const TicketParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 64 }) });
const ItemParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const rating = ['already-rated', 'rating-closed', 'phone-invalid'] as const satisfies readonly ErrorCode[];
const ListQuery = Type.Object({ open: Type.Optional(Type.Boolean({ description: 'true: only items not yet closed or annulled' })) }, { additionalProperties: false });

export const RATING_ROUTES = {
  'POST /api/ratings/pad': {
    access: 'public', tags, summary: 'A rating from the window\'s pad (评价器) for the service the window just finished',
    description: 'The pad sends back the invitation it received in `rating:requested` on its window\'s pad room; a pad cannot rate another window\'s service.',
    headers: Type.Object({ [DEVICE_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 200 })) }),
    body: PadRatingBody, response: { 200: Type.Object({ ticketNumber: Type.String() }) },
    errors: [...rating, 'rating-invite-invalid', 'ticket-not-done'],
  },
  'GET /api/tickets/:id/rating': {
    access: 'public', tags, summary: 'Whether the service may still be rated from the phone, and how it was', params: TicketParams,
    response: { 200: RatingStatus }, errors: ['ticket-not-found'],
  },
  'POST /api/tickets/:id/rating': {
    access: 'public', tags, summary: 'Rate a finished service from the phone (the ticket id is the capability)', params: TicketParams,
    body: RatingBody, response: { 200: RatingStatus }, errors: [...rating, 'ticket-not-found', 'ticket-not-done'],
  },
  'GET /api/track/:token/rating': {
    access: 'public', tags, summary: 'Whether the case may be rated (after delivery), and how it was', params: TokenParams,
    response: { 200: RatingStatus }, errors: ['case-not-found'],
  },
  'POST /api/track/:token/rating': {
    access: 'public', tags, summary: 'Rate a delivered case as a whole from the tracking page', params: TokenParams,
    body: RatingBody, response: { 200: RatingStatus }, errors: [...rating, 'case-not-found', 'case-not-delivered'],
  },
  'GET /api/me/ratings': {
    access: 'staff', tags, summary: 'The signed-in clerk\'s ratings of today: levels only, never who rated', response: { 200: MyRatings }, errors: [],
  },
  'GET /api/rectifications': {
    access: 'supervisor', tags, summary: 'Follow-up items of bad ratings and complaints, overdue first, then by due date',
    querystring: ListQuery, response: { 200: Type.Array(Rectification) }, errors: [],
  },
  'GET /api/department/rectifications': {
    access: 'approver', tags, summary: 'The follow-up items of the caller\'s departments', querystring: ListQuery,
    response: { 200: Type.Array(Rectification) }, errors: [],
  },
  'GET /api/rectifications/:id': {
    access: 'approver', tags, summary: 'An item with its service\'s whole story and the steps the caller may take', params: ItemParams,
    response: { 200: RectificationDetail }, errors: ['rectification-not-found', 'department-not-yours'],
  },
  'POST /api/rectifications/:id/steps': {
    access: 'approver', tags, summary: 'One step: verify, call back, rectify or explain (department); close, uphold or annul (supervisor); appeal (department)',
    params: ItemParams, body: StepBody, response: { 200: RectificationDetail },
    errors: ['rectification-not-found', 'department-not-yours', 'rectification-step-illegal', 'supervisor-required', 'reason-required'],
  },
  'POST /api/complaints': {
    access: 'public', tags, summary: 'File a complaint (投诉): from the phone, or by desk staff for a visitor (signed in: channel desk)',
    body: ComplaintBody, response: { 201: ComplaintReceipt }, errors: ['ticket-not-found', 'case-not-found', 'phone-invalid', 'rate-limited'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
