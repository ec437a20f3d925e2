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

const ERROR_WORDS: Partial<Record<ApiErrorCode, string>> = {
  network: '无法连接服务器，请检查网络 / The server cannot be reached',
  'not-signed-in': '登录已过期，请重新登录 / Your session ended: sign in again',
  'bad-credentials': '用户名或密码错误 / Wrong username or password',
  forbidden: '此账号无权进行该操作 / This account may not do that',
  'department-not-yours': '该办件不属于您的部门 / This case is not your department\'s',
  'case-transition-illegal': '办件状态已变化，不能进行此操作 / The case has moved on: this action is no longer allowed',
  'step-already-decided': '本部门已作出决定 / Your department has already decided',
  'case-not-found': '找不到该办件 / No such case',
};

/** The server's message is kept after ours: it names the case and the status. */
export function errorText(code: ApiErrorCode, message: string): string {
  const ours = ERROR_WORDS[code];
  if (!ours) return message || code;
  return message && code !== 'network' && code !== 'bad-credentials' ? `${ours}（${message}）` : ours;
}
