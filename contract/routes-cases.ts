/** Cases (办件): the back office's inbox and decisions, the front desk's supplements and hand-outs, the visitor's tracking. */
import { Type } from '@sinclair/typebox';
import type { ErrorCode } from './errors.js';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { CaseDetail, CasePublicStatus, CaseSummary, CaseTrack, DocumentView } from './schemas-cases.js';
import { Applicant, S } from './schemas.js';

const CaseParams = Type.Object({ number: Type.String({ minLength: 1, maxLength: 40 }) });
const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 64 }) });
const Note = Type.String({ maxLength: 500 });
const tags = ['cases'];
const onCase = ['case-not-found', 'case-transition-illegal'] as const satisfies readonly ErrorCode[];
const backOffice = [...onCase, 'department-not-yours'] as const satisfies readonly ErrorCode[];
const frontDesk = [...onCase, 'forbidden'] as const satisfies readonly ErrorCode[];

export const CASE_ROUTES = {
  'GET /api/cases': {
    access: 'approver', tags, summary: 'The back office inbox: cases of the caller\'s departments, due first',
    querystring: Type.Object({
      departmentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
      status: Type.Optional(S.CaseStatus),
      due: Type.Optional(Type.Union([Type.Literal('soon'), Type.Literal('overdue')], { description: 'soon: due within 2 working days (or overdue); overdue: past the promise' })),
      open: Type.Optional(Type.Boolean({ description: 'true: only cases not yet delivered, mailed or withdrawn' })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    }, { additionalProperties: false }),
    response: { 200: Type.Array(CaseSummary) }, errors: ['department-not-yours'],
  },
  'GET /api/cases/:number': {
    access: 'staff', tags, summary: 'A case with its steps, timeline and documents (window staff; approvers of its departments)', params: CaseParams,
    response: { 200: CaseDetail }, errors: ['case-not-found', 'department-not-yours'],
  },
  'POST /api/cases/:number/review': {
    access: 'approver', tags, summary: 'Start reviewing a received case (审查)', params: CaseParams,
    body: Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false }), response: { 200: CaseDetail }, errors: backOffice,
  },
  'POST /api/cases/:number/supplement-request': {
    access: 'approver', tags, summary: 'Ask the applicant for a supplement (补正): the deadline clock stops', params: CaseParams,
    body: Type.Object({ materials: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 30 }), note: Type.Optional(Note) }, { additionalProperties: false }),
    response: { 200: CaseDetail }, errors: [...backOffice, 'missing-materials-required'],
  },
  'POST /api/cases/:number/supplement-received': {
    access: 'staff', tags, summary: 'The supplement arrived at a window: the clock restarts with the working days it had left', params: CaseParams,
    body: Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false }), response: { 200: CaseDetail }, errors: frontDesk,
  },
  'POST /api/cases/:number/decision': {
    access: 'approver', tags, summary: 'A department approves or denies (联审联办: every department on the case decides)', params: CaseParams,
    body: Type.Object({
      decision: Type.Union([Type.Literal('approved'), Type.Literal('denied')]), opinion: Type.String({ maxLength: 1000 }),
      departmentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Which of the caller\'s departments decides (default: the first with a pending step)' })),
    }, { additionalProperties: false }),
    response: { 200: CaseDetail }, errors: [...backOffice, 'department-not-on-case', 'step-already-decided', 'reason-required'],
  },
  'POST /api/cases/:number/result-ready': {
    access: 'approver', tags, summary: 'The result (licence, decision) is ready: the applicant is notified', params: CaseParams,
    body: Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false }), response: { 200: CaseDetail }, errors: backOffice,
  },
  'POST /api/cases/:number/deliver': {
    access: 'staff', tags, summary: 'Handed out at the results window (综合出件) after the identity check', params: CaseParams,
    body: Type.Object({
      identityChecked: Type.Boolean(), collectedBy: Type.Union([Type.Literal('applicant'), Type.Literal('agent')]), note: Type.Optional(Note),
    }, { additionalProperties: false }),
    response: { 200: CaseDetail }, errors: [...frontDesk, 'validation-failed'],
  },
  'POST /api/cases/:number/not-delivered': {
    access: 'staff', tags, summary: 'Could not hand the result out (why), the case stays ready', params: CaseParams,
    body: Type.Object({ reason: Note }, { additionalProperties: false }), response: { 200: CaseDetail }, errors: [...frontDesk, 'reason-required'],
  },
  'POST /api/cases/:number/mail': {
    access: 'staff', tags, summary: 'The result was mailed (carrier and tracking number)', params: CaseParams,
    body: Type.Object({ carrier: Type.String({ minLength: 1, maxLength: 40 }), trackingNumber: Type.String({ minLength: 1, maxLength: 60 }) }, { additionalProperties: false }),
    response: { 200: CaseDetail }, errors: [...backOffice, 'validation-failed'],
  },
  'POST /api/cases/:number/withdraw': {
    access: 'staff', tags, summary: 'The applicant withdraws at a window (before a decision)', params: CaseParams,
    body: Type.Object({ reason: Note }, { additionalProperties: false }), response: { 200: CaseDetail }, errors: frontDesk,
  },
  'GET /api/cases/lookup/:ref': {
    access: 'public', tags, summary: 'What a kiosk may learn from a case number (or a scanned tracking link): status, due day, ready or not',
    params: Type.Object({ ref: Type.String({ minLength: 1, maxLength: 300 }) }),
    response: { 200: CasePublicStatus }, errors: ['case-not-found'],
  },
  'GET /api/track/:token': {
    access: 'public', tags, summary: 'The visitor\'s tracking view of a case (the token is their capability)', params: TokenParams,
    response: { 200: CaseTrack }, errors: ['case-not-found'],
  },
  'POST /api/track/:token/withdraw': {
    access: 'public', tags, summary: 'The applicant withdraws the case from the tracking page (before a decision)', params: TokenParams,
    body: Type.Object({ reason: Type.Optional(Note) }, { additionalProperties: false }), response: { 200: CaseTrack }, errors: [...onCase],
  },
  'GET /api/documents/:id': {
    access: 'public', tags, summary: 'An issued document as printed (the id is the holder\'s capability)',
    params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }), response: { 200: DocumentView }, errors: ['document-not-found'],
  },
  'POST /api/documents/:id/correct': {
    access: 'staff', tags, summary: 'Issue a corrected version of a document (the old one stays, marked replaced)',
    description: 'The clerk who served the ticket or a supervisor. Documents are never edited: the new version names the one it replaces.',
    params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
    body: Type.Object({
      reason: Type.String({ minLength: 1, maxLength: 500 }), applicant: Type.Optional(Applicant),
      lines: Type.Optional(Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), requirement: Type.String({ maxLength: 300 }) }, { additionalProperties: false }), { maxItems: 50 })),
      refusalReason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })), note: Type.Optional(Note),
    }, { additionalProperties: false }),
    response: { 200: DocumentView },
    errors: ['document-not-found', 'document-superseded', 'forbidden', 'reason-required', 'applicant-required', 'phone-invalid', 'id-number-invalid'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
