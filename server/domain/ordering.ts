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

export interface OrderingPolicy {
  /** A ticket that has waited this long is not overtaken again. */
  maxWaitMs: number;
}

export interface Ranked<T extends Candidate> {
  ticket: T;
  reason: PickReason;
}

function classRank(c: Candidate): number {
  if (c.priority !== null) return 0;
  if (c.source === 'appointment') return 1;
  return 2;
}

function reasonOf(c: Candidate, overdue: boolean, overflow: boolean): PickReason {
  if (overflow) return 'overflow';
  if (overdue) return 'overdue';
  if (c.priority !== null) return 'green-channel';
  if (c.source === 'appointment') return 'appointment';
  return 'fifo';
}

function rankTier<T extends Candidate>(pool: T[], queueOrder: readonly string[], now: number, policy: OrderingPolicy, overflow: boolean): Ranked<T>[] {
  const queueIndex = (c: Candidate) => queueOrder.indexOf(c.queueId);
  const isOverdue = (c: Candidate) => now - c.orderAt >= policy.maxWaitMs;
  const byTime = (a: T, b: T) => a.orderAt - b.orderAt || queueIndex(a) - queueIndex(b) || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const overdue = pool.filter(isOverdue).sort(byTime);
  const rest = pool.filter((c) => !isOverdue(c)).sort((a, b) => classRank(a) - classRank(b) || byTime(a, b));
  return [
    ...overdue.map((ticket) => ({ ticket, reason: reasonOf(ticket, true, overflow) })),
    ...rest.map((ticket) => ({ ticket, reason: reasonOf(ticket, false, overflow) })),
  ];
}

/**
 * The order in which call-next would take the waiting tickets of a window's queues.
 * Overdue tickets first (oldest first), then green channel, then checked-in appointments,
 * then everyone else — each first come, first served. Overflow queues only after the own ones.
 * Deterministic: ties fall back to queue order, then issue sequence, then ticket id.
 */
export function rankWaiting<T extends Candidate>(waiting: readonly T[], served: ServedQueues, now: number, policy: OrderingPolicy): Ranked<T>[] {
  const pool = waiting.filter((c) => c.status === 'waiting');
  const own = pool.filter((c) => served.queueIds.includes(c.queueId));
  const spill = pool.filter((c) => !served.queueIds.includes(c.queueId) && served.overflowQueueIds.includes(c.queueId));
  return [...rankTier(own, served.queueIds, now, policy, false), ...rankTier(spill, served.overflowQueueIds, now, policy, true)];
}

export function pickNext<T extends Candidate>(waiting: readonly T[], served: ServedQueues, now: number, policy: OrderingPolicy): Ranked<T> | null {
  return rankWaiting(waiting, served, now, policy)[0] ?? null;
}

/** How many waiting tickets of its own queue would be called before this one. */
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
      return `先到先办，已等候 ${waited} 分钟 / first come, first served (${waited} min)`;
  }
}
