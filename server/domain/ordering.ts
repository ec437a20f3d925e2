import { PRIORITY_LABELS } from '../../common/labels.js';
import type { PickReason, PriorityReason, TicketSource, TicketStatus } from '../../contract/dto.js';

export interface Candidate {
  id: string;
  status: TicketStatus;
  queueId: string;
  priority: PriorityReason | null;
  source: TicketSource;
  /** Place in time (ms). */
  orderAt: number;
  /** Issue sequence within the day: breaks ties of tickets issued in the same millisecond. */
  seq: number;
}

export interface ServedQueues {
  queueIds: readonly string[];
  overflowQueueIds: readonly string[];
}

/** The walk-in cap: appointments go ahead of walk-ins, but not call after call while walk-ins wait long. */
export interface AppointmentCap {
  /** K: while a walk-in has waited `walkInWaitMs`, at most one call in every K takes an appointment ahead of walk-ins. */
  every: number;
  walkInWaitMs: number;
}

export interface OrderingPolicy {
  /** A ticket that has waited this long is not overtaken again. */
  maxWaitMs: number;
  /** Absent: appointments always rank ahead of walk-ins (the order before issue 15). */
  appointmentCap?: AppointmentCap;
}

/** One of the window's own calls today (newest first in `recent`): did it take an appointment ahead of walk-ins (reason 'appointment')? */
export interface RecentCall {
  aheadOfWalkIns: boolean;
}

export interface Ranked<T extends Candidate> {
  ticket: T;
  reason: PickReason;
  /** The cap held appointments back: this walk-in (or appointment) is taken by time ('fifo'). */
  capped?: true;
}

/** A walk-in: no green channel, not a checked-in appointment. */
export const isWalkIn = (c: Candidate): boolean => c.priority === null && c.source !== 'appointment';

function classRank(c: Candidate, capped: boolean): number {
  if (c.priority !== null) return 0;
  if (c.source === 'appointment' && !capped) return 1;
  return 2;
}

function reasonOf(c: Candidate, overdue: boolean, overflow: boolean, capped: boolean): PickReason {
  if (overflow) return 'overflow';
  if (overdue) return 'overdue';
  if (c.priority !== null) return 'green-channel';
  if (c.source === 'appointment' && !capped) return 'appointment';
  return 'fifo';
}

/**
 * Is the cap in force for this pick of the window? Some walk-in of its own queues has waited
 * `walkInWaitMs`, and one of its last K − 1 calls took an appointment ahead of walk-ins. The oldest
 * walk-in of a queue decides, so callers may pass only the heads of the lines (forecast.ts).
 */
export function capInForce(ownWaiting: readonly Candidate[], now: number, policy: OrderingPolicy, recent: readonly RecentCall[] | undefined): boolean {
  const cap = policy.appointmentCap;
  if (!cap || !recent || !recent.slice(0, Math.max(0, cap.every - 1)).some((r) => r.aheadOfWalkIns)) return false;
  return ownWaiting.some((c) => c.status === 'waiting' && isWalkIn(c) && now - c.orderAt >= cap.walkInWaitMs);
}

function rankTier<T extends Candidate>(pool: T[], queueOrder: readonly string[], now: number, policy: OrderingPolicy, overflow: boolean, capped: boolean): Ranked<T>[] {
  const queueIndex = (c: Candidate) => queueOrder.indexOf(c.queueId);
  const isOverdue = (c: Candidate) => now - c.orderAt >= policy.maxWaitMs;
  const byTime = (a: T, b: T) => a.orderAt - b.orderAt || queueIndex(a) - queueIndex(b) || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const overdue = pool.filter(isOverdue).sort(byTime);
  const rest = pool.filter((c) => !isOverdue(c)).sort((a, b) => classRank(a, capped) - classRank(b, capped) || byTime(a, b));
  // The console says so only when the cap changed something: an appointment was held back.
  const heldBack = capped && rest.some((c) => c.priority === null && c.source === 'appointment');
  return [
    ...overdue.map((ticket) => ({ ticket, reason: reasonOf(ticket, true, overflow, capped) })),
    ...rest.map((ticket): Ranked<T> => {
      const reason = reasonOf(ticket, false, overflow, capped);
      return heldBack && reason === 'fifo' ? { ticket, reason, capped: true } : { ticket, reason };
    }),
  ];
}

