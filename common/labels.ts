/**
 * Names of the hall's fixed vocabularies, Chinese first and English second, for every
 * screen and the paper. A page picks the language; the words live only here.
 */
import type { MaterialForm, OutcomeKind, PauseReason, PriorityReason } from '../contract/constants.js';

export type Lang = 'zh' | 'en';

export type Bilingual = Record<Lang, string>;

/** Green-channel reasons, short, as staff see them beside a number. */
export const PRIORITY_LABELS: Readonly<Record<PriorityReason, Bilingual>> = {
  elderly: { zh: '老年人', en: 'Elderly' },
  disabled: { zh: '残疾人', en: 'Persons with disabilities' },
  pregnant: { zh: '孕妇', en: 'Pregnant women' },
  military: { zh: '军人', en: 'Military' },
  other: { zh: '其他', en: 'Other' },
};

/** Who may use each green-channel reason, as the kiosk explains it to visitors choosing one. */
export const PRIORITY_ELIGIBILITY: Readonly<Record<PriorityReason, Bilingual>> = {
  elderly: { zh: '70 岁以上老年人', en: 'Aged 70 or over' },
  disabled: { zh: '残疾人', en: 'Persons with disabilities' },
  pregnant: { zh: '孕妇', en: 'Pregnant women' },
  military: { zh: '现役军人、军属', en: 'Military and their families' },
  other: { zh: '其他特殊情况', en: 'Other special needs' },
};

/** In which form a material is brought. */
export const MATERIAL_FORM_LABELS: Readonly<Record<MaterialForm, Bilingual>> = {
  original: { zh: '原件', en: 'Original' },
  copy: { zh: '复印件', en: 'Photocopy' },
  both: { zh: '原件及复印件', en: 'Original and photocopy' },
};

/** "原件 1 份" / "Original × 1": how a material is asked for, on the kiosk, the console and documents alike. */
export function materialRequirement(form: MaterialForm, copies: number, lang: Lang): string {
  const n = Math.max(1, Math.trunc(copies));
  const label = MATERIAL_FORM_LABELS[form][lang];
  return lang === 'zh' ? `${label} ${n} 份` : `${label} × ${n}`;
}

/** The acceptance outcomes of the plan: what the clerk issues at the end of a service. */
export const OUTCOME_LABELS: Readonly<Record<OutcomeKind, Bilingual>> = {
  accepted: { zh: '受理', en: 'Accepted' },
  'one-time-notice': { zh: '一次性告知', en: 'One-time notice' },
  'not-accepted': { zh: '不予受理', en: 'Not accepted' },
  'on-the-spot': { zh: '即办', en: 'Done on the spot' },
  consultation: { zh: '仅咨询', en: 'Consultation only' },
};

/** One language of a label table, for pages that show one language at a time. */
export function labelsIn<K extends string>(table: Readonly<Record<K, Bilingual>>, lang: Lang): Record<K, string> {
  const out: Partial<Record<K, string>> = {};
  // Object.keys loses the key type; the table is a full Record<K>, so every key is a K.
  for (const key of Object.keys(table) as K[]) out[key] = table[key][lang];
  // Filled from every key of a complete table above.
  return out as Record<K, string>;
}

/** Why a window pauses (the console asks; the live board and attendance show it). */
export const PAUSE_REASON_LABELS: Readonly<Record<PauseReason, Bilingual>> = {
  break: { zh: '临时休息', en: 'Short break' },
  meal: { zh: '用餐', en: 'Meal' },
  meeting: { zh: '会议培训', en: 'Meeting or training' },
  consulting: { zh: '业务请示', en: 'Consulting a colleague' },
  system: { zh: '系统故障', en: 'System fault' },
  other: { zh: '其他', en: 'Other' },
};

/**
 * Said instead of a wait when no window will reach the ticket today (the roster has every window
 * serving its queue closed for the rest of the day): the kiosk, the phone page and the receipt.
 */
export const NO_SERVICE_TODAY: Bilingual = {
  zh: '今日已无窗口办理此业务，请明日再来或到咨询台',
  en: 'No window serves this today any more: come back tomorrow or ask at the guidance desk',
};
