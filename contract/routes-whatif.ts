/**
 * What if (推演, issue 13): a day's visitors — a past service day of this hall, or an uploaded
 * scenario file — simulated with the day's own roster and with another one, side by side.
 * Nothing in the hall changes: the runs use a database of their own, so supervisors may run it.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { RosterSpan } from './routes-roster.js';

/** Characters of an uploaded scenario file (JSON text, the simulator's format). */
export const WHATIF_SCENARIO_MAX_CHARS = 2 * 1024 * 1024;
/** Visitors in one scenario: a demo day has 1,500 and takes ~10 s a run. */
export const WHATIF_MAX_VISITORS = 5000;

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', minLength: 10, maxLength: 10, description: 'A past hall-local service day, YYYY-MM-DD' });
const Minutes = Type.Union([Type.Number(), Type.Null()]);

export const WhatIfRoster = Type.Object({
  windows: Type.Array(Type.Object({
    number: Type.Integer({ minimum: 1, maximum: 9999 }),
    open: Type.Array(RosterSpan, { maxItems: 6, description: 'In order, not overlapping or touching; [] = closed' }),
  }, { additionalProperties: false }), { maxItems: 200, description: 'Windows not listed stay closed' }),
}, { additionalProperties: false });

const QueueSummary = Type.Object({
  visitors: Type.Integer(), served: Type.Integer(), waitMeanMin: Minutes, waitP90Min: Minutes, waitMaxMin: Minutes,
  estimateRelativeMAE: Type.Union([Type.Number(), Type.Null()], { description: 'Σ|estimate − wait| ÷ Σ wait' }),
});
const WindowSummary = Type.Object({
  openMinutes: Type.Number(), servingMinutes: Type.Number(), busyShare: Type.Union([Type.Number(), Type.Null()]), served: Type.Integer(),
});
const RunSummary = Type.Object({
  date: Type.String(), hallId: Type.String(), visitors: Type.Integer(), issued: Type.Integer(), refusals: Type.Integer(),
  refusalsByCode: Type.Record(Type.String(), Type.Integer()), simulatedStart: Type.String(), simulatedEnd: Type.String(), wallTimeMs: Type.Number(),
});
const Side = Type.Object({
  roster: WhatIfRoster,
  summary: Type.Object({
    run: RunSummary,
    queues: Type.Record(Type.String(), QueueSummary, { description: 'By queue id, catalogue order' }),
    windows: Type.Record(Type.String(), WindowSummary, { description: 'By window number' }),
  }),
  reportHtml: Type.String({ description: 'The simulator\'s report.html: one self-contained page, no script' }),
});

export const WhatIfResult = Type.Object({
  baseline: Side,
  alternative: Side,
  queues: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), nameEn: Type.String() })),
  notes: Type.Array(Type.String(), { description: 'What the past day\'s scenario left out, and why' }),
}, { additionalProperties: false });

export type WhatIfRosterDto = Static<typeof WhatIfRoster>;
export type WhatIfResultDto = Static<typeof WhatIfResult>;
export type WhatIfSideDto = Static<typeof Side>;

export const WHATIF_ROUTES = {
  'POST /api/whatif': {
    access: 'supervisor', tags: ['supervision'],
    summary: 'What if (推演): simulate a past day\'s visitors, or an uploaded scenario, with its own roster and with another; both summaries and reports',
    description: 'Takes seconds (one run per server at a time: another request meanwhile answers 409 whatif-busy). '
      + 'A past day replays its tickets (arrival, matter or queue, priority, measured service minutes, no-shows; cancelled ones left out) '
      + 'with that day\'s roster as the baseline. An uploaded file is checked as `npm run simulate` checks it: '
      + '400 scenario-invalid lists every problem. A bad alternative roster is a 400 scenario-invalid too. Changes nothing in the hall.',
    body: Type.Object({
      source: Type.Union([
        Type.Object({ day: Day }, { additionalProperties: false }),
        Type.Object({ scenario: Type.String({ minLength: 1, maxLength: WHATIF_SCENARIO_MAX_CHARS, description: 'A scenario file\'s JSON text' }) }, { additionalProperties: false }),
      ]),
      roster: WhatIfRoster,
    }, { additionalProperties: false }),
    response: { 200: WhatIfResult },
    errors: ['scenario-invalid', 'whatif-busy'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
