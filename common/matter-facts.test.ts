import { describe, expect, it } from 'vitest';
import { feeText, timeLimitText, toBring } from './matter-facts.js';

describe('a matter\'s published facts, worded once', () => {
  it('says free when no fee is published, and the fee otherwise', () => {
    expect(feeText({ fee: '', feeEn: '' }, 'zh')).toBe('免费');
    expect(feeText({ fee: ' ', feeEn: '' }, 'en')).toBe('Free');
    expect(feeText({ fee: '工本费 10 元', feeEn: '' }, 'en')).toBe('工本费 10 元');
    expect(feeText({ fee: '工本费 10 元', feeEn: 'CNY 10' }, 'en')).toBe('CNY 10');
  });

  it('gives the promised limit, and the statutory one only when the law sets it', () => {
    expect(timeLimitText({ promisedDays: 5, onTheSpot: false, statutoryDays: 20 }, 'zh')).toBe('承诺 5 个工作日 · 法定 20 个工作日');
    expect(timeLimitText({ promisedDays: 5, onTheSpot: false, statutoryDays: null }, 'zh')).toBe('承诺 5 个工作日');
    expect(timeLimitText({ promisedDays: 0, onTheSpot: true, statutoryDays: 20 }, 'en')).toBe('Done on the spot · Statutory: 20 working days');
    expect(timeLimitText({ promisedDays: 1, onTheSpot: false, statutoryDays: null }, 'en')).toBe('Promised: 1 working day');
  });

  it('leaves shared materials out of what to bring', () => {
    expect(toBring([{ n: 1, shared: false }, { n: 2, shared: true }]).map((m) => m.n)).toEqual([1]);
  });
});