/**
 * The order in which call-next would take the waiting tickets of a window's queues.
 * Overdue tickets first (oldest first), then green channel, then checked-in appointments,
 * then everyone else — each first come, first served. Overflow queues only after the own ones.
 * With the policy's appointment cap and the window's `recent` calls (newest first), appointments
 * of its own queues rank with walk-ins by time while the cap is in force (`capInForce`); overdue,
 * green channel and overflow are unchanged. Without `recent` the cap never applies.
 * Deterministic: ties fall back to queue order, then issue sequence, then ticket id.
 */
export function rankWaiting<T extends Candidate>(waiting: readonly T[], served: ServedQueues, now: number, policy: OrderingPolicy, recent?: readonly RecentCall[]): Ranked<T>[] {
  const pool = waiting.filter((c) => c.status === 'waiting');
  const own = pool.filter((c) => served.queueIds.includes(c.queueId));
  const spill = pool.filter((c) => !served.queueIds.includes(c.queueId) && served.overflowQueueIds.includes(c.queueId));
  const capped = capInForce(own, now, policy, recent);
  return [...rankTier(own, served.queueIds, now, policy, false, capped), ...rankTier(spill, served.overflowQueueIds, now, policy, true, false)];
}

export function pickNext<T extends Candidate>(waiting: readonly T[], served: ServedQueues, now: number, policy: OrderingPolicy, recent?: readonly RecentCall[]): Ranked<T> | null {
  return rankWaiting(waiting, served, now, policy, recent)[0] ?? null;
}

/**
 * All a window's next pick depends on: every green-channel and appointment ticket, and the first
 * walk-in of each queue in time (order_at, seq, id). If anything is overdue the pick is the
 * earliest overdue ticket, and an overdue walk-in implies its queue's first walk-in is overdue and
 * earlier; otherwise no walk-in is overdue and a queue's first walk-in is the one it could offer.
 * The cap looks at each queue's oldest walk-in and at whether any appointment waits, both kept.
 * So call-next reads these (tickets-repo `pickInputs`) instead of whole lines; ordering-inputs.test.ts
 * holds pickNext of these equal to pickNext of everything on random lines.
 */
export function pickInputs<T extends Candidate>(waiting: readonly T[]): T[] {
  const first = new Map<string, T>();
  const before = (a: T, b: T) => a.orderAt - b.orderAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out: T[] = [];
  for (const c of waiting) {
    if (c.status !== 'waiting') continue;
    if (!isWalkIn(c)) { out.push(c); continue; }
    const seen = first.get(c.queueId);
    if (!seen || before(c, seen) < 0) first.set(c.queueId, c);
  }
  return [...out, ...first.values()];
}

/** What a call records for the cap of the window's later calls. */
export const recentCallOf = (r: Pick<Ranked<Candidate>, 'reason'>): RecentCall => ({ aheadOfWalkIns: r.reason === 'appointment' });

/**
 * How many waiting tickets of its own queue would be called before this one. The place a visitor
 * is shown: it ignores the appointment cap (which depends on the calling window's recent calls),
 * so a walk-in may be called a little sooner than this says (an appointment a little later).
 */
export function peopleAhead<T extends Candidate>(ticketId: string, queueWaiting: readonly T[], now: number, policy: OrderingPolicy): number {
  const queueId = queueWaiting.find((c) => c.id === ticketId)?.queueId;
  if (queueId === undefined) return 0;
  const ranked = rankWaiting(queueWaiting, { queueIds: [queueId], overflowQueueIds: [] }, now, policy);
  const index = ranked.findIndex((r) => r.ticket.id === ticketId);
  return index < 0 ? 0 : index;
}

/** One line the console shows under "next": why this ticket and not another. */
export function explainPick(r: Ranked<Candidate>, now: number, policy: OrderingPolicy): string {
  const waited = Math.floor((now - r.ticket.orderAt) / 60000);
  switch (r.reason) {
    case 'overdue':
      return `已等候 ${waited} 分钟，超过 ${Math.round(policy.maxWaitMs / 60000)} 分钟上限，不再被插队 / waited ${waited} min, past the limit: not overtaken again`;
    case 'green-channel': {
      const label = PRIORITY_LABELS[r.ticket.priority ?? 'other'];
      return `绿色通道优先（${label.zh} ${label.en.toLowerCase()}）/ green channel`;
    }
    case 'appointment':
      return '预约已签到，优先 / checked-in appointment';
    case 'overflow':
      return '本窗口队列已空，调剂办理 / own queues empty: overflow';
    case 'fifo':
      if (r.capped) return `预约已连续优先，本次按先到先办，已等候 ${waited} 分钟 / appointments went ahead recently: first come, first served (${waited} min)`;
      return `先到先办，已等候 ${waited} 分钟 / first come, first served (${waited} min)`;
  }
}
