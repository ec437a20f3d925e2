/**
 * How a matter's published facts are worded — fee, time limits, online level, where it is
 * decided, form kinds, and the mark of a material the platform shares — Chinese first. The
 * kiosk, the console and anything printed use these, so a visitor never reads two versions.
 */
import type { FORM_KINDS, HANDLED_BY, ONLINE_LEVELS } from '../contract/constants.js';
import type { Bilingual, Lang } from './labels.js';

type OnlineLevel = (typeof ONLINE_LEVELS)[number];
type HandledBy = (typeof HANDLED_BY)[number];
type FormKind = (typeof FORM_KINDS)[number];

/** A material the platform shares electronically (电子证照共享): listed, never to be brought. */
export const SHARED_MATERIAL: Bilingual = { zh: '免提交 · 电子证照共享', en: 'Not needed · shared electronically' };

export const ONLINE_LEVEL_LABELS: Readonly<Record<OnlineLevel, Bilingual>> = {
  full: { zh: '全程网办', en: 'Fully online' },
  partial: { zh: '网上申报、现场核验', en: 'Apply online, verify in person' },
  none: { zh: '窗口办理', en: 'At the window only' },
};

export const HANDLED_BY_LABELS: Readonly<Record<HandledBy, Bilingual>> = {
  city: { zh: '本中心办理', en: 'Handled in this centre' },
  district: { zh: '本事项由区级政务服务中心办理', en: 'Handled by the district service centres' },
};

export const FORM_KIND_LABELS: Readonly<Record<FormKind, Bilingual>> = {
  sample: { zh: '样表', en: 'Sample' },
  blank: { zh: '空白表', en: 'Blank form' },
};

/** '' is free (不收费): halls publish the fee only when there is one. */
export function feeText(m: { fee: string; feeEn: string }, lang: Lang): string {
  if (m.fee.trim() === '') return lang === 'zh' ? '免费' : 'Free';
  return lang === 'zh' ? m.fee : m.feeEn.trim() || m.fee;
}

/** "承诺 5 个工作日 · 法定 20 个工作日", "即办", with the statutory limit only when the law sets one. */
export function timeLimitText(m: { promisedDays: number; onTheSpot: boolean; statutoryDays: number | null }, lang: Lang): string {
  const zh = lang === 'zh';
  const promised = m.onTheSpot && m.promisedDays === 0
    ? (zh ? '即办' : 'Done on the spot')
    : (zh ? `承诺 ${m.promisedDays} 个工作日` : `Promised: ${workingDays(m.promisedDays)}`);
  return m.statutoryDays === null ? promised : `${promised} · ${statutoryText(m.statutoryDays, lang)}`;
}

/** "法定 20 个工作日": the limit the law sets, beside the hall's (shorter) promise. */
export function statutoryText(days: number, lang: Lang): string {
  return lang === 'zh' ? `法定 ${days} 个工作日` : `Statutory: ${workingDays(days)}`;
}

function workingDays(n: number): string {
  return n === 1 ? '1 working day' : `${n} working days`;
}

/** The materials a visitor must bring: shared ones are on the list but not in hand. */
export function toBring<M extends { shared: boolean }>(materials: readonly M[]): M[] {
  return materials.filter((m) => !m.shared);
}
