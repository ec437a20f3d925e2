import { describe, expect, it } from 'vitest';
import { isResidentIdNumber, maskIdNumber, maskName, maskPhone, normalisePhone } from './identity.js';

describe('masking', () => {
  it('an ID number keeps its first and last four', () => {
    expect(maskIdNumber('350203199001011234')).toBe('3502**********1234');
    expect(maskIdNumber('E12345678')).toBe('E123*5678');
  });
  it('a phone keeps 3 + 4, a name its first character', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('林晓燕')).toBe('林**');
    expect(maskName('欧阳')).toBe('欧*');
  });
  it('short values never show more than half', () => {
    expect(maskIdNumber('1234')).toBe('**34');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('resident ID numbers', () => {
  it('accepts a valid check character and refuses a wrong one', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
  });
});

describe('phones', () => {
  it('normalises mobiles and fixed lines, refuses the rest', () => {
    expect(normalisePhone('138 1234 5678')).toBe('13812345678');
    expect(normalisePhone('0592-1234567')).toBe('05921234567');
    expect(normalisePhone('12345')).toBeNull();
  });
});
