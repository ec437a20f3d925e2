/**
 * A case's words, Chinese first and English second: its statuses, timeline events, delivery
 * methods and identity document types. One wording for visitors and staff alike, in the plan's
 * terms (受理、审查、补正、准予/不予许可、出件); a page that needs a sentence builds it from these.
 * Document titles live in common/document-titles.ts (the printed ones).
 */
import type { CaseStatus, DeliveryMethod, IdType } from '../contract/constants.js';
import type { Bilingual } from './labels.js';

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Bilingual>> = {
  received: { zh: '已受理', en: 'Accepted' },
  'in-review': { zh: '审查中', en: 'In review' },
  'supplement-requested': { zh: '待补正', en: 'Supplement needed' },
  'supplement-received': { zh: '已补正', en: 'Supplement received' },
  approved: { zh: '准予许可', en: 'Approved' },
  denied: { zh: '不予许可', en: 'Not approved' },
  'result-ready': { zh: '结果已出', en: 'Result ready' },
  delivered: { zh: '已领取', en: 'Collected' },
  mailed: { zh: '已邮寄', en: 'Mailed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** What the server records on a case's timeline (server/app/case-intake.ts and case-flow.ts). */
export const CASE_EVENT_TYPES = [
  'received', 'review-started', 'supplement-requested', 'supplement-received', 'step-approved', 'step-denied',
  'result-ready', 'delivered', 'not-delivered', 'mailed', 'withdrawn',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export const CASE_EVENT_LABELS: Readonly<Record<CaseEventType, Bilingual>> = {
  received: { zh: '窗口受理', en: 'Accepted at the window' },
  'review-started': { zh: '开始审查', en: 'Review started' },
  'supplement-requested': { zh: '要求补正材料', en: 'Supplement requested' },
  'supplement-received': { zh: '收到补正材料', en: 'Supplement received' },
  'step-approved': { zh: '部门同意', en: 'A department approved' },
  'step-denied': { zh: '部门不同意', en: 'A department did not approve' },
  'result-ready': { zh: '结果已出', en: 'Result ready' },
  delivered: { zh: '结果已领取', en: 'Result collected' },
  'not-delivered': { zh: '本次未能领取', en: 'Not handed out this time' },
  mailed: { zh: '结果已邮寄', en: 'Result mailed' },
  withdrawn: { zh: '申请已撤回', en: 'Application withdrawn' },
};

const isEventType = (type: string): type is CaseEventType => (CASE_EVENT_TYPES as readonly string[]).includes(type);

/** A timeline entry's name: by its event type; a type newer than this page, by the status it led to. */
export function caseEventLabel(e: { type: string; toStatus: CaseStatus | null }): Bilingual {
  if (isEventType(e.type)) return CASE_EVENT_LABELS[e.type];
  return e.toStatus === null ? { zh: e.type, en: e.type } : CASE_STATUS_LABELS[e.toStatus];
}

export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, Bilingual>> = {
  pickup: { zh: '窗口领取', en: 'Pick up at the results window' },
  mail: { zh: '邮寄送达', en: 'By mail' },
};

export const ID_TYPE_LABELS: Readonly<Record<IdType, Bilingual>> = {
  'resident-id': { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  'hk-macao-permit': { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit (HK/Macao)' },
  'taiwan-permit': { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit (Taiwan)' },
  'foreign-permanent-id': { zh: '外国人永久居留身份证', en: 'Foreign permanent resident ID' },
  other: { zh: '其他证件', en: 'Other document' },
};
