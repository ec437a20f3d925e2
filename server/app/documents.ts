/**
 * Documents a service ends with (受理通知书, 一次性告知书, 不予受理通知书, 即办记录): numbered,
 * frozen at issue (the content is stored as printed, applicant details already masked), never
 * updated. A correction issues a new version that names the one it replaces.
 */
import { randomBytes } from 'node:crypto';
import { maskIdNumber, maskName, maskPhone } from '../../common/identity.js';
import type { DocumentKind } from '../../contract/constants.js';
import type { Static } from '@sinclair/typebox';
import type { DocumentView } from '../../contract/schemas-cases.js';
import type { DocumentRow } from '../db/cases-repo.js';
import type { HallRow } from '../db/catalog-repo.js';
import { parseJson } from '../db/json.js';
import type { HallServices } from './context.js';
import { iso } from './dto.js';
import { hallOf } from './views.js';

export type DocumentViewDto = Static<typeof DocumentView>;

/** What a document prints besides its identity (number, kind, version, time). */
export type DocumentContent = Omit<DocumentViewDto, 'id' | 'kind' | 'number' | 'version' | 'replacesNumber' | 'replacedByNumber' | 'issuedAt' | 'qrUrl' | 'selfUrl' | 'timeZone'>;

const KIND_CODE: Record<DocumentKind, string> = {
  'acceptance-notice': 'SL', 'one-time-notice': 'GZ', refusal: 'BY', 'completion-record': 'JB',
};

export interface ApplicantInput {
  name: string;
  phone: string;
  idType?: string | undefined;
  idNumber?: string | undefined;
}

/** The applicant as documents print them: masked at issue, so the stored page never holds more. */
export function maskedApplicant(a: ApplicantInput | null): DocumentContent['applicant'] {
  if (!a) return { name: '', phone: '', idType: null, idNumber: null };
  return {
    name: maskName(a.name), phone: a.phone ? maskPhone(a.phone) : '',
    idType: (a.idType ?? null) as DocumentContent['applicant']['idType'], idNumber: a.idNumber ? maskIdNumber(a.idNumber) : null,
  };
}

export const documentUrl = (id: string): string => `/d/${id}`;

export interface IssueDocument {
  hall: HallRow;
  kind: DocumentKind;
  ticketId: string;
  caseId: string | null;
  serviceDay: string;
  content: DocumentContent;
  now: number;
  replaces?: DocumentRow;
}

/** Numbers and stores a document in the caller's transaction: XMSZ-SL-20261201-0007. */
export function issueDocument(s: HallServices, d: IssueDocument): DocumentRow {
  const seq = s.cases.nextInSequence(`doc:${d.hall.id}:${d.kind}`, d.serviceDay);
  const row: DocumentRow = {
    id: randomBytes(16).toString('base64url'), hallId: d.hall.id,
    number: `${d.hall.code}-${KIND_CODE[d.kind]}-${d.serviceDay.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
    kind: d.kind, ticketId: d.ticketId, caseId: d.caseId, version: d.replaces ? d.replaces.version + 1 : 1,
    replacesId: d.replaces?.id ?? null, issuedAt: d.now, content: JSON.stringify(d.content),
  };
  s.cases.insertDocument(row);
  return row;
}

export function documentView(s: HallServices, row: DocumentRow, base: string): DocumentViewDto {
  const replaces = row.replacesId === null ? undefined : s.cases.document(row.replacesId);
  const replacedBy = s.cases.replacementOf(row.id);
  const content = parseJson<DocumentContent>(row.content);
  return {
    ...content,
    id: row.id, kind: row.kind, number: row.number, version: row.version, issuedAt: iso(row.issuedAt),
    replacesNumber: replaces?.number ?? null, replacedByNumber: replacedBy?.number ?? null,
    qrUrl: content.trackUrl === null ? null : `${base}${content.trackUrl}`,
    selfUrl: `${base}${documentUrl(row.id)}`, timeZone: hallOf(s).timeZone,
  };
}
