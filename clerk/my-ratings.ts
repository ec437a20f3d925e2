/**
 * The clerk's own ratings of today as the console shows them (levels only, never who rated), and
 * which ticket a complaint entered at the console may be about. Pure.
 */
import type { Static } from '@sinclair/typebox';
import { RATING_LEVELS, type RatingLevel } from '../contract/constants.js';
import type * as R from '../contract/schemas-ratings.js';
import { RATING_LEVEL_LABELS } from '../common/rating-labels.js';

export type MyRatingsDto = Static<typeof R.MyRatings>;

export interface LevelCount {
  level: RatingLevel;
  zh: string;
  en: string;
  count: number;
}

/** Counts per level, 非常满意 first, as on the pad. */
export const levelCounts = (r: MyRatingsDto): LevelCount[] =>
  RATING_LEVELS.map((level) => ({ level, ...RATING_LEVEL_LABELS[level], count: r.counts[level] }));

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** "满意率 80%（已评价 5/12）"; before any rating "满意率 —（已评价 0/12）". */
export function satisfactionLine(r: MyRatingsDto): string {
  const rate = r.satisfactionRate === null ? '—' : percent(r.satisfactionRate);
  return `满意率 ${rate}（已评价 ${r.rated}/${r.served}）`;
}

/** The ticket the console knows the id of: the one at the window, else the one just finished. */
export interface ComplaintSubject {
  id: string;
  number: string;
  label: string;
}

export function complaintSubject(current: { id: string; number: string } | null, lastServed: { id: string; number: string } | null): ComplaintSubject | null {
  if (current) return { ...current, label: `关于当前的号 ${current.number} / About ticket ${current.number} (at the window)` };
  if (lastServed) return { ...lastServed, label: `关于刚办结的号 ${lastServed.number} / About ticket ${lastServed.number} (just finished)` };
  return null;
}
