/**
 * Report figures from raw facts, pure: counts, waits, service times, outcomes, the one-time
 * success rate (一次办成率) and ratings, each with its denominator so no rate stands alone.
 */
import type { OutcomeKind, TicketStatus } from '../../contract/constants.js';

export interface TicketFact {
  issuedQueueId: string;
  queueId: string;
  status: TicketStatus;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  outcome: OutcomeKind | null;
  transferred: boolean;
  /** The rating of this service, if the visitor gave one (and it was not annulled). */
  rating: number | null;
  /** The wait the ticket was promised at issue, minutes. */
  estimatedWaitMinutes: number;
}

export interface QueueFigures {
  issued: number;
  served: number;
  noShows: number;
  transfersOut: number;
  cancelled: number;
  unserved: number;
  abandoned: number;
  waitMeanMin: number | null;
  waitP50Min: number | null;
  waitP90Min: number | null;
  waitMaxMin: number | null;
  serviceMeanMin: number | null;
  serviceP90Min: number | null;
  accepted: number;
  oneTimeNotice: number;
  notAccepted: number;
  onTheSpot: number;
  consultation: number;
  oneTimeSuccessRate: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  ratedShare: number | null;
  /** How far the promise at issue was from the wait that came: mean and p90 of |estimate − wait|, and the share within 10 minutes. */
  estimateErrorMeanMin: number | null;
  estimateErrorP90Min: number | null;
  estimateWithin10Share: number | null;
}

const MIN = 60_000;
const round = (x: number): number => Math.round(x * 100) / 100;

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? null;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const minutes = (x: number | null): number | null => (x === null ? null : round(x / MIN));

/** Figures of one queue: `issuedHere` are the tickets issued in it, `endedHere` those whose last queue it is. */
export function queueFigures(issuedHere: readonly TicketFact[], endedHere: readonly TicketFact[]): QueueFigures {
  const count = (xs: readonly TicketFact[], f: (t: TicketFact) => boolean) => xs.filter(f).length;
  const served = endedHere.filter((t) => t.status === 'done');
  const waits = endedHere.filter((t) => t.calledAt !== null).map((t) => (t.calledAt ?? 0) - t.issuedAt).sort((a, b) => a - b);
  const services = served.filter((t) => t.startedAt !== null && t.finishedAt !== null).map((t) => (t.finishedAt ?? 0) - (t.startedAt ?? 0)).sort((a, b) => a - b);
  const outcome = (k: OutcomeKind) => count(served, (t) => t.outcome === k);
  const consultation = outcome('consultation');
  const substantive = served.length - consultation;
  const ratings = served.map((t) => t.rating).filter((r): r is number => r !== null);
  const errors = endedHere.filter((t) => t.calledAt !== null).map((t) => Math.abs((t.calledAt ?? 0) - t.issuedAt - t.estimatedWaitMinutes * MIN)).sort((a, b) => a - b);
  const satisfied = ratings.filter((r) => r >= 4).length;
  return {
    issued: issuedHere.length, served: served.length,
    noShows: count(endedHere, (t) => t.status === 'no_show'), transfersOut: count(issuedHere, (t) => t.transferred),
    cancelled: count(endedHere, (t) => t.status === 'cancelled'), unserved: count(endedHere, (t) => t.status === 'unserved'),
    abandoned: count(endedHere, (t) => t.status === 'abandoned'),
    waitMeanMin: minutes(mean(waits)), waitP50Min: minutes(percentile(waits, 50)), waitP90Min: minutes(percentile(waits, 90)), waitMaxMin: minutes(waits.at(-1) ?? null),
    serviceMeanMin: minutes(mean(services)), serviceP90Min: minutes(percentile(services, 90)),
    accepted: outcome('accepted'), oneTimeNotice: outcome('one-time-notice'), notAccepted: outcome('not-accepted'), onTheSpot: outcome('on-the-spot'), consultation,
    oneTimeSuccessRate: substantive > 0 ? round((outcome('accepted') + outcome('on-the-spot')) / substantive) : null,
    rated: ratings.length, satisfied,
    satisfactionRate: ratings.length > 0 ? round(satisfied / ratings.length) : null,
    ratedShare: served.length > 0 ? round(ratings.length / served.length) : null,
    estimateErrorMeanMin: minutes(mean(errors)), estimateErrorP90Min: minutes(percentile(errors, 90)),
    estimateWithin10Share: errors.length > 0 ? round(errors.filter((e) => e <= 10 * MIN).length / errors.length) : null,
  };
}
