/** Supervision: ending the service day and the reports (数据监测). */
import { Type, type TSchema } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { NoBody } from './schemas.js';

const tags = ['supervision'];
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'Hall-local date YYYY-MM-DD' });
export const ReportRange = Type.Object({ from: Day, to: Day }, { additionalProperties: false });

const figures = {
  issued: Type.Integer(), served: Type.Integer(), noShows: Type.Integer(), transfersOut: Type.Integer(), cancelled: Type.Integer(),
  unserved: Type.Integer({ description: 'Still waiting when the day closed' }), abandoned: Type.Integer({ description: 'Still at a window when the day closed' }),
  waitMeanMin: Type.Union([Type.Number(), Type.Null()]), waitP50Min: Type.Union([Type.Number(), Type.Null()]),
  waitP90Min: Type.Union([Type.Number(), Type.Null()]), waitMaxMin: Type.Union([Type.Number(), Type.Null()]),
  serviceMeanMin: Type.Union([Type.Number(), Type.Null()]), serviceP90Min: Type.Union([Type.Number(), Type.Null()]),
  accepted: Type.Integer(), oneTimeNotice: Type.Integer(), notAccepted: Type.Integer(), onTheSpot: Type.Integer(), consultation: Type.Integer(),
  oneTimeSuccessRate: Type.Union([Type.Number(), Type.Null()], { description: '一次办成率: (accepted + on the spot) / served, consultations excluded' }),
  rated: Type.Integer(), satisfied: Type.Integer(),
  satisfactionRate: Type.Union([Type.Number(), Type.Null()], { description: '(非常满意 + 满意) / rated; read it with ratedShare' }),
  ratedShare: Type.Union([Type.Number(), Type.Null()], { description: 'rated / served' }),
  estimateErrorMeanMin: Type.Union([Type.Number(), Type.Null()], { description: 'Mean |wait promised at issue − wait until the first call|, over the called tickets' }),
  estimateErrorP90Min: Type.Union([Type.Number(), Type.Null()]),
  estimateWithin10Share: Type.Union([Type.Number(), Type.Null()], { description: 'Share of called tickets whose promise was within 10 minutes' }),
};

export const QueueReportRow = Type.Object({ queueId: Type.String(), queueName: Type.String(), ...figures });

/** `hall` puts every ticket in one row (per day or hour: the hall's arrivals, waits and ratings over time). */
export const REPORT_DIMENSIONS = ['department', 'matter', 'window', 'clerk', 'hall'] as const;

/** One department, matter, window or clerk, over the range or one of its days or hours. */
export const DimensionReportRow = Type.Object({
  key: Type.String(), name: Type.String(),
  period: Type.Union([Type.String(), Type.Null()], { description: 'The service day (by=day) or the hour of issue HH (by=hour); null for the whole range' }),
  ...figures,
}, { description: 'For windows and clerks, issued counts the tickets they called' });

/** How much of its staffed time a window spent serving (办理时长 ÷ 在岗未暂停时长). */
export const OccupancyRow = Type.Object({
  windowId: Type.Integer(), number: Type.Integer(), name: Type.String(),
  signedInMin: Type.Integer({ description: 'Open (signed in), pauses included' }), pausedMin: Type.Integer(),
  servingMin: Type.Number({ description: 'Sum of started → finished of the services finished at the window' }),
  occupancy: Type.Union([Type.Number(), Type.Null()], { description: 'servingMin ÷ (signedInMin − pausedMin), 2 decimals; null when never staffed' }),
});

export const CaseReportRow = Type.Object({
  departmentId: Type.String(), departmentName: Type.String(), matterId: Type.String(), matterName: Type.String(),
  received: Type.Integer(), decided: Type.Integer(), decidedInTime: Type.Integer(), overdueOpen: Type.Integer(),
  supplementRequests: Type.Integer(), withdrawn: Type.Integer(),
});

const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

export const LiveAlert = Type.Object({
  kind: Type.Union([
    Type.Literal('long-wait'), Type.Literal('no-open-window'), Type.Literal('printer-offline'), Type.Literal('cases-overdue'), Type.Literal('rectifications-overdue'),
    Type.Literal('window-paused-long'), Type.Literal('window-not-open-as-planned'),
  ]),
  text: Type.String(), textEn: Type.String(), queueId: Nullable(Type.String()),
});

export const LiveBoard = Type.Object({
  serviceDay: Day, at: Type.String({ format: 'date-time' }),
  queues: Type.Array(Type.Object({
    queueId: Type.String(), name: Type.String(), nameEn: Type.String(), prefix: Type.String(), kind: Type.String(),
    waiting: Type.Integer(), longestWaitMin: Type.Integer(), estimateMin: Type.Integer({ description: 'What a new ticket would be told now' }),
    issuedToday: Type.Integer(), servedToday: Type.Integer(), openWindows: Type.Integer(),
  })),
  windows: Type.Array(Type.Object({
    windowId: Type.Integer(), number: Type.Integer(), name: Type.String(), state: Type.Union([Type.Literal('open'), Type.Literal('paused'), Type.Literal('closed')]),
    clerk: Nullable(Type.String()), current: Nullable(Type.String()), currentStatus: Nullable(Type.String()), currentForMin: Nullable(Type.Integer()),
    pauseReason: Nullable(Type.String({ description: 'The reason the console gave (break, meal, meeting, consulting, system, other: note)' })), pausedForMin: Nullable(Type.Integer()),
    plannedSpans: Type.Array(Type.Tuple([Type.String(), Type.String()]), { description: 'Today\'s roster (排班) for the window; [] = not rostered' }),
    plannedOpenNow: Type.Boolean({ description: 'The roster has the window open at this minute' }),
  })),
  alerts: Type.Array(LiveAlert),
});

