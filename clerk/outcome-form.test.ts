import { describe, expect, it } from 'vitest';
import type { MaterialDto } from '../contract/dto.js';
import { applicantFrom, EMPTY_APPLICANT } from './applicant-form.js';
import { EMPTY_FORM, outcomeFrom, preTickedMissing, splitOther, stepCopies, toggle, type FinishContext, type OutcomeForm } from './outcome-form.js';

const mat = (name: string, required = true): MaterialDto => ({ name, nameEn: name, copies: 1, form: 'original', notes: '', notesEn: '', required, checkStandard: '', checkStandardEn: '', shared: false });

describe('finish outcome form', () => {
  it('asks for a choice first', () => {
    expect(outcomeFrom(EMPTY_FORM)).toEqual({ ok: false, problem: expect.stringContaining('办理结果') });
  });

  it('plain outcomes need nothing else; a note is trimmed and kept', () => {
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'on-the-spot' })).toEqual({ ok: true, outcome: { kind: 'on-the-spot' } });
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'consultation', note: '  问了社保  ' })).toEqual({ ok: true, outcome: { kind: 'consultation', note: '问了社保' } });
  });

  it('a one-time notice needs at least one missing material, ticked or typed, without repeats', () => {
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'one-time-notice' }).ok).toBe(false);
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'one-time-notice', otherMissing: '  ' }).ok).toBe(false);
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'one-time-notice', missing: ['身份证'], otherMissing: '户口本、身份证\n结婚证' })).toEqual({
      ok: true, outcome: { kind: 'one-time-notice', missingMaterials: ['身份证', '户口本', '结婚证'] },
    });
  });

  it('not accepted needs a reason that is not blank', () => {
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'not-accepted', reason: '   ' }).ok).toBe(false);
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'not-accepted', reason: ' 不属于本中心受理范围 ' })).toEqual({
      ok: true, outcome: { kind: 'not-accepted', reason: '不属于本中心受理范围' },
    });
  });

  it('splits typed materials on Chinese and Western separators', () => {
    expect(splitOther('a，b;c；d\ne、f,')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('pre-ticks required materials not received, only once the clerk marked something', () => {
    const list = [mat('申请书'), mat('身份证'), mat('委托书', false)];
    expect(preTickedMissing(list, new Set())).toEqual([]);
    expect(preTickedMissing(list, new Set([0]))).toEqual(['身份证']);
  });

  it('never pre-ticks a shared material (电子证照共享) as missing', () => {
    const list = [mat('申请书'), { ...mat('营业执照'), shared: true }, mat('身份证')];
    expect(preTickedMissing(list, new Set([0]))).toEqual(['身份证']);
  });

  it('toggles a ticked material', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

const WANG = { ...EMPTY_APPLICANT, name: ' 王小明 ', phone: '138 1234 5678', idNumber: '11010519491231002x' };
const list = [mat('申请书'), { ...mat('营业执照'), copies: 2 }, mat('委托书', false)];
const ctx = (received: number[], needsMatter = false): FinishContext => ({ materials: list, received: new Set(received), needsMatter });
const accepting = (more: Partial<OutcomeForm> = {}): OutcomeForm => ({ ...EMPTY_FORM, kind: 'accepted', applicant: WANG, ...more });

describe('the applicant, checked as the server checks', () => {
  it('needs a name and a callable phone; sends the phone and ID normalised', () => {
    expect(applicantFrom(WANG, true)).toEqual({ ok: true, applicant: { name: '王小明', phone: '13812345678', idType: 'resident-id', idNumber: '11010519491231002X' } });
    expect(applicantFrom({ ...WANG, name: '  ' }, true)).toMatchObject({ ok: false, field: 'name' });
    expect(applicantFrom({ ...WANG, phone: '12345' }, true)).toMatchObject({ ok: false, field: 'phone' });
  });

  it('refuses a resident ID whose check character is wrong, but not another document type', () => {
    expect(applicantFrom({ ...WANG, idNumber: '110105194912310021' }, true)).toMatchObject({ ok: false, field: 'idNumber' });
    expect(applicantFrom({ ...WANG, idType: 'passport', idNumber: 'E12345678' }, true)).toMatchObject({ ok: true, applicant: { idType: 'passport', idNumber: 'E12345678' } });
  });

  it('is optional outside acceptance: an untouched form sends nothing, a touched one must be whole', () => {
    expect(applicantFrom(EMPTY_APPLICANT, false)).toEqual({ ok: true, applicant: null });
    expect(applicantFrom(EMPTY_APPLICANT, true).ok).toBe(false);
    expect(applicantFrom({ ...EMPTY_APPLICANT, phone: '13812345678' }, false).ok).toBe(false);
  });
});

describe('accepting builds the case fields', () => {
  it('needs the applicant, refusing a bad ID before anything is sent', () => {
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'accepted' }, ctx([])).ok).toBe(false);
    expect(outcomeFrom(accepting({ applicant: { ...WANG, idNumber: '110105194912310021' } }), ctx([]))).toEqual({ ok: false, problem: expect.stringContaining('身份证号码有误'), field: 'idNumber' });
  });

  it('pickup by default; mail needs the address', () => {
    expect(outcomeFrom(accepting(), ctx([]))).toMatchObject({ ok: true, outcome: { kind: 'accepted', delivery: { method: 'pickup' } } });
    expect(outcomeFrom(accepting({ delivery: 'mail', address: '  ' }), ctx([])).ok).toBe(false);
    expect(outcomeFrom(accepting({ delivery: 'mail', address: ' 厦门市思明区 1 号 ' }), ctx([]))).toMatchObject({ ok: true, outcome: { delivery: { method: 'mail', address: '厦门市思明区 1 号' } } });
  });

  it('sends the ticked lines with their copies (default the material\'s), or nothing for the server\'s default', () => {
    const none = outcomeFrom(accepting(), ctx([]));
    expect(none.ok && 'received' in none.outcome).toBe(false);
    const form = accepting();
    const more = { ...form, copies: stepCopies(form, list, 0, 1) };
    expect(outcomeFrom(more, ctx([2, 0, 1]))).toMatchObject({ ok: true, outcome: { received: [{ index: 0, copies: 2 }, { index: 1, copies: 2 }, { index: 2, copies: 1 }] } });
  });

  it('keeps copies within 1–99', () => {
    const form = accepting();
    expect(stepCopies(form, list, 0, -1)).toEqual({ 0: 1 });
    expect(stepCopies({ ...form, copies: { 1: 99 } }, list, 1, 1)).toEqual({ 1: 99 });
  });

  it('a queue ticket needs the matter chosen, and sends it', () => {
    expect(outcomeFrom(accepting(), ctx([], true))).toEqual({ ok: false, problem: expect.stringContaining('事项') });
    expect(outcomeFrom(accepting({ matterId: 'market-005' }), ctx([], true))).toMatchObject({ ok: true, outcome: { matterId: 'market-005' } });
  });

  it('other outcomes carry the applicant when the clerk took it down, a consultation never', () => {
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'not-accepted', reason: '不符', applicant: WANG })).toMatchObject({ ok: true, outcome: { applicant: { phone: '13812345678' } } });
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'consultation', applicant: WANG })).toEqual({ ok: true, outcome: { kind: 'consultation' } });
  });
});
