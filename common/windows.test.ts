import { describe, expect, it } from 'vitest';
import { windowRanges, windowsNamed, windowsServingQueue } from './windows.js';

describe('window ranges', () => {
  it('joins runs of three or more with an en dash and lists pairs', () => {
    expect(windowRanges([4, 1, 2, 3], 'zh')).toBe('1–4');
    expect(windowRanges([5, 6], 'zh')).toBe('5、6');
    expect(windowRanges([8, 3, 4, 5, 5], 'zh')).toBe('3–5、8');
    expect(windowRanges([3, 4, 5, 8, 26, 27], 'en')).toBe('3–5, 8, 26, 27');
  });

  it('drops what is not a window number', () => {
    expect(windowRanges([], 'zh')).toBe('');
    expect(windowRanges([2, Number.NaN, -1, 2.5, 3], 'zh')).toBe('2、3');
  });

  it('names the windows with the right word and number', () => {
    expect(windowsNamed([1, 2, 3, 4], 'zh')).toBe('1–4 号窗口');
    expect(windowsNamed([7], 'en')).toBe('Window 7');
    expect(windowsNamed([5, 6], 'en')).toBe('Windows 5, 6');
    expect(windowsNamed([9, 10, 11], 'en')).toBe('Windows 9–11');
    expect(windowsNamed([], 'zh')).toBe('');
    expect(windowsNamed([], 'en')).toBe('');
  });
});

describe('windows serving a queue', () => {
  it('counts only windows that take the queue as their own, ascending', () => {
    const windows = [
      { number: 12, queueIds: ['q-a'] },
      { number: 3, queueIds: ['q-b', 'q-a'] },
      { number: 7, queueIds: ['q-b'] },
    ];
    expect(windowsServingQueue(windows, 'q-a')).toEqual([3, 12]);
    expect(windowsServingQueue(windows, 'q-none')).toEqual([]);
  });
});
