import { describe, expect, it } from 'vitest';
import { RATING_LEVEL_LABELS } from '../common/rating-labels.js';
import { EMPTY_DRAFT, LEVEL_ORDER, closedText, ratedText, ratingBody, ratingCardView, ratingErrorText, toggle } from './rating-card.js';

describe('the rating card of the phone pages', () => {
  it('offers the five levels in the pad\'s order and words', () => {
    expect(LEVEL_ORDER.map((l) => RATING_LEVEL_LABELS[l].zh)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  });

  it('shows the form while open, the answer once rated, and the deadline once closed', () => {
    expect(ratingCardView(null)).toEqual({ kind: 'hidden' });
    expect(ratingCardView({ rated: null, until: '2026-12-07', open: true })).toEqual({ kind: 'form' });
    expect(ratingCardView({ rated: 4, until: '2026-12-07', open: false })).toEqual({ kind: 'rated', level: 4 });
    expect(ratingCardView({ rated: null, until: '2026-12-07', open: false })).toEqual({ kind: 'closed', until: '2026-12-07' });
    // Not finished: the server gives no deadline, and there is nothing to say yet.
    expect(ratingCardView({ rated: null, until: null, open: false })).toEqual({ kind: 'hidden' });
  });

  it('says what was given and until when it could be', () => {
    expect(ratedText(4).zh).toBe('您已评价：满意，谢谢');
    expect(closedText('2026-12-07').zh).toBe('评价已截止（截至 12月7日）');
    expect(closedText('2026-12-07').en).toContain('Dec 7');
    expect(closedText(null).zh).toBe('评价已截止');
  });

  it('sends reasons and a phone only with a bad level, trimmed, and nothing without a level', () => {
    expect(ratingBody(EMPTY_DRAFT)).toBeNull();
    expect(ratingBody({ level: 5, reasons: ['slow'], text: '  很好 ', phone: '13900001111' })).toEqual({ level: 5, text: '很好' });
    expect(ratingBody({ level: 2, reasons: ['slow', 'long-wait'], text: ' ', phone: ' 13900001111 ' }))
      .toEqual({ level: 2, reasons: ['slow', 'long-wait'], phone: '13900001111' });
    expect(ratingBody({ level: 1, reasons: [], text: '', phone: '' })).toEqual({ level: 1 });
    expect(toggle(toggle(['slow'], 'other'), 'slow')).toEqual(['other']);
  });

  it('answers a second attempt clearly', () => {
    expect(ratingErrorText('already-rated').zh).toContain('已经评价过');
    expect(ratingErrorText('rating-closed').zh).toBe('评价已截止');
    expect(ratingErrorText('network').zh).toContain('重试');
  });
});
