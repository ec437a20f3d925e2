/** Schemas of ratings (好差评), their follow-up items (整改) and complaints (投诉). */
import { Type, type TSchema } from '@sinclair/typebox';
import {
  COMPLAINT_CATEGORIES, RATING_CHANNELS, RATING_REASONS, RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES,
} from './constants.js';

const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const IsoTime = Type.String({ format: 'date-time' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Hall-local date' });
const Enum = <T extends readonly string[]>(values: T) =>
  Type.Enum(Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K });

export const R = {
  Reason: Enum(RATING_REASONS),
  Channel: Enum(RATING_CHANNELS),
  Status: Enum(RECTIFICATION_STATUSES),
  Action: Enum(RECTIFICATION_ACTIONS),
  Category: Enum(COMPLAINT_CATEGORIES),
};

const Level = Type.Integer({ minimum: 1, maximum: 5, description: '5 非常满意 · 4 满意 · 3 基本满意 · 2 不满意 · 1 非常不满意' });

export const RatingBody = Type.Object({
  level: Level,
  reasons: Type.Optional(Type.Array(R.Reason, { maxItems: 7, description: 'For levels 2 and 1 only' })),
  text: Type.Optional(Type.String({ maxLength: 500 })),
  phone: Type.Optional(Type.String({ minLength: 5, maxLength: 20, description: 'For a call-back, if the visitor wants one' })),
}, { additionalProperties: false });

export const PadRatingBody = Type.Object({
  ...RatingBody.properties,
  windowNumber: Type.Integer({ minimum: 1, maximum: 9999 }),
  token: Type.String({ minLength: 1, maxLength: 64, description: 'The invitation the pad received for the service its window finished' }),
}, { additionalProperties: false });

/** Whether a ticket or case may still be rated, and how it was. */
export const RatingStatus = Type.Object({
  rated: Nullable(Level), until: Nullable(Day), open: Type.Boolean({ description: 'A rating is taken now' }),
});

export const MyRatings = Type.Object({
  counts: Type.Object({ 5: Type.Integer(), 4: Type.Integer(), 3: Type.Integer(), 2: Type.Integer(), 1: Type.Integer() }),
  rated: Type.Integer(), served: Type.Integer(),
  ratedShare: Nullable(Type.Number()), satisfactionRate: Nullable(Type.Number({ description: '(非常满意 + 满意) / rated' })),
  recent: Type.Array(Type.Object({ level: Level, at: IsoTime }), { description: 'Levels only, never who rated' }),
});

export const Rectification = Type.Object({
  id: Type.Integer(), kind: Type.Union([Type.Literal('rating'), Type.Literal('complaint')]), status: R.Status,
  number: Nullable(Type.String({ description: 'The ticket\'s number' })), caseNumber: Nullable(Type.String()),
  dueDate: Day, overdue: Type.Boolean(), openedAt: IsoTime,
  departmentId: Nullable(Type.String({ description: 'null: the hall\'s service management office' })), departmentName: Type.String(),
  windowNumber: Nullable(Type.Integer()), level: Nullable(Level), reasons: Type.Array(R.Reason), category: Nullable(R.Category),
});

export const RectificationStep = Type.Object({
  at: IsoTime, action: Type.String(), fromStatus: Nullable(R.Status), toStatus: R.Status, actorName: Type.String(), note: Type.String(),
  finding: Nullable(Type.Union([Type.Literal('founded'), Type.Literal('unfounded')])),
  consent: Nullable(Type.Boolean()), result: Nullable(Type.String()),
});

/** The item with the whole story of its service: what happened, the rating or complaint, every step. */
export const RectificationDetail = Type.Composite([Rectification, Type.Object({
  finding: Nullable(Type.Union([Type.Literal('founded'), Type.Literal('unfounded')])),
  ticket: Nullable(Type.Object({
    number: Type.String(), serviceDay: Type.String(), issuedAt: IsoTime, calledAt: Nullable(IsoTime), startedAt: Nullable(IsoTime), finishedAt: Nullable(IsoTime),
    windowNumber: Nullable(Type.Integer()), clerkName: Nullable(Type.String()), clerkStaffNo: Nullable(Type.String()),
    matterName: Nullable(Type.String()), outcome: Nullable(Type.String()),
  })),
  rating: Nullable(Type.Object({
    level: Level, reasons: Type.Array(R.Reason), text: Type.String(), phone: Nullable(Type.String()), channel: R.Channel, at: IsoTime, annulledAt: Nullable(IsoTime),
  })),
  complaint: Nullable(Type.Object({
    category: R.Category, text: Type.String(), contactName: Nullable(Type.String()), contactPhone: Nullable(Type.String()),
    channel: Type.Union([Type.Literal('phone'), Type.Literal('desk')]), at: IsoTime,
  })),
  steps: Type.Array(RectificationStep),
  allowed: Type.Array(R.Action, { description: 'The steps the caller may take now' }),
})]);

export const StepBody = Type.Object({
  action: R.Action,
  note: Type.String({ maxLength: 1000 }),
  finding: Type.Optional(Type.Union([Type.Literal('founded'), Type.Literal('unfounded')], { description: 'verify: is the complaint founded?' })),
  consent: Type.Optional(Type.Boolean({ description: 'contact: did the visitor agree to the call-back?' })),
  result: Type.Optional(Type.String({ maxLength: 500, description: 'contact: what the visitor said' })),
}, { additionalProperties: false });

export const ComplaintBody = Type.Object({
  category: R.Category,
  text: Type.String({ minLength: 1, maxLength: 1000 }),
  contactName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  contactPhone: Type.Optional(Type.String({ minLength: 5, maxLength: 20 })),
  ticketId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The ticket it is about (its id: the visitor holds it)' })),
  caseToken: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The case it is about (the tracking token)' })),
}, { additionalProperties: false });

export const ComplaintReceipt = Type.Object({ id: Type.Integer(), dueDate: Day });
