/**
 * An audit entry's detail as lines a person reads: for before → after records only the fields that
 * changed, one per line ("名称 name: 3号窗口 → 综合受理"); a creation lists what was set; other
 * records list their facts. Values are shown as recorded, never re-read from the hall.
 */
import type { Static } from '@sinclair/typebox';
import type { AuditEntry } from '../contract/routes-admin.js';

export type AuditEntryDto = Static<typeof AuditEntry>;

/** Field names as the audit records them, in Chinese first. */
const FIELDS: Record<string, string> = {
  name: '名称/姓名', nameEn: '英文名称', number: '窗口号', queueIds: '队列', overflowQueueIds: '溢出队列',
  staffNo: '工号', role: '角色', defaultWindowNumber: '默认窗口', departmentIds: '部门', disabled: '停用',
  username: '用户名', userId: '账号', windowIds: '可用窗口', notice: '大厅屏通知', timeZone: '时区',
  opensAt: '开门', closesAt: '关门', recallLimit: '重呼次数上限', maxWaitMin: '等候超时提醒', assessmentWeights: '考核权重',
};

/** Names ids by what they are (a queue's or department's name); ids it does not know stay as they are. */
export type NameOf = (field: string, id: string) => string;
const asRecorded: NameOf = (_field, id) => id;

const fieldName = (k: string): string => (FIELDS[k] ? `${FIELDS[k]} ${k}` : k);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value on one line: lists joined, objects as key=value, nothing as —. */
export function valueText(v: unknown, field = '', nameOf: NameOf = asRecorded): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '是 yes' : '否 no';
  if (Array.isArray(v)) return v.length === 0 ? '（无）none' : v.map((x) => valueText(x, field, nameOf)).join(', ');
  if (isRecord(v)) return Object.entries(v).map(([k, x]) => `${k}=${valueText(x, k, nameOf)}`).join(', ');
  return typeof v === 'string' ? nameOf(field, v) : JSON.stringify(v);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function detailLines(detail: unknown, nameOf: NameOf = asRecorded): string[] {
  if (!isRecord(detail)) return detail === null || detail === undefined ? [] : [valueText(detail)];
  const { before, after, ...facts } = detail;
  const line = (k: string, v: unknown) => `${fieldName(k)}: ${valueText(v, k, nameOf)}`;
  const lines = Object.entries(facts).map(([k, v]) => line(k, v));
  if (!('after' in detail)) return lines;
  if (!isRecord(after)) return [...lines, `→ ${valueText(after)}`];
  if (!isRecord(before)) return [...lines, '新建 created', ...Object.entries(after).map(([k, v]) => line(k, v))];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !same(before[k], after[k]));
  return [...lines, ...keys.map((k) => `${line(k, before[k])} → ${valueText(after[k], k, nameOf)}`)];
}
