/**
 * What a printed document (/d/<id>) says, per kind, as plain data the page lays out: its version
 * line, the superseded banner, the table of materials and the facts of the case. No DOM here.
 */
import type { DocumentViewDto } from '../contract/dto.js';
import { DELIVERY_METHOD_LABELS, ID_TYPE_LABELS } from '../common/case-labels.js';
import { DOCUMENT_TITLES } from '../common/document-titles.js';
import { hallClockParts } from '../common/hall-time.js';

export interface Heading {
  zh: string;
  en: string;
}

export interface LineTable {
  heading: Heading;
  /** The first column's header; the second is always what is required. */
  nameHeader: string;
  requirementHeader: string;
  rows: { name: string; requirement: string }[];
}

export interface Fact {
  label: string;
  value: string;
  /** A sentence rather than a value: it takes the whole line. */
  wide?: boolean;
}

export interface DocumentBody {
  title: Heading;
  table: LineTable | null;
  /** Facts printed under the table (deadline, delivery, reason). */
  facts: Fact[];
  statement: string;
  /** Whether the paper carries a QR code to the case's tracking page. */
  hasTracking: boolean;
}

/** "2026年12月1日" in the hall's zone: a document is dated where it was issued. */
export function documentDate(iso: string, timeZone: string): string {
  const p = hallClockParts(Date.parse(iso), timeZone);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

/** "2026-12-08" → "2026年12月8日" (a hall-local calendar day, no zone involved). */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y ?? ''}年${Number(m)}月${Number(d)}日`;
}

export function versionLine(d: Pick<DocumentViewDto, 'version' | 'replacesNumber'>): string {
  return d.replacesNumber === null ? `第 ${d.version} 版` : `第 ${d.version} 版，更正 ${d.replacesNumber}`;
}

/** A document a correction replaced still opens, so nobody relies on it unawares. */
export function supersededBanner(d: Pick<DocumentViewDto, 'replacedByNumber'>): string | null {
  return d.replacedByNumber === null ? null : `本文书已被 ${d.replacedByNumber} 更正替代，请以新版本为准`;
}

export function applicantFacts(d: Pick<DocumentViewDto, 'applicant'>): Fact[] {
  const a = d.applicant;
  const facts: Fact[] = [{ label: '申请人', value: a.name }, { label: '联系电话', value: a.phone }];
  if (a.idType !== null && a.idNumber !== null) facts.push({ label: ID_TYPE_LABELS[a.idType].zh, value: a.idNumber });
  // A notice or refusal may be issued before anyone gave their name: print no empty lines.
  return facts.filter((f) => f.value.trim() !== '');
}

function deliveryText(d: DocumentViewDto): string | null {
  if (d.delivery === null) return null;
  if (d.delivery.method === 'mail') return `${DELIVERY_METHOD_LABELS.mail.zh}${d.delivery.address === null ? '' : `：${d.delivery.address}`}`;
  return `${DELIVERY_METHOD_LABELS.pickup.zh}（综合出件窗口，可在自助机选择“领取结果”取号）`;
}

function acceptanceFacts(d: DocumentViewDto): Fact[] {
  const facts: Fact[] = [];
  if (d.promisedDays !== null) facts.push({ label: '承诺时限', value: `${d.promisedDays} 个工作日` });
  if (d.dueDay !== null) facts.push({ label: '承诺办结日期', value: `${dayText(d.dueDay)}前` });
  const delivery = deliveryText(d);
  if (delivery !== null) facts.push({ label: '结果送达方式', value: delivery, wide: true });
  return facts;
}

/** The body of each kind: what the window took in, what is missing, why not, or that it is done. */
export function documentBody(d: DocumentViewDto): DocumentBody {
  const t = DOCUMENT_TITLES[d.kind];
  const base = { title: { zh: t.title, en: t.titleEn }, statement: d.statement, hasTracking: d.qrUrl !== null };
  const note: Fact[] = d.note.trim() === '' ? [] : [{ label: '备注', value: d.note, wide: true }];
  switch (d.kind) {
    case 'acceptance-notice':
      return {
        ...base,
        table: { heading: { zh: '已收取材料', en: 'Materials received' }, nameHeader: '材料名称', requirementHeader: '份数及要求', rows: d.lines },
        facts: [...acceptanceFacts(d), ...note],
      };
    case 'one-time-notice':
      return {
        ...base,
        table: { heading: { zh: '需补齐的材料', en: 'Materials to bring' }, nameHeader: '材料名称', requirementHeader: '具体要求', rows: d.lines },
        facts: note,
      };
    case 'refusal':
      return { ...base, table: null, facts: [{ label: '不予受理理由', value: d.reason ?? '', wide: true }, ...note] };
    case 'completion-record':
      return {
        ...base,
        table: d.lines.length === 0 ? null : { heading: { zh: '已收取材料', en: 'Materials received' }, nameHeader: '材料名称', requirementHeader: '份数及要求', rows: d.lines },
        facts: note,
      };
  }
}

/** The document id from /d/<id>, or null for anything else. */
export function documentIdFromPath(pathname: string): string | null {
  const match = /^\/d\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
