/**
 * The applicant's contact as the finish dialog collects it, checked with the server's own rules
 * (common/identity.ts) so the dialog says what is wrong before anything is sent.
 */
import { isResidentIdNumber, normalisePhone } from '../common/identity.js';
import type { ApplicantDto, IdType } from '../contract/dto.js';

export interface ApplicantFields {
  name: string;
  phone: string;
  idType: IdType;
  idNumber: string;
}

export const EMPTY_APPLICANT: ApplicantFields = { name: '', phone: '', idType: 'resident-id', idNumber: '' };

export { ID_TYPE_LABELS } from '../common/case-labels.js';

export type ApplicantCheck =
  | { ok: true; applicant: ApplicantDto | null }
  | { ok: false; problem: string; field: keyof ApplicantFields };

const isBlank = (f: ApplicantFields): boolean => !f.name.trim() && !f.phone.trim() && !f.idNumber.trim();

/**
 * The applicant to send, or why not. `required` (accepted cases) demands name and phone; otherwise
 * an untouched form sends nothing, and a touched one must be complete, as the server would insist.
 */
export function applicantFrom(f: ApplicantFields, required: boolean): ApplicantCheck {
  if (!required && isBlank(f)) return { ok: true, applicant: null };
  const name = f.name.trim();
  if (!name) return { ok: false, problem: '请填写申请人姓名 Enter the applicant\'s name', field: 'name' };
  const phone = normalisePhone(f.phone);
  if (!phone) return { ok: false, problem: '联系电话有误：11 位手机号或带区号的固话 / Phone: 11-digit mobile or a fixed line with area code', field: 'phone' };
  const idNumber = f.idNumber.trim().toUpperCase();
  if (idNumber && f.idType === 'resident-id' && !isResidentIdNumber(idNumber)) {
    return { ok: false, problem: '身份证号码有误（18 位，校验位不符）/ The resident ID number is not valid', field: 'idNumber' };
  }
  return { ok: true, applicant: idNumber ? { name, phone, idType: f.idType, idNumber } : { name, phone } };
}
