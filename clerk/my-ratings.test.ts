import { describe, expect, it } from 'vitest';
import { complaintSubject, levelCounts, satisfactionLine } from './my-ratings.js';

const mine = { counts: { 5: 3, 4: 1, 3: 0, 2: 1, 1: 0 }, rated: 5, served: 12, ratedShare: 5 / 12, satisfactionRate: 0.8, recent: [] };

describe('the clerk\'s ratings of today', () => {
  it('counts per level in the pad\'s order, with the rate and the rated share beside it', () => {
    expect(levelCounts(mine).map((c) => `${c.zh}:${c.count}`)).toEqual(['非常满意:3', '满意:1', '基本满意:0', '不满意:1', '非常不满意:0']);
    expect(satisfactionLine(mine)).toBe('满意率 80%（已评价 5/12）');
    expect(satisfactionLine({ ...mine, counts: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }, rated: 0, satisfactionRate: null })).toBe('满意率 —（已评价 0/12）');
  });

  it('links a desk complaint to the ticket at the window first, else the one just finished', () => {
    const now = { id: 'a', number: 'A001' };
    const before = { id: 'b', number: 'B002' };
    expect(complaintSubject(now, before)?.id).toBe('a');
    expect(complaintSubject(null, before)?.label).toContain('刚办结');
    expect(complaintSubject(null, null)).toBeNull();
  });
});
