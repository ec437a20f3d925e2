import { describe, expect, it } from 'vitest';
import { maskName } from './mask.js';

describe('masking a visitor name', () => {
  it('keeps the surname character and one star', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*');
  });

  it('does not reveal the length of a long name', () => {
    expect(maskName('欧阳娜娜')).toBe('欧*');
    expect(maskName('欧阳娜娜')).toHaveLength(maskName('李四').length);
  });

  it('masks a single character too', () => {
    expect(maskName('王')).toBe('王*');
  });

  it('handles Latin names, spaces and characters outside the BMP', () => {
    expect(maskName('  John Smith ')).toBe('J*');
    expect(maskName('𠀋一')).toBe('𠀋*');
  });

  it('gives nothing for an empty name', () => {
    expect(maskName('')).toBe('');
    expect(maskName('   ')).toBe('');
  });
});
