import { describe, expect, it } from 'vitest';
import { bookingText, clockTime, elapsedText, minutesText, secondsBetween } from './format.js';
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

describe('the booking of an appointment ticket', () => {
  it('says the slot and early, late or on time (within 2 minutes either way), Chinese and English', () => {
    expect(bookingText({ start: '09:30', arrivalMinutes: -12 })).toEqual({ zh: '预约 09:30 · 早到 12 分钟', en: 'booked 09:30 · 12 min early' });
    expect(bookingText({ start: '10:00', arrivalMinutes: 5 })).toEqual({ zh: '预约 10:00 · 迟到 5 分钟', en: 'booked 10:00 · 5 min late' });
    for (const m of [-2, -1, 0, 1, 2]) expect(bookingText({ start: '14:00', arrivalMinutes: m })).toEqual({ zh: '预约 14:00 · 准时', en: 'booked 14:00 · on time' });
    expect(bookingText({ start: '14:00', arrivalMinutes: 3 }).zh).toBe('预约 14:00 · 迟到 3 分钟');
    expect(bookingText({ start: '14:00', arrivalMinutes: -3 }).zh).toBe('预约 14:00 · 早到 3 分钟');
  });

  it('marks a waiting appointment with its booking when known, plain 预约 otherwise', () => {
    const e = { priority: null, source: 'appointment' as const, overflow: false };
    expect(marksOf({ ...e, booking: { start: '09:30', arrivalMinutes: -12 } }).map((m) => m.text)).toEqual(['预约 09:30 · 早到 12 分钟']);
    expect(marksOf({ ...e, booking: null }).map((m) => m.text)).toEqual(['预约']);
  });
});
