import { describe, expect, it } from 'vitest';
import type { CallDto, HallSnapshot, WindowDto } from '../contract/dto.js';
import { callKey, hallClock, latestCalls, servedQueues, waitingBoard, windowScreenState } from './hall-view.js';

const win = (over: Partial<WindowDto> = {}): WindowDto => ({
  id: 5, number: 5, name: '5号窗 住房保障', nameEn: 'Window 5', queueIds: ['housing'], overflowQueueIds: ['general'], state: 'open',
  clerk: { name: '张丽娟', staffNo: 'XM0005' }, current: null, ...over,
});
const queue = (id: string, prefix: string, waiting: number, open = true) => ({ id, name: `${id}名`, nameEn: id, prefix, kind: 'domain' as const, open, waiting });
const snapshot = (windows: WindowDto[] = [win()]): HallSnapshot => ({
  version: 1, hall: { id: 'h', name: '大厅', nameEn: 'Hall', timeZone: 'Asia/Shanghai', notice: '', code: 'H', catalogVersion: 0 }, serviceDay: '2026-11-29', serverTime: '2026-11-29T02:00:00.000Z',
  queues: [queue('general', 'M', 4), queue('housing', 'B', 2), queue('closed', 'C', 0, false), queue('market', 'A', 7)], windows, recentCalls: [],
});
const call = (number: string, callCount = 1): CallDto => ({
  number, queueId: 'housing', windowId: 5, windowNumber: 5, windowName: '5号窗', windowNameEn: 'Window 5', callCount,
  calledAt: `2026-11-29T02:00:0${callCount}.000Z`,
});

describe('recent calls', () => {
  it('shows each ticket once, at its latest call', () => {
    const recent = [call('B002', 2), call('B003'), call('B002', 1), call('B001')];
    expect(latestCalls(recent, 10).map(callKey)).toEqual(['B002#2@2026-11-29T02:00:02.000Z', 'B003#1@2026-11-29T02:00:01.000Z', 'B001#1@2026-11-29T02:00:01.000Z']);
  });

  it('is bounded', () => {
    const recent = Array.from({ length: 30 }, (_, i) => call(`B${i}`));
    expect(latestCalls(recent, 8)).toHaveLength(8);
    expect(latestCalls(recent, 8)[0]?.number).toBe('B0');
  });
});

describe('waiting board', () => {
  it('lists open queues in prefix order with their counts', () => {
    expect(waitingBoard(snapshot()).map((r) => [r.prefix, r.waiting])).toEqual([['A', 7], ['B', 2], ['M', 4]]);
  });
});

describe('window screen state', () => {
  it('says what the window is doing', () => {
    expect(windowScreenState(snapshot(), 5).kind).toBe('idle');
    expect(windowScreenState(snapshot([win({ state: 'closed', clerk: null })]), 5).kind).toBe('closed');
    expect(windowScreenState(snapshot([win({ state: 'paused' })]), 5).kind).toBe('paused');
    expect(windowScreenState(snapshot([win({ current: { number: 'B012', status: 'called', queueId: 'housing' } })]), 5))
      .toMatchObject({ kind: 'calling', number: 'B012' });
    expect(windowScreenState(snapshot([win({ current: { number: 'B012', status: 'serving', queueId: 'housing' } })]), 5))
      .toMatchObject({ kind: 'serving', number: 'B012' });
    expect(windowScreenState(snapshot(), 99).kind).toBe('missing');
  });

  it('shows paused even while the window still holds a ticket', () => {
    expect(windowScreenState(snapshot([win({ state: 'paused', current: { number: 'B012', status: 'serving', queueId: 'housing' } })]), 5).kind).toBe('paused');
  });

  it('finds the window by its number, not its id', () => {
    expect(windowScreenState(snapshot([win({ id: 40, number: 7 })]), 7).kind).toBe('idle');
  });

  it('names the queues served, own queues before overflow', () => {
    expect(servedQueues(snapshot(), win())).toEqual([
      { id: 'housing', name: 'housing名', nameEn: 'housing', overflow: false },
      { id: 'general', name: 'general名', nameEn: 'general', overflow: true },
    ]);
  });
});

describe('hall clock', () => {
  it('shows the hall time zone, not the TV one', () => {
    // 2026-11-29T23:30:05Z is 07:30:05 on Monday 30 November in Shanghai.
    expect(hallClock(Date.parse('2026-11-29T23:30:05Z'), 'Asia/Shanghai')).toEqual({ date: '2026年11月30日', weekday: '星期一', time: '07:30:05' });
    expect(hallClock(Date.parse('2026-11-29T23:30:05Z'), 'UTC').time).toBe('23:30:05');
  });

  it('falls back to Beijing time for an unknown zone', () => {
    expect(hallClock(Date.parse('2026-11-29T00:00:00Z'), 'Nowhere/Land').time).toBe('08:00:00');
  });
});
