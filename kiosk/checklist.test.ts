import { describe, expect, it } from 'vitest';
import type { MatterDto } from '../contract/dto.js';
import { checklistOf, formLabel, toggleTick } from './checklist.js';

const unchecked = { checkStandard: '', checkStandardEn: '', shared: false };
const matter: MatterDto = {
  id: 'market-001', name: '个体工商户设立登记', nameEn: 'Registration of an individual business',
  departmentId: 'market-supervision', queueId: 'market', promisedDays: 0, onTheSpot: true, keywords: [], faq: [], jointDepartmentIds: [],
  code: '', legalBasis: '', statutoryDays: null, fee: '', feeEn: '', online: 'none', handledBy: 'city', forms: [],
  materials: [
    { name: '个体工商户登记（备案）申请书', nameEn: 'Registration application form', copies: 1, form: 'original', notes: '经营者本人签字', notesEn: 'Signed by the operator', required: true, ...unchecked },
    { name: '经营场所使用证明', nameEn: 'Proof of use of the premises', copies: 2, form: 'copy', notes: '', notesEn: '', required: true, ...unchecked },
    { name: '身份证', nameEn: '', copies: 1, form: 'both', notes: '现场核验', notesEn: '', required: true, ...unchecked },
    { name: '授权委托书', nameEn: 'Power of attorney', copies: 1, form: 'original', notes: '委托他人办理时提供', notesEn: 'Only if someone applies for you', required: false, ...unchecked },
  ],
};

describe('material checklist rows', () => {
  it('says name, form and copies, and whether each is always needed, in Chinese', () => {
    const list = checklistOf(matter, 'zh', new Set());
    expect(list.rows.map((r) => [r.name, r.form, r.requiredLabel, r.notes])).toEqual([
      ['个体工商户登记（备案）申请书', '原件 1 份', '必需', '经营者本人签字'],
      ['经营场所使用证明', '复印件 2 份', '必需', ''],
      ['身份证', '原件及复印件 1 份', '必需', '现场核验'],
      ['授权委托书', '原件 1 份', '视情况', '委托他人办理时提供'],
    ]);
    expect(list.rows.every((r) => !r.ticked)).toBe(true);
  });

  it('speaks English, falling back to Chinese where a translation is missing', () => {
    const list = checklistOf(matter, 'en', new Set());
    expect(list.rows.map((r) => [r.name, r.form, r.requiredLabel, r.notes])).toEqual([
      ['Registration application form', 'Original × 1', 'Required', 'Signed by the operator'],
      ['Proof of use of the premises', 'Photocopy × 2', 'Required', ''],
      ['身份证', 'Original and photocopy × 1', 'Required', '现场核验'],
      ['Power of attorney', 'Original × 1', 'If applicable', 'Only if someone applies for you'],
    ]);
  });

  it('counts only required materials towards "ready", and is complete when all of them are ticked', () => {
    let ticked: Set<number> = new Set();
    ticked = toggleTick(ticked, 3);
    let list = checklistOf(matter, 'zh', ticked);
    expect(list).toMatchObject({ required: 3, requiredTicked: 0, complete: false });
    expect(list.rows[3]?.ticked).toBe(true);
    for (const i of [0, 1, 2]) ticked = toggleTick(ticked, i);
    list = checklistOf(matter, 'zh', ticked);
    expect(list).toMatchObject({ required: 3, requiredTicked: 3, complete: true });
    ticked = toggleTick(ticked, 1);
    expect(checklistOf(matter, 'zh', ticked)).toMatchObject({ requiredTicked: 2, complete: false });
  });

  it('shows check standards and marks shared materials, which are never counted as things to bring', () => {
    const shared: MatterDto = {
      ...matter,
      materials: matter.materials.map((x, i) => (i === 1
        ? { ...x, shared: true }
        : i === 0 ? { ...x, checkStandard: '须经营者本人签字', checkStandardEn: 'Signed by the operator in person' } : x)),
    };
    const zh = checklistOf(shared, 'zh', new Set([0, 2]));
    expect(zh.rows[0]?.checkStandard).toBe('须经营者本人签字');
    expect(zh.rows[1]).toMatchObject({ shared: true, requiredLabel: '免提交 · 电子证照共享' });
    expect(zh).toMatchObject({ required: 2, requiredTicked: 2, complete: true });
    const en = checklistOf(shared, 'en', new Set());
    expect(en.rows[0]?.checkStandard).toBe('Signed by the operator in person');
    expect(en.rows[1]?.requiredLabel).toBe('Not needed · shared electronically');
  });

  it('toggles into a new set, leaving the old one as it was', () => {
    const before = new Set([1]);
    const after = toggleTick(before, 2);
    expect([...before]).toEqual([1]);
    expect([...after].sort()).toEqual([1, 2]);
  });

  it('never shows zero or fractional copies', () => {
    expect(formLabel('copy', 0, 'zh')).toBe('复印件 1 份');
    expect(formLabel('copy', 2.7, 'en')).toBe('Photocopy × 2');
  });
});
