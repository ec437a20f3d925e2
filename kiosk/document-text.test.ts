import { describe, expect, it } from 'vitest';
import type { DocumentViewDto } from '../contract/dto.js';
import { applicantFacts, dayText, documentBody, documentDate, documentIdFromPath, supersededBanner, versionLine } from './document-text.js';

const base: DocumentViewDto = {
  id: 'abc', kind: 'acceptance-notice', number: 'XMSZ-SL-20261201-0001', version: 1, replacesNumber: null, replacedByNumber: null,
  issuedAt: '2026-12-01T16:30:00.000Z', hallName: '市民中心', hallNameEn: 'Civic Centre', matterName: '企业开办', departmentNames: ['市场监管局'],
  applicant: { name: '王**', phone: '138****5678', idType: 'resident-id', idNumber: '1101**********002X' },
  clerk: { name: '张三', staffNo: 'C0002', windowNumber: 2 }, ticketNumber: 'A001', caseNumber: 'XMSZ-20261201-001',
  trackUrl: '/c/tok', qrUrl: 'http://hall/c/tok', selfUrl: 'http://hall/d/doc', timeZone: 'Asia/Shanghai', lines: [{ name: '营业执照', requirement: '原件 1 份' }],
  reason: null, statement: '予以受理', dueDay: '2026-12-08', promisedDays: 5, note: '', delivery: { method: 'pickup', address: null },
};

describe('what each document kind prints', () => {
  it('an acceptance notice: the received materials, the promised deadline, the delivery, and a QR to the case', () => {
    const b = documentBody(base);
    expect(b.title.zh).toBe('受理通知书');
    expect(b.table?.heading.zh).toBe('已收取材料');
    expect(b.table?.rows).toEqual(base.lines);
    expect(b.facts.map((f) => f.label)).toEqual(['承诺时限', '承诺办结日期', '结果送达方式']);
    expect(b.facts[1]?.value).toBe('2026年12月8日前');
    expect(b.hasTracking).toBe(true);
    const mailed = documentBody({ ...base, delivery: { method: 'mail', address: '厦门市思明区**' } });
    expect(mailed.facts[2]?.value).toBe('邮寄送达：厦门市思明区**');
  });

  it('a one-time notice: the missing materials with what is required of each, no deadline', () => {
    const lines = [{ name: '营业执照复印件', requirement: '复印件 1 份' }, { name: '章程', requirement: '原件' }];
    const b = documentBody({ ...base, kind: 'one-time-notice', lines, caseNumber: null, trackUrl: null, qrUrl: null, dueDay: null, promisedDays: null, delivery: null });
    expect(b.title.zh).toBe('一次性告知书');
    expect(b.table?.heading.zh).toBe('需补齐的材料');
    expect(b.table?.requirementHeader).toBe('具体要求');
    expect(b.table?.rows).toEqual(lines);
    expect(b.facts).toEqual([]);
    expect(b.hasTracking).toBe(false);
  });

  it('a refusal: the reason and the statement, no table', () => {
    const b = documentBody({ ...base, kind: 'refusal', reason: '不属于本机关职权范围', statement: '可申请行政复议', lines: [] });
    expect(b.table).toBeNull();
    expect(b.facts).toEqual([{ label: '不予受理理由', value: '不属于本机关职权范围', wide: true }]);
    expect(b.statement).toBe('可申请行政复议');
  });

  it('an on-the-spot record: its statement, and the note when there is one', () => {
    const b = documentBody({ ...base, kind: 'completion-record', lines: [], note: '当场发证' });
    expect(b.title.zh).toBe('即办件办结记录');
    expect(b.table).toBeNull();
    expect(b.facts).toEqual([{ label: '备注', value: '当场发证', wide: true }]);
  });
});

describe('version, date and applicant lines', () => {
  it('names the version and what it corrects, and warns on a superseded one', () => {
    expect(versionLine(base)).toBe('第 1 版');
    expect(versionLine({ version: 2, replacesNumber: 'XMSZ-SL-20261201-0001' })).toBe('第 2 版，更正 XMSZ-SL-20261201-0001');
    expect(supersededBanner(base)).toBeNull();
    expect(supersededBanner({ replacedByNumber: 'XMSZ-SL-20261201-0002' })).toContain('已被 XMSZ-SL-20261201-0002 更正替代');
  });

  it('dates in the hall zone: 16:30 UTC on 1 Dec is 2 Dec in Xiamen', () => {
    expect(documentDate(base.issuedAt, 'Asia/Shanghai')).toBe('2026年12月2日');
    expect(dayText('2026-12-08')).toBe('2026年12月8日');
  });

  it('prints the applicant as given (already masked), with the ID type by name', () => {
    expect(applicantFacts(base)).toEqual([
      { label: '申请人', value: '王**' }, { label: '联系电话', value: '138****5678' }, { label: '居民身份证', value: '1101**********002X' },
    ]);
    expect(applicantFacts({ applicant: { ...base.applicant, idType: null, idNumber: null } })).toHaveLength(2);
    expect(applicantFacts({ applicant: { name: '', phone: '', idType: null, idNumber: null } })).toEqual([]);
  });

  it('reads the id from /d/<id> only', () => {
    expect(documentIdFromPath('/d/Ab_9-x')).toBe('Ab_9-x');
    expect(documentIdFromPath('/d/../x')).toBeNull();
  });
});
