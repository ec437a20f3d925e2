/** What the admin page says, Chinese first and English second, and how it names server errors. */
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
