/**
 * An admin changes a queue: names, service time, daily cap, its own hours, the stop margin before
 * closing and the wait alert. Audited before → after; kiosks reload the catalogue (names, open,
 * when issuing stops) with the new version.
 */
import type { Static } from '@sinclair/typebox';
import type { QueueChange, QueueSettingsDto } from '../../contract/routes-catalog-admin.js';
import type { HallRow, QueueRow } from '../db/catalog-repo.js';
import { fail } from '../domain/errors.js';
import { issuingHoursOf } from '../domain/issuing.js';
import type { AdminActor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { toHallDto, toQueueDto } from './dto.js';
import { hallOf } from './views.js';

type Change = Static<typeof QueueChange>;

const KEYS = [
  'name', 'nameEn', 'prefix', 'defaultServiceMinutes', 'dailyCap', 'opensAt', 'closesAt', 'stopIssuingMin', 'alertWaitMin', 'open',
] as const satisfies readonly (keyof Change & keyof QueueRow)[];

export function queueSettingsOf(q: QueueRow, hall: HallRow): QueueSettingsDto {
  return {
    ...toQueueDto(q, hall), defaultServiceMinutes: q.defaultServiceMinutes, dailyCap: q.dailyCap,
    opensAt: q.opensAt, closesAt: q.closesAt, stopIssuingMin: q.stopIssuingMin, alertWaitMin: q.alertWaitMin,
  };
}

/** The queue's hours must leave some time to issue tickets, with the hall's hours where it has none. */
function checkHours(q: QueueRow, hall: HallRow): void {
  const { opensAt, stopsAt } = issuingHoursOf(q, hall);
  if (opensAt >= stopsAt) {
    fail('validation-failed', `the queue would issue no tickets: it opens at ${opensAt} and stops issuing at ${stopsAt}`);
  }
}

export function changeQueue(s: HallServices, actor: AdminActor, id: string, change: Change): QueueSettingsDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const before = s.catalog.queue(id);
    if (!before || before.hallId !== hall.id) fail('queue-not-found', `no queue ${id}`);
    const changed = KEYS.filter((k) => change[k] !== undefined && change[k] !== before[k]);
    if (changed.length === 0) return { result: queueSettingsOf(before, hall), events: [] };
    const set = Object.fromEntries(changed.map((k) => [k, change[k]]));
    const after: QueueRow = { ...before, ...set };
    checkHours(after, hall);
    // Numbers go on from today's counter under the new letter (A012 → B013): the queue, not the letter, counts.
    const taken = s.catalog.queuesOf(hall.id).find((q) => q.id !== id && q.prefix === after.prefix);
    if (taken) fail('validation-failed', `prefix ${after.prefix} is already ${taken.name}'s (${taken.id})`);
    s.catalog.upsertQueue(after);
    s.audit.add({
      hallId: hall.id, at: now, actorId: actor.userId, actorName: actor.name, action: 'queue-changed',
      detail: JSON.stringify({ queueId: id, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: set }),
    });
    s.catalog.updateHall(hall.id, { catalogVersion: hall.catalogVersion + 1 });
    return { result: queueSettingsOf(after, hall), events: [{ name: 'hall:changed', payload: { hall: toHallDto(hallOf(s)) } }] };
  });
}
