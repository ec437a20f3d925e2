/** What the pad tells the visitor when a rating was not taken: one short line, zh then en. */
import type { ApiErrorCode } from '../ui/api.js';

export interface PadProblem {
  zh: string;
  en: string;
  /** Nothing was taken and trying again may work (network, a phone number to correct). */
  retry: boolean;
}

export function padProblemOf(code: ApiErrorCode): PadProblem {
  switch (code) {
    case 'already-rated':
      return { zh: '本次服务已评价，谢谢', en: 'This service has already been rated. Thank you.', retry: false };
    case 'rating-closed':
      return { zh: '本次服务的评价已结束', en: 'Rating for this service has closed.', retry: false };
    case 'phone-invalid':
      return { zh: '电话号码有误，请检查或留空', en: 'Please check the phone number, or leave it empty.', retry: true };
    case 'network':
    case 'rate-limited':
    case 'storage-busy':
    case 'shutting-down':
      return { zh: '网络异常，请再试一次', en: 'Network problem, please try again.', retry: true };
    default:
      // rating-invite-invalid, ticket-not-done and anything unexpected: this service cannot be rated here now.
      return { zh: '本次服务暂不能评价', en: 'This service cannot be rated here now.', retry: false };
  }
}
