import { describe, expect, it } from 'vitest';
import { announcementText, callCaption, spellTicketNumber } from './announcement-text.js';

describe('ticket numbers read one character at a time', () => {
  it('reads every digit in Chinese, zeros included', () => {
    expect(spellTicketNumber('A012', 'zh')).toBe('A 零 一 二');
    expect(spellTicketNumber('R100', 'zh')).toBe('R 一 零 零');
    expect(spellTicketNumber('Z987', 'zh')).toBe('Z 九 八 七');
  });

  it('keeps digits as single digits in English', () => {
    expect(spellTicketNumber('A012', 'en')).toBe('A 0 1 2');
  });

  it('ignores stray spaces and lower case', () => {
    expect(spellTicketNumber(' b 305 ', 'zh')).toBe('B 三 零 五');
  });
});

describe('announcement text', () => {
  const call = { number: 'A012', windowNumber: 5 };

  it('is the hall sentence in Mandarin', () => {
    expect(announcementText(call, 'zh')).toBe('请 A 零 一 二 号 到 5 号窗口 办理');
  });

  it('is the hall sentence in English', () => {
    expect(announcementText(call, 'en')).toBe('Number A 0 1 2, please go to window 5');
  });

  it('never contains the number as a whole, so TTS cannot say "twelve"', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = announcementText({ number: 'M012', windowNumber: 28 }, lang);
      expect(text).not.toContain('012');
      expect(text).not.toContain('M0');
      expect(text).toContain('28');
    }
  });

  it('reads the ticket it was given, not a neighbour', () => {
    expect(announcementText({ number: 'N210', windowNumber: 31 }, 'zh')).toBe('请 N 二 一 零 号 到 31 号窗口 办理');
  });
});

describe('call caption', () => {
  it('shows the number as printed', () => {
    expect(callCaption({ number: 'A012', windowNumber: 5 }, 'zh')).toBe('请 A012 号到 5 号窗口办理');
    expect(callCaption({ number: 'A012', windowNumber: 5 }, 'en')).toBe('Number A012, please go to window 5');
  });
});
