/**
 * The complaint form (投诉/建议), one home for the phone pages and the clerk console's desk tool:
 * the draft, the body it sends (linked to a ticket or a case, or not), the receipt with its due
 * date, and a store made by `createComplaintForm`. No DOM here.
 */
import { signal, type Signal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import type { ComplaintCategory } from '../contract/constants.js';
import type * as R from '../contract/schemas-ratings.js';
import type { Bilingual } from '../common/labels.js';
import { errorCodeOf, type ApiErrorCode } from './api.js';

export type ComplaintBody = Static<typeof R.ComplaintBody>;
export type ComplaintReceipt = Static<typeof R.ComplaintReceipt>;
/** What the complaint is about: a ticket (its id), a case (its tracking token), or nothing in particular. */
export type ComplaintLink = { ticketId: string } | { caseToken: string } | null;

export interface ComplaintDraft {
  category: ComplaintCategory | null;
  text: string;
  name: string;
  phone: string;
}

export const EMPTY_COMPLAINT: ComplaintDraft = { category: null, text: '', name: '', phone: '' };

/** The body to send, or null while the category or the text is missing. */
export function complaintBody(d: ComplaintDraft, link: ComplaintLink): ComplaintBody | null {
  const text = d.text.trim();
  if (d.category === null || text === '') return null;
  const body: ComplaintBody = { category: d.category, text: text.slice(0, 1000) };
  const name = d.name.trim();
  const phone = d.phone.trim();
  if (name !== '') body.contactName = name.slice(0, 50);
  if (phone !== '') body.contactPhone = phone;
  return link === null ? body : { ...body, ...link };
}

/** "已收到，我们将在 2026-12-11 前处理并回复". */
export const receiptText = (dueDate: string): Bilingual => ({
  zh: `已收到，我们将在 ${dueDate} 前处理并回复`,
  en: `Received. We will handle it and reply by ${dueDate}`,
});

export function complaintErrorText(code: ApiErrorCode): Bilingual {
  switch (code) {
    case 'phone-invalid': return { zh: '手机号码不正确，请检查', en: 'The phone number is not valid' };
    case 'rate-limited': return { zh: '提交太频繁，请稍后再试', en: 'Too many attempts; try again later' };
    case 'validation-failed': return { zh: '请选择类别并填写内容', en: 'Choose a category and describe the problem' };
    default: return { zh: '提交失败，请重试', en: 'Could not send; please try again' };
  }
}

export interface ComplaintForm {
  showing: Signal<boolean>;
  draft: Signal<ComplaintDraft>;
  receipt: Signal<ComplaintReceipt | null>;
  error: Signal<Bilingual | null>;
  busy: Signal<boolean>;
  open(): void;
  close(): void;
  edit(patch: Partial<ComplaintDraft>): void;
  /** Sends the draft about `link`; true when the hall took it. */
  submit(link: ComplaintLink): Promise<boolean>;
}

export function createComplaintForm(send: (body: ComplaintBody) => Promise<ComplaintReceipt>): ComplaintForm {
  const showing = signal(false);
  const draft = signal<ComplaintDraft>(EMPTY_COMPLAINT);
  const receipt = signal<ComplaintReceipt | null>(null);
  const error = signal<Bilingual | null>(null);
  const busy = signal(false);
  return {
    showing, draft, receipt, error, busy,
    open() { showing.value = true; receipt.value = null; error.value = null; draft.value = EMPTY_COMPLAINT; },
    close() { showing.value = false; error.value = null; },
    edit(patch) { draft.value = { ...draft.value, ...patch }; error.value = null; },
    async submit(link) {
      const body = complaintBody(draft.value, link);
      if (body === null) {
        error.value = complaintErrorText('validation-failed');
        return false;
      }
      if (busy.value) return false;
      busy.value = true;
      try {
        receipt.value = await send(body);
        error.value = null;
        draft.value = EMPTY_COMPLAINT;
        return true;
      } catch (e) {
        error.value = complaintErrorText(errorCodeOf(e));
        return false;
      } finally {
        busy.value = false;
      }
    },
  };
}
