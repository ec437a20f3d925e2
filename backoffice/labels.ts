/**
 * The back office's own words: urgency badges and errors, Chinese first then English. Statuses,
 * timeline events, deliveries and identity documents are common/case-labels.ts; document titles
 * common/document-titles.ts.
 */
import type { Bilingual } from '../common/labels.js';
import type { CaseSummaryDto } from '../contract/dto.js';
import type { ApiErrorCode } from '../ui/api.js';

export type UrgencyKind = CaseSummaryDto['urgency'];

/** Only this page names urgency in a word; the visitor's page says it in sentences. */
export const URGENCY_WORDS: Readonly<Record<UrgencyKind, Bilingual>> = {
  overdue: { zh: '已超期', en: 'Overdue' },
  'due-soon': { zh: '即将到期', en: 'Due soon' },
  'on-time': { zh: '正常', en: 'On time' },
  stopped: { zh: '补正中', en: 'Clock stopped' },
  closed: { zh: '已办结', en: 'Decided' },
};

/** A follow-up item's kind in the 整改 list: a bad rating or a complaint. */
export const FOLLOW_UP_KIND_WORDS: Readonly<Record<'rating' | 'complaint', Bilingual>> = {
  rating: { zh: '差评', en: 'Bad rating' },
  complaint: { zh: '投诉', en: 'Complaint' },
};

/** 核实 concludes the rating or complaint founded (属实) or not. */
export const FINDING_WORDS: Readonly<Record<'founded' | 'unfounded', Bilingual>> = {
  founded: { zh: '属实', en: 'Founded' },
  unfounded: { zh: '不属实', en: 'Unfounded' },
};

/** Where a rating or complaint came from. */
export const CHANNEL_WORDS: Readonly<Record<'pad' | 'phone' | 'desk', Bilingual>> = {
  pad: { zh: '窗口评价器', en: 'Window pad' },
  phone: { zh: '手机', en: 'Phone' },
  desk: { zh: '服务台代录', en: 'Entered at the desk' },
};

const ERROR_WORDS: Partial<Record<ApiErrorCode, string>> = {
  network: '无法连接服务器，请检查网络 / The server cannot be reached',
  'not-signed-in': '登录已过期，请重新登录 / Your session ended: sign in again',
  'bad-credentials': '用户名或密码错误 / Wrong username or password',
  forbidden: '此账号无权进行该操作 / This account may not do that',
  'department-not-yours': '该办件不属于您的部门 / This case is not your department\'s',
  'case-transition-illegal': '办件状态已变化，不能进行此操作 / The case has moved on: this action is no longer allowed',
  'step-already-decided': '本部门已作出决定 / Your department has already decided',
  'case-not-found': '找不到该办件 / No such case',
  'rectification-not-found': '找不到该整改事项 / No such follow-up item',
  'rectification-step-illegal': '整改事项当前状态不能进行此步骤 / The item\'s status does not allow this step',
  'supervisor-required': '此步骤须由值班主任办理 / Only a supervisor may take this step',
  'reason-required': '请填写说明 / A note is required',
};

/** The server's message is kept after ours: it names the case and the status. */
export function errorText(code: ApiErrorCode, message: string): string {
  const ours = ERROR_WORDS[code];
  if (!ours) return message || code;
  return message && code !== 'network' && code !== 'bad-credentials' ? `${ours}（${message}）` : ours;
}
