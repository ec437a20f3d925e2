/**
 * The front desk's rules about a case, pure so they are tested without a browser: reading what
 * the clerk typed or scanned, which window actions a case allows, what the results window checks
 * and hands over, and the hand-out form.
 */
import { mayTake } from '../common/case-transitions.js';
import { maskIdNumber } from '../common/identity.js';
import type { CaseDetailDto } from '../contract/dto.js';
import { ID_TYPE_LABELS } from './applicant-form.js';

export type CaseRefInput = { kind: 'number'; number: string } | { kind: 'link'; ref: string };

const CASE_NUMBER = /^[A-Z0-9]+-\d{8}-\d{3,}$/;
/** A tracking link as printed in the notice's QR code: …/c/<token>. */
const TRACK_LINK = /\/c\/[A-Za-z0-9_-]{8,}/;

/**
 * A case number typed (any case, stray spaces) or a tracking link scanned by a keyboard-wedge
 * reader; null when it is neither, so nothing is sent for a typo.
 */
export function parseCaseRef(text: string): CaseRefInput | null {
  const t = text.trim();
  const compact = t.replace(/\s+/g, '').toUpperCase();
  if (CASE_NUMBER.test(compact)) return { kind: 'number', number: compact };
  if (TRACK_LINK.test(t)) return { kind: 'link', ref: t };
  return null;
}

/** What a window may do to the case now (common/case-transitions.ts, the server's own table). */
export function windowActions(status: CaseDetailDto['status']): { receiveSupplement: boolean; withdraw: boolean; deliver: boolean } {
  return { receiveSupplement: mayTake(status, 'receive-supplement'), withdraw: mayTake(status, 'withdraw'), deliver: mayTake(status, 'deliver') };
}

/** What the back office asked for, while the supplement is awaited (the newest request's wording). */
export function supplementAsked(c: Pick<CaseDetailDto, 'status' | 'events'>): string | null {
  if (c.status !== 'supplement-requested') return null;
  const asked = c.events.filter((e) => e.type === 'supplement-requested').at(-1);
  return asked ? asked.note : null;
}

/** "核对居民身份证：尾号 …1234" from the masked number the server sends; no number means check by name. */
export function identityCheckText(c: Pick<CaseDetailDto, 'applicant'>): string {
  const { idType, idNumber, name } = c.applicant;
  const doc = ID_TYPE_LABELS[idType ?? 'resident-id'].zh;
  if (!idNumber) return `核对申请人身份：${name}（未登记证件号码）/ Check the applicant's identity (no ID number on file)`;
  return `核对${doc}：${name} · 尾号 …${idNumber.slice(-4)} / Check the ID ending ${idNumber.slice(-4)}`;
}

/** The decision the departments reached (联审联办: denied if any denied). */
export function decisionOf(c: Pick<CaseDetailDto, 'steps'>): 'approved' | 'denied' | 'pending' {
  if (c.steps.some((s) => s.decision === 'denied')) return 'denied';
  if (c.steps.length > 0 && c.steps.every((s) => s.decision === 'approved')) return 'approved';
  return 'pending';
}

/** What goes across the desk, and what comes back: the result of the matter, against the acceptance notice. */
export function handOver(c: Pick<CaseDetailDto, 'matterName' | 'steps' | 'documents' | 'events'>): string[] {
  const verdict = { approved: '准予 approved', denied: '不予许可决定 denied', pending: '办理结果 result' }[decisionOf(c)];
  const lines = [`${c.matterName} · ${verdict}`];
  const ready = c.events.filter((e) => e.type === 'result-ready').at(-1);
  if (ready?.note) lines.push(ready.note);
  const notice = c.documents.find((d) => d.kind === 'acceptance-notice' && d.replacedBy === null);
  if (notice) lines.push(`收回受理通知书 ${notice.number} / Take back the acceptance notice`);
  return lines;
}

export interface HandOutForm {
  identityChecked: boolean;
  collectedBy: 'applicant' | 'agent';
  agentName: string;
  agentIdNumber: string;
}

export const EMPTY_HAND_OUT: HandOutForm = { identityChecked: false, collectedBy: 'applicant', agentName: '', agentIdNumber: '' };

export type HandOutCheck =
  | { ok: true; body: { identityChecked: true; collectedBy: 'applicant' | 'agent'; note?: string } }
  | { ok: false; problem: string };

/**
 * 确认发放 only after the identity check; 代领 records who collected, with the agent's ID masked
 * (the note shows on the visitor's timeline).
 */
export function handOutFrom(f: HandOutForm): HandOutCheck {
  if (!f.identityChecked) return { ok: false, problem: '请先核验身份并勾选「已核验身份」/ Check the identity first' };
  if (f.collectedBy === 'applicant') return { ok: true, body: { identityChecked: true, collectedBy: 'applicant' } };
  const name = f.agentName.trim();
  const id = f.agentIdNumber.trim().toUpperCase();
  if (!name || !id) return { ok: false, problem: '代领须登记代领人姓名和证件号码 / Note the agent\'s name and ID number' };
  return { ok: true, body: { identityChecked: true, collectedBy: 'agent', note: `代领人 ${name}，证件 ${maskIdNumber(id)}` } };
}
