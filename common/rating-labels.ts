/** Words of ratings, follow-ups and complaints, Chinese first and English second (the pad's buttons carry these). */
import type { ComplaintCategory, RatingLevel, RatingReason, RectificationAction, RectificationStatus } from '../contract/constants.js';
import type { Bilingual } from './labels.js';

export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, Bilingual>> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

export const RATING_REASON_LABELS: Readonly<Record<RatingReason, Bilingual>> = {
  attitude: { zh: '态度不好', en: 'Unfriendly' },
  slow: { zh: '效率低', en: 'Slow' },
  'unclear-materials': { zh: '材料要求不清', en: 'Unclear requirements' },
  'repeat-visits': { zh: '多次跑腿', en: 'Had to come again' },
  'long-wait': { zh: '等候时间长', en: 'Long wait' },
  'system-fault': { zh: '系统故障', en: 'System fault' },
  other: { zh: '其他', en: 'Other' },
};

export const RECTIFICATION_STATUS_LABELS: Readonly<Record<RectificationStatus, Bilingual>> = {
  open: { zh: '待核实', en: 'Open' },
  verified: { zh: '已核实', en: 'Verified' },
  contacted: { zh: '已回访', en: 'Called back' },
  rectified: { zh: '已整改', en: 'Rectified' },
  explained: { zh: '已说明', en: 'Explained' },
  appealed: { zh: '申诉中', en: 'Appealed' },
  closed: { zh: '已办结', en: 'Closed' },
  annulled: { zh: '评价已撤销', en: 'Rating annulled' },
};

export const RECTIFICATION_ACTION_LABELS: Readonly<Record<RectificationAction, Bilingual>> = {
  verify: { zh: '核实', en: 'Verify' },
  contact: { zh: '回访', en: 'Call back' },
  rectify: { zh: '整改', en: 'Rectify' },
  explain: { zh: '情况说明', en: 'Explain' },
  close: { zh: '办结', en: 'Close' },
  appeal: { zh: '申诉', en: 'Appeal' },
  uphold: { zh: '维持评价', en: 'Uphold the rating' },
  annul: { zh: '撤销评价', en: 'Annul the rating' },
};

export const COMPLAINT_CATEGORY_LABELS: Readonly<Record<ComplaintCategory, Bilingual>> = {
  attitude: { zh: '服务态度', en: 'Attitude' },
  efficiency: { zh: '办事效率', en: 'Efficiency' },
  rules: { zh: '政策执行', en: 'How rules were applied' },
  facilities: { zh: '环境设施', en: 'Facilities' },
  integrity: { zh: '廉政作风', en: 'Integrity' },
  other: { zh: '其他', en: 'Other' },
};

/** Levels 1 and 2 are bad ratings: they ask for reasons and open a follow-up. */
export const isBadRating = (level: number): boolean => level <= 2;

/** The words of a level as it arrives over the wire (a plain number); an unknown level shows as itself. */
export function levelLabel(level: number): Bilingual {
  return level === 5 || level === 4 || level === 3 || level === 2 || level === 1 ? RATING_LEVEL_LABELS[level] : { zh: String(level), en: String(level) };
}
