/**
 * What the booking page says when the server says no: one sentence per refusal code, Chinese
 * or English, with the detail the server's message carries (the date a blocked number may book
 * again, the seconds until another code). Pure, so every sentence is tested without a browser.
 */
import type { Lang } from '../common/labels.js';
import type { ApiErrorCode } from '../ui/api.js';

/** A refusal as the page keeps it: the server's code and its (English) message for the details. */
export interface Refusal {
  code: ApiErrorCode;
  message: string;
}

const firstMatch = (text: string, pattern: RegExp): string | null => pattern.exec(text)?.[1] ?? null;

type Sentence = { zh: string; en: string };

function detailed(r: Refusal): Sentence | null {
  switch (r.code) {
    case 'phone-blocked': {
      const until = firstMatch(r.message, /(\d{4}-\d{2}-\d{2})/);
      const after = until ? { zh: `${until} 之后可再预约。`, en: ` You may book again after ${until}.` } : { zh: '', en: '' };
      return {
        zh: `该手机号近期多次预约未到，暂时不能预约。${after.zh}如需办理，可直接到大厅取号。`,
        en: `This number missed several bookings and may not book for now.${after.en} You can still come and take a ticket at the hall.`,
      };
    }
    case 'phone-code-too-soon': {
      const seconds = firstMatch(r.message, /wait (\d+) s/);
      return seconds
        ? { zh: `验证码发送太频繁，请 ${seconds} 秒后再试。`, en: `Codes are sent at most once a minute: try again in ${seconds} s.` }
        : { zh: '该号码一小时内获取验证码次数过多，请稍后再试。', en: 'Too many codes for this number within an hour: try again later.' };
    }
    case 'booking-limit': {
      const n = firstMatch(r.message, /hold (\d+) bookings/);
      return {
        zh: `每个手机号最多同时保留 ${n ?? '若干'} 个预约。请先办完或取消已有预约。`,
        en: `A phone number may hold ${n ?? 'only a few'} bookings at once. Use or cancel one of yours first.`,
      };
    }
    case 'remote-ticket-limit': {
      const n = firstMatch(r.message, /take (\d+) tickets/);
      return {
        zh: `每个手机号每天最多手机取号 ${n ?? '若干'} 次。请到大厅自助机取号。`,
        en: `A phone number may take ${n ?? 'only a few'} tickets a day from the phone. Please take one at a hall kiosk.`,
      };
    }
    case 'outside-hours': {
      const from = firstMatch(r.message, /(?:from|at) (\d{2}:\d{2})/);
      if (!from) return null;
      return {
        zh: `现在不在取号时间，${from} 起可取号。也可以改为预约。`,
        en: `Tickets are not issued at this hour; they are from ${from}. You can also book a time.`,
      };
    }
    default:
      return null;
  }
}

const PLAIN: Partial<Record<ApiErrorCode, Sentence>> = {
  'slot-full': { zh: '这个时段刚刚约满了，请选择其他时段。', en: 'This time has just been fully booked: please pick another.' },
  'slot-unavailable': { zh: '这个时段已不能预约（已过截止时间或不在可预约范围内），请选择其他时段。', en: 'This time can no longer be booked (past the cut-off or out of range): please pick another.' },
  'booking-duplicate': { zh: '您已预约过当天的同一事项，无需重复预约。可通过预约管理链接查看。', en: 'You already have a booking for this service on that day: no need to book twice.' },
  'phone-invalid': { zh: '请输入 11 位手机号码。', en: 'Please enter an 11-digit mobile number.' },
  'phone-code-invalid': { zh: '验证码不正确或已过期，请核对或重新获取。', en: 'The code is wrong or has expired: check it or ask for a new one.' },
  'appointments-off': { zh: '本大厅暂不提供网上预约。', en: 'This hall does not take bookings at the moment.' },
  'remote-tickets-off': { zh: '本大厅暂不提供手机取号，请到大厅自助机取号。', en: 'This hall does not issue tickets to phones: please take one at a hall kiosk.' },
  'outside-hours': { zh: '现在不在取号时间。请在大厅办公时间内再来取号，或改为预约。', en: 'Tickets are not issued at this hour. Try again during opening hours, or book a time.' },
  'queue-closed': { zh: '该业务暂停取号，请稍后再试或改为预约。', en: 'This service is not issuing tickets right now: try later, or book a time.' },
  'daily-cap-reached': { zh: '该业务今天的号已取完，请改天再来或改为预约。', en: 'Today\'s tickets for this service are gone: come another day, or book a time.' },
  'matter-elsewhere': { zh: '本事项由区级政务服务中心办理，请前往所在区的中心。', en: 'This service is handled by the district centres: please go to yours.' },
  'matter-not-found': { zh: '找不到这个事项，请重新查找。', en: 'This service was not found: please search again.' },
  'booking-not-found': { zh: '找不到这个预约，请检查链接。', en: 'This booking was not found: check the link.' },
  'booking-not-active': { zh: '这个预约已签到或已取消，不能再取消。', en: 'This booking was checked in or cancelled already.' },
  'cancel-too-late': { zh: '已过取消截止时间，不能在线取消。', en: 'It is too late to cancel online.' },
  'validation-failed': { zh: '请检查填写的内容：姓名不能为空，手机号为 11 位，验证码为 6 位数字。', en: 'Please check the form: a name, an 11-digit mobile number and the 6-digit code.' },
  'rate-limited': { zh: '操作太频繁，请稍后再试。', en: 'Too many attempts: please wait a moment.' },
  network: { zh: '网络不通，请检查网络后重试。', en: 'No connection: check your network and try again.' },
};

const OTHER: Sentence = { zh: '暂时无法完成，请稍后重试。', en: 'This did not work: please try again shortly.' };

export function refusalText(r: Refusal, lang: Lang): string {
  return (detailed(r) ?? PLAIN[r.code] ?? OTHER)[lang];
}

/** After these the visitor must choose another slot: the list is fetched again. */
export const PICK_AGAIN: readonly ApiErrorCode[] = ['slot-full', 'slot-unavailable'];
