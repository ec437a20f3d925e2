/** The hall's appointment rules (halls.appointment_rules, JSON; null: the defaults). */
import type { HallRow } from '../db/catalog-repo.js';
import { parseJson } from '../db/json.js';
import { rulesOf, type AppointmentRules } from '../domain/appointments.js';

export function appointmentRulesOf(h: Pick<HallRow, 'appointmentRules'>): AppointmentRules {
  return rulesOf(h.appointmentRules === null ? null : parseJson<Partial<AppointmentRules>>(h.appointmentRules));
}