const Score = Nullable(Type.Integer({ minimum: 0, maximum: 100 }));

/** One clerk's sheet over a period: the five parts with the facts behind each, and the weighted total. */
export const StaffSheet = Type.Object({
  clerkId: Type.Integer(), name: Type.String(), staffNo: Type.String(),
  parts: Type.Object({ attendance: Score, proficiency: Score, attitude: Score, department: Score, public: Score }),
  weights: Type.Object({ attendance: Type.Number(), proficiency: Type.Number(), attitude: Type.Number(), department: Type.Number(), public: Type.Number() }),
  total: Type.Union([Type.Number(), Type.Null()]),
  facts: Type.Object({
    signedInMin: Type.Integer(), pausedMin: Type.Record(Type.String(), Type.Integer()),
    served: Type.Integer(), meanServiceMin: Nullable(Type.Number()), normMin: Nullable(Type.Number()),
    oneTimeNotices: Type.Integer(), refusals: Type.Integer(), transfers: Type.Integer(), oneTimeSuccessRate: Nullable(Type.Number()),
    rated: Type.Integer(), satisfied: Type.Integer(), foundedRectifications: Type.Integer(), complaints: Type.Integer(),
    evaluations: Type.Array(Type.Object({ month: Type.String(), score: Type.Integer(), comment: Type.String() })),
  }),
});

/** The plan's own coverage measures, per department over a year. */
export const CoverageRow = Type.Object({
  departmentId: Type.String(), departmentName: Type.String(), lowVolume: Type.Boolean(),
  matters: Type.Integer(), mattersAtComprehensiveWindows: Type.Integer({ description: 'Its matters handled in undifferentiated (general) queues' }),
  served: Type.Integer(), servedAtComprehensiveWindows: Type.Integer(),
  cases: Type.Integer({ description: 'Cases accepted in the year' }), casesByMonth: Type.Array(Type.Integer(), { minItems: 12, maxItems: 12 }),
  peakMonth: Nullable(Type.Integer({ minimum: 1, maximum: 12 })),
  belowThreshold: Type.Boolean({ description: 'Fewer than 250 cases a year: a candidate for 事项入驻、人不常驻 (matters in the undifferentiated window, no own staff)' }),
});

export const SUPERVISION_ROUTES = {
  'GET /api/reports/coverage': {
    access: 'supervisor', tags, summary: 'Coverage: each department\'s matters and services through comprehensive windows, its yearly case volume against the 250 threshold, by month',
    querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false }),
    response: { 200: Type.Array(CoverageRow) }, errors: [],
  },
  'GET /api/assessment': {
    access: 'supervisor', tags, summary: 'Staff assessment (考核) of every clerk over a date range: five parts with their facts, and the weighted total',
    querystring: ReportRange, response: { 200: Type.Array(StaffSheet) }, errors: ['validation-failed'],
  },
  'POST /api/assessment/evaluations': {
    access: 'supervisor', tags, summary: 'Enter a department\'s monthly evaluation (部门评价) of a clerk: score 0–100 and comment (audited)',
    body: Type.Object({
      clerkId: Type.Integer({ minimum: 1 }), month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7 }),
      score: Type.Integer({ minimum: 0, maximum: 100 }), comment: Type.String({ maxLength: 500 }),
    }, { additionalProperties: false }),
    response: { 200: StaffSheet.properties.facts.properties.evaluations.items }, errors: ['user-not-found'],
  },
  'POST /api/service-day/close': {
    access: 'supervisor', tags, summary: 'End today\'s service now: waiting tickets close as not served, those at a window as abandoned (audited)',
    body: NoBody, response: { 200: Type.Object({ unserved: Type.Integer(), abandoned: Type.Integer() }) }, errors: [],
  },
  'GET /api/live': {
    access: 'supervisor', tags, summary: 'The live board: queues, windows and alerts now (also pushed as live:board to the overseers\' socket room)',
    response: { 200: LiveBoard }, errors: [],
  },
  'GET /api/reports/queues': {
    access: 'supervisor', tags, summary: 'Per queue over a date range: volumes, waits, service times, outcomes, ratings',
    querystring: ReportRange, response: { 200: Type.Array(QueueReportRow) }, errors: ['validation-failed'],
  },
  'GET /api/reports/by/:dimension': {
    access: 'supervisor', tags, summary: 'Per department, matter, window or clerk over a date range, in total or by day or hour',
    params: Type.Object({ dimension: Type.Union(REPORT_DIMENSIONS.map((d) => Type.Literal(d))) }),
    querystring: Type.Object({ from: Day, to: Day, by: Type.Optional(Type.Union([Type.Literal('total'), Type.Literal('day'), Type.Literal('hour')])) }, { additionalProperties: false }),
    response: { 200: Type.Array(DimensionReportRow) }, errors: ['validation-failed'],
  },
  'GET /api/reports/occupancy': {
    access: 'supervisor', tags, summary: 'Per window over a date range: staffed, paused and serving minutes, and the occupancy they make',
    querystring: ReportRange, response: { 200: Type.Array(OccupancyRow) }, errors: ['validation-failed'],
  },
  'GET /api/reports/cases': {
    access: 'supervisor', tags, summary: 'Cases accepted in the range per department and matter: decided in time, overdue, supplements',
    querystring: ReportRange, response: { 200: Type.Array(CaseReportRow) }, errors: ['validation-failed'],
  },
  'GET /api/reports/queues.csv': {
    access: 'supervisor', tags, summary: 'The queue report as CSV (UTF-8 with BOM, for Excel): one row per queue of the hall',
    querystring: ReportRange, response: { 200: Type.String() }, errors: ['validation-failed'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
