import { describe, expect, it } from 'vitest';
import type { MatterDto } from '../contract/dto.js';
import { formButtons } from './matter-forms.js';

const base = { checkStandard: '', checkStandardEn: '', shared: false, notes: '', notesEn: '', required: true, copies: 1, form: 'original' as const };
const matter: MatterDto = {
  id: 'm', name: '事项', nameEn: 'Matter', departmentId: 'd', queueId: 'q', promisedDays: 0, onTheSpot: true, keywords: [], faq: [], jointDepartmentIds: [],
  code: '', legalBasis: '', statutoryDays: null, fee: '', feeEn: '', online: 'none', handledBy: 'city',
  materials: [{ ...base, name: '申请书', nameEn: 'Application' }, { ...base, name: '承诺书', nameEn: '' }],
  forms: [
    { id: 'f1', kind: 'sample', title: '申请书样表', titleEn: 'Filled-in application', mime: 'image/png', size: 10, materialSeq: 0, url: '/api/forms/f1' },
    { id: 'f2', kind: 'blank', title: '承诺书', titleEn: '', mime: 'application/pdf', size: 10, materialSeq: 1, url: '/api/forms/f2' },
    { id: 'f3', kind: 'blank', title: '总表', titleEn: 'Summary', mime: 'image/jpeg', size: 10, materialSeq: null, url: '/api/forms/f3' },
  ],
};

describe('a matter\'s forms on the kiosk', () => {
  it('names each by kind and title, with its checklist line, and picks the viewer by type', () => {
    expect(formButtons(matter, 'zh')).toEqual([
      { id: 'f1', url: '/api/forms/f1', label: '样表：申请书样表', viewer: 'image', material: '申请书' },
      { id: 'f2', url: '/api/forms/f2', label: '空白表：承诺书', viewer: 'pdf', material: '承诺书' },
      { id: 'f3', url: '/api/forms/f3', label: '空白表：总表', viewer: 'image', material: null },
    ]);
  });

  it('speaks English, falling back to Chinese where a title is missing', () => {
    expect(formButtons(matter, 'en').map((b) => [b.label, b.material])).toEqual([
      ['Sample: Filled-in application', 'Application'],
      ['Blank form: 承诺书', '承诺书'],
      ['Blank form: Summary', null],
    ]);
  });
});
