import { describe, expect, it } from 'vitest';
import type { MaterialDto } from '../contract/dto.js';
import { EMPTY_FORM, outcomeFrom, preTickedMissing, splitOther, toggle } from './outcome-form.js';

const mat = (name: string, required = true): MaterialDto => ({ name, nameEn: name, copies: 1, form: 'original', notes: '', notesEn: '', required });

describe('finish outcome form', () => {
  it('asks for a choice first', () => {
    expect(outcomeFrom(EMPTY_FORM)).toEqual({ ok: false, problem: expect.stringContaining('办理结果') });
  });

  it('plain outcomes need nothing else; a note is trimmed and kept', () => {
    expect(outcomeFrom({ ...EMPTY_FORM, kind: 'accepted' })).toEqual({ ok: true, outcome: { kind: 'accepted' } });
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

  it('toggles a ticked material', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
