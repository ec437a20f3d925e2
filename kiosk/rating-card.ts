/**
 * The rating card of the phone pages (号票 /t/ and 办件 /c/), pure: what it shows for the server's
 * RatingStatus, the body a draft sends, and what an answer or refusal says. One home for both pages.
 */
import type { Static } from '@sinclair/typebox';
import type { ApiErrorCode } from '../ui/api.js';
import { RATING_LEVELS, type RatingLevel, type RatingReason } from '../contract/constants.js';
import type * as R from '../contract/schemas-ratings.js';
import { isBadRating, RATING_LEVEL_LABELS } from '../common/rating-labels.js';
import type { Bilingual } from '../common/labels.js';

export type RatingStatus = Static<typeof R.RatingStatus>;
export type RatingBody = Static<typeof R.RatingBody>;

/** Same order as the pad: 非常满意 first. */
export const LEVEL_ORDER: readonly RatingLevel[] = RATING_LEVELS;

export type RatingCardView =
  | { kind: 'hidden' }
  | { kind: 'form' }
  | { kind: 'rated'; level: RatingLevel }
  | { kind: 'closed'; until: string | null };

/** Not finished (or unknown yet): no card. Rated: the answer. Open: the form. Otherwise: closed. */
export function ratingCardView(status: RatingStatus | null): RatingCardView {
  if (status === null) return { kind: 'hidden' };
  const rated = LEVEL_ORDER.find((l) => l === status.rated);
  if (rated !== undefined) return { kind: 'rated', level: rated };
  if (status.open) return { kind: 'form' };
  if (status.until === null) return { kind: 'hidden' };
  return { kind: 'closed', until: status.until };
}

export interface RatingDraft {
  level: RatingLevel | null;
  reasons: readonly RatingReason[];
  text: string;
  phone: string;
}

export const EMPTY_DRAFT: RatingDraft = { level: null, reasons: [], text: '', phone: '' };

/** Reasons and a call-back number are asked for the two bad levels only. */
export const asksWhy = (level: RatingLevel | null): boolean => level !== null && isBadRating(level);

/** What the draft sends, or null while no level is chosen. Reasons and phone only go with a bad level. */
export function ratingBody(d: RatingDraft): RatingBody | null {
  if (d.level === null) return null;
  const body: RatingBody = { level: d.level };
  const text = d.text.trim();
  if (text !== '') body.text = text;
  if (asksWhy(d.level)) {
    if (d.reasons.length > 0) body.reasons = [...d.reasons];
    const phone = d.phone.trim();
    if (phone !== '') body.phone = phone;
  }
  return body;
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** "您已评价：满意，谢谢". */
export function ratedText(level: RatingLevel): Bilingual {
  const l = RATING_LEVEL_LABELS[level];
  return { zh: `您已评价：${l.zh}，谢谢`, en: `You rated: ${l.en}. Thank you` };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "评价已截止（截至 12月7日）" from the hall-local day 2026-12-07. */
export function closedText(until: string | null): Bilingual {
  const m = until === null ? null : /^\d{4}-(\d{2})-(\d{2})$/.exec(until);
  if (!m) return { zh: '评价已截止', en: 'Rating is closed' };
  const month = Number(m[1]);
  const day = Number(m[2]);
  return { zh: `评价已截止（截至 ${month}月${day}日）`, en: `Rating closed (it was open until ${MONTHS_EN[month - 1] ?? month} ${day})` };
}

/** What a refused rating says: a second attempt gets a clear answer. */
export function ratingErrorText(code: ApiErrorCode): Bilingual {
  switch (code) {
    case 'already-rated': return { zh: '这次服务已经评价过了，每次服务只能评价一次', en: 'This service was already rated; it can be rated once' };
    case 'rating-closed': return { zh: '评价已截止', en: 'Rating is closed' };
    case 'phone-invalid': return { zh: '手机号码不正确，请检查', en: 'The phone number is not valid' };
    case 'ticket-not-done': case 'case-not-delivered': return { zh: '办结后才能评价', en: 'You can rate once it is finished' };
    default: return { zh: '提交失败，请重试', en: 'Could not send; please try again' };
  }
}
