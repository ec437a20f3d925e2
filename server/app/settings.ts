/** The hall's settings: read by supervisors, changed by administrators, every change audited before → after. */
import type { Static } from '@sinclair/typebox';
import type { HallSettings, HallSettingsChange } from '../../contract/routes-settings.js';
import type { HallRow } from '../db/catalog-repo.js';
import { rulesOf } from '../domain/appointments.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { toHallDto } from './dto.js';
import { appointmentRulesOf } from './appointment-rules.js';
import { checkedWeights, weightsOfHall } from './hall-weights.js';
import { hallOf } from './views.js';

export type HallSettingsDto = Static<typeof HallSettings>;
type Change = Static<typeof HallSettingsChange>;

const KEYS = [
  'name', 'nameEn', 'notice', 'timeZone', 'opensAt', 'closesAt', 'recallLimit', 'recallMinIntervalSec', 'noShowMode', 'noShowSlipPlaces',
  'reactivateWithinMin', 'maxWaitMin', 'anonymousTickets', 'kioskIdleSec', 'kioskTicketReturnSec', 'ratingDays', 'ratingPads',
] as const satisfies readonly (keyof HallSettingsDto)[];

function settingsOf(h: HallRow): HallSettingsDto {
  return {
    name: h.name, nameEn: h.nameEn, notice: h.notice, timeZone: h.timeZone, opensAt: h.opensAt, closesAt: h.closesAt,
    recallLimit: h.recallLimit, recallMinIntervalSec: h.recallMinIntervalSec, noShowMode: h.noShowMode, noShowSlipPlaces: h.noShowSlipPlaces,
    reactivateWithinMin: h.reactivateWithinMin, maxWaitMin: h.maxWaitMin, anonymousTickets: h.anonymousTickets, ratingDays: h.ratingDays, ratingPads: h.ratingPads,
    kioskIdleSec: h.kioskIdleSec, kioskTicketReturnSec: h.kioskTicketReturnSec,
    assessmentWeights: weightsOfHall(h), appointments: appointmentRulesOf(h),
  };
}

export const readSettings = (s: HallServices): HallSettingsDto => settingsOf(hallOf(s));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function changeSettings(s: HallServices, actor: AdminActor, change: Change): HallSettingsDto {
  if (change.timeZone !== undefined && !isTimeZone(change.timeZone)) fail('validation-failed', `${change.timeZone} is not a time zone`);
  return runCommand(s, (now) => {
    const before = settingsOf(hallOf(s));
    const opens = change.opensAt ?? before.opensAt;
    const closes = change.closesAt ?? before.closesAt;
    if (opens >= closes) fail('validation-failed', `the hall opens (${opens}) before it closes (${closes})`);
    const changed = KEYS.filter((k) => change[k] !== undefined && change[k] !== before[k]);
    const weights = change.assessmentWeights === undefined ? undefined : checkedWeights(change.assessmentWeights);
    const weighed = weights !== undefined && JSON.stringify(weights) !== JSON.stringify(before.assessmentWeights);
    // Rules are merged over the current ones (a form may send only what it shows) and kept whole.
    const rules = change.appointments === undefined ? undefined : rulesOf({ ...before.appointments, ...change.appointments });
    const ruled = rules !== undefined && JSON.stringify(rules) !== JSON.stringify(before.appointments);
    if (changed.length === 0 && !weighed && !ruled) return { result: before, events: [] };
    const set = Object.fromEntries(changed.map((k) => [k, change[k]]));
    s.catalog.updateHall(s.hallId, {
      ...set, ...(weighed ? { assessmentWeights: JSON.stringify(weights) } : {}), ...(ruled ? { appointmentRules: JSON.stringify(rules) } : {}),
    });
    // Weights and rules are audited as objects, like the other values: before → after, not as stored text.
    const was = Object.fromEntries(changed.map((k) => [k, before[k]]));
    s.audit.add({
      hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'settings-changed',
      detail: JSON.stringify({
        before: { ...was, ...(weighed ? { assessmentWeights: before.assessmentWeights } : {}), ...(ruled ? { appointments: before.appointments } : {}) },
        after: { ...set, ...(weighed ? { assessmentWeights: weights } : {}), ...(ruled ? { appointments: rules } : {}) },
      }),
    });
    const after = hallOf(s);
    return { result: settingsOf(after), events: [{ name: 'hall:changed', payload: { hall: toHallDto(after) } }] };
  });
}
