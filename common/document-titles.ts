/** The title each document kind prints, on paper, on the phone and in webhook messages: one home. */
import type { DocumentKind } from '../contract/constants.js';

export interface Wording {
  title: string;
  titleEn: string;
}

export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, Wording>> = {
  'acceptance-notice': { title: '受理通知书', titleEn: 'Notice of acceptance' },
  'one-time-notice': { title: '一次性告知书', titleEn: 'One-time notice of missing materials' },
  refusal: { title: '不予受理通知书', titleEn: 'Notice of non-acceptance' },
  'completion-record': { title: '即办件办结记录', titleEn: 'Record of a matter done on the spot' },
};
