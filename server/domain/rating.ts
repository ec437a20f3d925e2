/**
 * Rating rules (好差评): one rating per service and per case, taken until the end of the hall's
 * rating period in working days; a service nobody rated stays unrated, never "satisfied".
 */
import type { RatingReason } from '../../contract/constants.js';
import { fail } from './errors.js';
import { addWorkingDays, type WorkCalendar } from './working-days.js';

export interface RatingInput {
  level: number;
  reasons?: readonly RatingReason[] | undefined;
  text?: string | undefined;
}

/** The last day a service of `serviceDay` may be rated: the end of the `days`-th working day after it. */
export function ratingDeadline(cal: WorkCalendar, serviceDay: string, days: number): string {
  return addWorkingDays(cal, serviceDay, days);
}

/** Refuses a rating that may no longer be given; `already` is whether one exists. */
export function assertRateable(today: string, deadlineDay: string, already: boolean): void {
  if (already) fail('already-rated', 'this service was already rated: one service, one rating (一次一评)');
  if (today > deadlineDay) fail('rating-closed', `ratings for this service were taken until ${deadlineDay}`);
}

/** A level of the national scale; reasons belong to the two bad levels only. */
export function checkedRating(r: RatingInput): { level: 1 | 2 | 3 | 4 | 5; reasons: RatingReason[]; text: string } {
  if (!Number.isInteger(r.level) || r.level < 1 || r.level > 5) fail('validation-failed', 'a rating is a level from 1 (非常不满意) to 5 (非常满意)');
  const reasons = [...new Set(r.reasons ?? [])];
  if (r.level > 2 && reasons.length > 0) fail('validation-failed', 'reasons are asked for 不满意 and 非常不满意 only');
  return { level: r.level as 1 | 2 | 3 | 4 | 5, reasons, text: (r.text ?? '').trim() };
}

/** The satisfaction rate is (非常满意 + 满意) / rated, and is reported with the rated share, never alone. */
export function satisfaction(levels: readonly number[], served: number): { rated: number; ratedShare: number | null; satisfactionRate: number | null } {
  const rated = levels.length;
  const satisfied = levels.filter((l) => l >= 4).length;
  return { rated, ratedShare: served > 0 ? rated / served : null, satisfactionRate: rated > 0 ? satisfied / rated : null };
}
