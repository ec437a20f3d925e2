import { labelsIn, MATERIAL_FORM_LABELS, OUTCOME_LABELS, PRIORITY_LABELS, type Bilingual } from '../common/labels.js';
import type { OutcomeKind, PickReason, PriorityReason, TicketSource } from '../contract/constants.js';
import type { ApiErrorCode } from '../ui/api.js';
import type { ActionId } from './actions.js';
import { bookingText } from './format.js';

/** The booking behind an appointment ticket, as staff DTOs carry it. */
export interface BookingOfTicket {
  start: string;
  arrivalMinutes: number;
}

/** Chinese first, English second: every label carries both. */
export type { Bilingual };

export function actionLabel(action: ActionId, paused: boolean): Bilingual {
  switch (action) {
    case 'call-next': return { zh: '呼叫下一位', en: 'Call next' };
    case 'recall': return { zh: '重呼', en: 'Recall' };
    case 'start': return { zh: '开始办理', en: 'Start' };
    case 'finish': return { zh: '办结', en: 'Finish' };
    case 'no-show': return { zh: '过号', en: 'No-show' };
    case 'transfer': return { zh: '转移', en: 'Transfer' };
    case 'pause-resume': return paused ? { zh: '恢复', en: 'Resume' } : { zh: '暂停', en: 'Pause' };
    case 'sign-off': return { zh: '签退', en: 'Sign off' };
  }
}

/** Order and keys of the outcome choices in the finish dialog (press 1–5). */
export const OUTCOME_CHOICES: readonly { kind: OutcomeKind; key: string; label: Bilingual; hint: string }[] = [
  { kind: 'accepted', key: '1', label: OUTCOME_LABELS.accepted, hint: '出具受理通知书 acceptance notice' },
  { kind: 'one-time-notice', key: '2', label: OUTCOME_LABELS['one-time-notice'], hint: '勾选缺少的材料 tick what is missing' },
  { kind: 'not-accepted', key: '3', label: OUTCOME_LABELS['not-accepted'], hint: '须写明理由 reason required' },
  { kind: 'on-the-spot', key: '4', label: OUTCOME_LABELS['on-the-spot'], hint: '当场办结 completed now' },
  { kind: 'consultation', key: '5', label: OUTCOME_LABELS.consultation, hint: '未提交申请 no application' },
];

export const PICK_REASON_LABELS: Record<PickReason, Bilingual> = {
  overdue: { zh: '超时优先', en: 'Overdue' },
  'green-channel': { zh: '绿色通道', en: 'Green channel' },
  appointment: { zh: '预约', en: 'Appointment' },
  fifo: { zh: '先到先办', en: 'First come' },
  overflow: { zh: '调剂', en: 'Overflow' },
};

/** The console is in Chinese; the names come from the hall's one table. */
export const FORM_LABELS = labelsIn(MATERIAL_FORM_LABELS, 'zh');

export interface Mark {
  kind: 'priority' | 'appointment' | 'overflow';
  text: string;
  tone: 'green' | 'blue' | 'grey';
}

/**
 * The small tags beside a waiting number: why it may go ahead, or where it comes from. An appointment
 * with its booking known says its slot and arrival (预约 09:30 · 早到 12 分钟), else just 预约.
 */
export function marksOf(e: { priority: PriorityReason | null; source: TicketSource; overflow: boolean; booking?: BookingOfTicket | null }): Mark[] {
  const marks: Mark[] = [];
  if (e.priority) marks.push({ kind: 'priority', text: `绿色通道·${PRIORITY_LABELS[e.priority].zh}`, tone: 'green' });
  if (e.source === 'appointment') marks.push({ kind: 'appointment', text: e.booking ? bookingText(e.booking).zh : '预约', tone: 'blue' });
  if (e.overflow) marks.push({ kind: 'overflow', text: '调剂', tone: 'grey' });
  return marks;
}

const ERRORS: Partial<Record<ApiErrorCode, string>> = {
  'network': '无法连接服务器，请检查网络 / The server cannot be reached',
  'not-signed-in': '登录已过期，请重新登录 / Session expired: sign in again',
  'bad-credentials': '用户名或密码错误 / Wrong username or password',
  'rate-limited': '操作太频繁，请稍候再试 / Too many attempts: wait a moment',
  'not-your-window': '本机已不再持有此窗口 / This console no longer holds the window',
  'window-taken': '该窗口已在另一台电脑登录 / The window is open on another console',
  'window-not-allowed': '您的账号不能在该窗口办理 / Your account may not work at this window',
  'supervisor-required': '该窗口正在为群众办理，需值班主任接管 / A visitor is being served here: a supervisor must take it over',
  'window-busy': '请先处理当前号 / Finish the current ticket first',
  'window-idle': '窗口当前没有号 / The window holds no ticket',
  'window-paused': '窗口已暂停，请先恢复 / The window is paused: resume first',
  'window-not-paused': '窗口未暂停 / The window is not paused',
  'window-not-found': '没有这个窗口 / No such window',
  'queue-empty': '暂无等候的号 / Nobody is waiting',
  'recall-too-soon': '距上次呼叫时间太短，请稍后再重呼 / Too soon since the last call: wait a moment',
  'recall-limit-reached': '已达重呼上限，可标记过号 / Recall limit reached: mark no-show',
  'ticket-not-active': '当前号已变化，界面已刷新 / The ticket changed: screen refreshed',
  'ticket-not-called': '该号状态已变化，界面已刷新 / The ticket changed: screen refreshed',
  'ticket-not-serving': '该号状态已变化，界面已刷新 / The ticket changed: screen refreshed',
  'same-queue': '该号已在这个队列 / The ticket is already in that queue',
  'queue-not-found': '没有这个队列 / No such queue',
  'missing-materials-required': '一次性告知须列明缺少的材料 / List the missing materials',
  'reason-required': '不予受理须写明理由 / Give the reason',
  'validation-failed': '提交的内容有误 / The request was invalid',
  'account-locked': '登录失败次数过多，账户暂时锁定，请稍后再试 / Too many failed sign-ins: the account is locked for a while',
  'account-disabled': '此账号已停用，请联系管理员 / This account is disabled: ask the hall administrator',
  'password-change-required': '请先修改密码 / Change your password first',
  'password-too-weak': '新密码太简单：至少 8 位，不能是用户名或常见密码 / Too weak: at least 8 characters, not the username or a common password',
  'password-unchanged': '新密码不能与当前密码相同 / The new password must differ from the current one',
  'applicant-required': '受理须登记申请人姓名和电话 / The applicant\'s name and phone are required',
  'phone-invalid': '联系电话有误 / The phone number is not valid',
  'id-number-invalid': '身份证号码有误（校验位不符）/ The resident ID number is not valid',
  'address-required': '邮寄须填写收件地址 / Enter the mailing address',
  'matter-required': '按队列取号的号受理时须选择事项 / Choose the matter accepted',
  'matter-not-found': '没有这个事项 / No such matter',
  'case-not-found': '没有找到这个办件 / No such case',
  'case-transition-illegal': '办件当前状态不能这样处理，界面已刷新 / Not allowed in the case\'s current status',
  'forbidden': '无权办理 / Not allowed',
  'internal': '服务器出错，请重试或联系管理员 / Server error: retry or call the hall manager',
};

/** A message for a failed request the clerk can act on; unknown codes show the server's own words. */
export function errorText(code: ApiErrorCode, serverMessage: string): string {
  return ERRORS[code] ?? `操作未完成 / Not done: ${serverMessage}`;
}
