import { describe, expect, it } from 'vitest';
import { clockTime, elapsedText, minutesText, secondsBetween } from './format.js';
import { marksOf } from './labels.js';

describe('display formats', () => {
  it('shows times on the hall clock, whatever the PC is set to', () => {
    expect(clockTime('2026-11-30T01:02:03.000Z', 'Asia/Shanghai')).toBe('09:02:03');
    expect(clockTime(null, 'Asia/Shanghai')).toBe('—');
  });

  it('minutes and running timers', () => {
    expect(minutesText(0)).toBe('0 分钟');
    expect(minutesText(75)).toBe('1 小时 15 分钟');
    expect(minutesText(null)).toBe('—');
    expect(elapsedText(42)).toBe('42 秒');
    expect(elapsedText(185)).toBe('3 分 05 秒');
    expect(secondsBetween('2026-11-30T01:00:00.000Z', Date.parse('2026-11-30T00:59:00.000Z'))).toBe(0);
  });

  it('marks priority, appointments and overflow in the waiting list', () => {
    expect(marksOf({ priority: 'elderly', source: 'appointment', overflow: true }).map((m) => m.text)).toEqual(['绿色通道·老年人', '预约', '调剂']);
    expect(marksOf({ priority: null, source: 'kiosk', overflow: false })).toEqual([]);
  });
});
