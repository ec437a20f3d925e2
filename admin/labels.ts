/** What the admin page says, Chinese first and English second, and how it names server errors. */
import type { Role } from '../contract/constants.js';
import type { DeviceDto } from '../contract/dto.js';
import { errorCodeOf, type ApiErrorCode } from '../ui/api.js';
import type { StaffSheetDto } from './assessment-store.js';
import type { ReportDimension, ReportGrain } from './reports-store.js';

export const PRINTER_STATUS: Record<DeviceDto['printerStatus'], string> = {
  unknown: '未知（尚未打印）· Unknown (nothing printed yet)',
  ok: '正常 · OK',
  offline: '离线 · Offline',
  error: '故障 · Error',
};

const ERRORS: Partial<Record<ApiErrorCode, string>> = {
  'bad-credentials': '用户名或密码错误 · Wrong username or password',
  'account-locked': '尝试次数过多，账号暂时锁定，请稍后再试 · Too many tries: the account is locked for a while',
  'account-disabled': '此账号已停用，请联系管理员 · This account is disabled: ask an administrator',
  'rate-limited': '操作太频繁，请稍后再试 · Too many requests: try again shortly',
  'not-signed-in': '登录已过期，请重新登录 · Signed out: sign in again',
  forbidden: '仅管理员可操作 · Administrators only',
  'password-change-required': '请先修改初始密码 · Change the initial password first',
  'device-not-found': '找不到该设备 · No such device',
  'origin-forbidden': '请求来自其他网站，已拒绝 · Refused: the request came from another site',
  network: '连接不上服务器 · Cannot reach the server',
};

export const EXPIRED_TEXT = '登录已过期，请重新登录 · Signed out: sign in again';

export function errorText(e: unknown): string {
  const code = errorCodeOf(e);
  return ERRORS[code] ?? `操作失败 · Failed (${code})`;
}

/** "14:35", in the admin's own clock: the code is typed on a kiosk in the same hall. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
}

/** A window's state on the live board. */
export const WINDOW_STATE: Record<'open' | 'paused' | 'closed', string> = { open: '开放 · Open', paused: '暂停 · Paused', closed: '关闭 · Closed' };

/** The ticket at a window, as the live board names its status. */
export function currentStatusText(status: string | null): string {
  if (status === 'called') return '已叫号 · Called';
  if (status === 'serving') return '办理中 · Serving';
  return status ?? '';
}

/** 0.873 → "87%"; nothing to divide → "—". */
export const percent = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);
/** Minutes with one decimal; "—" when there is nothing to measure. */
export const minutes = (x: number | null): string => (x === null ? '—' : (Math.round(x * 10) / 10).toString());

/** 报表 按: what one row of the report is about. */
export const REPORT_DIMENSION_LABELS = {
  queue: { zh: '队列', en: 'Queue' },
  department: { zh: '部门', en: 'Department' },
  matter: { zh: '事项', en: 'Matter' },
  window: { zh: '窗口', en: 'Window' },
  clerk: { zh: '人员', en: 'Clerk' },
  hall: { zh: '全厅', en: 'Whole hall' },
} as const satisfies Record<ReportDimension, { zh: string; en: string }>;

/** 报表 粒度: the whole range, or one row per day or per hour of issue. */
export const REPORT_GRAIN_LABELS = {
  total: { zh: '合计', en: 'Total' },
  day: { zh: '按日', en: 'By day' },
  hour: { zh: '按时', en: 'By hour' },
} as const satisfies Record<ReportGrain, { zh: string; en: string }>;

/** 考核: the five parts of a staff sheet. */
export const STAFF_PART_LABELS = {
  attendance: { zh: '出勤', en: 'Attendance' },
  proficiency: { zh: '业务能力', en: 'Proficiency' },
  attitude: { zh: '服务态度', en: 'Attitude' },
  department: { zh: '部门评价', en: 'Department' },
  public: { zh: '群众评价', en: 'Public' },
} as const satisfies Record<keyof StaffSheetDto['parts'], { zh: string; en: string }>;

/** 人员: the roles as the hall names them. */
export const ROLE_LABELS = {
  clerk: { zh: '窗口人员', en: 'Clerk' },
  approver: { zh: '审批人员', en: 'Approver' },
  supervisor: { zh: '值班主任', en: 'Supervisor' },
  admin: { zh: '管理员', en: 'Administrator' },
} as const satisfies Record<Role, { zh: string; en: string }>;

/** 审计: what each recorded action was; an action not listed shows its code alone. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'user-created': '新建账号', 'user-changed': '修改账号', 'password-reset': '重置密码', 'password-changed': '修改密码',
  'allowed-windows': '可用窗口', 'window-created': '新增窗口', 'window-changed': '修改窗口', 'window-takeover': '接管窗口',
  'settings-changed': '大厅设置', 'matter-created': '新增事项', 'matter-changed': '修改事项', 'queue-changed': '修改队列',
  'form-uploaded': '上传样表', 'form-deleted': '删除样表', 'catalog-imported': '导入目录', 'calendar-year': '工作日历（全年）',
  'calendar-day': '工作日历（单日）', 'calendar-day-cleared': '工作日历（恢复）', 'device-pairing-code': '取号机配对码',
  'device-paired': '取号机已配对', 'device-unpaired': '取号机解除配对', 'device-window': '评价器绑定窗口',
  'webhook-created': '新增推送', 'webhook-deactivated': '停用推送', 'service-day-closed': '结束今日服务',
  'staff-evaluation': '部门评价', 'document-corrected': '更正文书', open: '开窗', close: '关窗',
  'roster-week-changed': '排班（每周模板）', 'roster-day-changed': '排班（按日调整）',
};

/**
 * A refusal in the server's own words where they help the admin (e.g. 不能停用自己的账号), Chinese
 * first as the server writes them; other codes as the page names them.
 */
export function serverText(e: unknown): string {
  const code = errorCodeOf(e);
  const said = e instanceof Error && ['validation-failed', 'window-not-found', 'queue-not-found', 'user-not-found'].includes(code) ? e.message : '';
  return said === '' ? errorText(e) : `未保存 · Not saved: ${said}`;
}
