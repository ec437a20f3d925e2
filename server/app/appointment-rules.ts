/** The hall's appointment rules (halls.appointment_rules, JSON; null: the defaults). */
import type { HallRow } from '../db/catalog-repo.js';
import { parseJson } from '../db/json.js';
import { rulesOf, type AppointmentRules } from '../domain/appointments.js';

/** The last stored text and what it says: read on every call-next and issue, changed rarely. */
let last: { text: string | null; rules: AppointmentRules } | undefined;

export function appointmentRulesOf(h: Pick<HallRow, 'appointmentRules'>): AppointmentRules {
  if (last?.text !== h.appointmentRules) {
    last = { text: h.appointmentRules, rules: rulesOf(h.appointmentRules === null ? null : parseJson<Partial<AppointmentRules>>(h.appointmentRules)) };
  }
  return last.rules;
}
