import { describe, expect, it } from 'vitest';
import type { HallSnapshot, WindowDto } from '../contract/dto.js';
import { applyHallEvent, RECENT_CALLS_KEPT, unbundle } from './hall-state.js';

const win: WindowDto = { id: 5, number: 5, name: '5号窗', nameEn: 'Window 5', queueIds: ['market'], overflowQueueIds: [], state: 'open', clerk: null, current: null };
const base: HallSnapshot = {
  version: 10, hall: { id: 'h', name: '大厅', nameEn: 'Hall', timeZone: 'Asia/Shanghai', notice: '', code: 'H', catalogVersion: 0 }, serviceDay: '2026-11-29',
  serverTime: '2026-11-29T01:00:00.000Z', queues: [{ id: 'market', name: '市场', nameEn: 'Market', prefix: 'A', kind: 'domain', open: true, waiting: 3 }],
  windows: [win], recentCalls: [],
};
const call = (n: number) => ({ number: `A${String(n).padStart(3, '0')}`, queueId: 'market', windowId: 5, windowNumber: 5, windowName: '5号窗', windowNameEn: 'Window 5', callCount: 1, calledAt: '2026-11-29T01:00:00.000Z' });

describe('applying hall events', () => {
  it('applies the next version and ignores ones already seen', () => {
    const next = applyHallEvent(base, { name: 'queue:changed', payload: { version: 11, queues: [{ queueId: 'market', waiting: 2 }] } });
    expect(next).not.toBe('gap');
    if (next === 'gap') return;
    expect(next.queues[0]?.waiting).toBe(2);
    expect(applyHallEvent(next, { name: 'queue:changed', payload: { version: 11, queues: [{ queueId: 'market', waiting: 9 }] } })).toBe(next);
  });

  it('reports a gap when a version is skipped', () => {
    expect(applyHallEvent(base, { name: 'window:changed', payload: { version: 12, window: { ...win, state: 'paused' } } })).toBe('gap');
  });

  it('keeps the recent calls newest first and bounded', () => {
    let s: HallSnapshot = base;
    for (let i = 1; i <= 25; i++) {
      const r = applyHallEvent(s, { name: 'ticket:called', payload: { version: s.version + 1, call: call(i) } });
      if (r === 'gap') throw new Error('unexpected gap');
      s = r;
    }
    expect(s.recentCalls).toHaveLength(RECENT_CALLS_KEPT);
    expect(s.recentCalls[0]?.number).toBe('A025');
  });

  it('replaces a changed window', () => {
    const r = applyHallEvent(base, { name: 'window:changed', payload: { version: 11, window: { ...win, state: 'paused' } } });
    expect(r !== 'gap' && r.windows[0]?.state).toBe('paused');
  });

  it('unbundles a call that carries its other changes into the events it stands for, in order', () => {
    const events = unbundle({ name: 'ticket:called', payload: { version: 11, call: call(7), also: [
      { name: 'ticket:changed', payload: { version: 12, ticket: { number: 'A007', queueId: 'market', status: 'called', windowNumber: 5 } } },
      { name: 'queue:changed', payload: { version: 13, queues: [{ queueId: 'market', waiting: 2 }] } },
      { name: 'window:changed', payload: { version: 14, window: { ...win, current: { number: 'A007', status: 'called', queueId: 'market' } } } },
    ] } });
    expect(events.map((e) => [e.name, e.payload.version])).toEqual([['ticket:called', 11], ['ticket:changed', 12], ['queue:changed', 13], ['window:changed', 14]]);
    expect(events[0]?.payload).not.toHaveProperty('also');
    let s: HallSnapshot = base;
    for (const e of events) {
      const r = applyHallEvent(s, e);
      if (r === 'gap') throw new Error('unexpected gap');
      s = r;
    }
    expect([s.version, s.queues[0]?.waiting, s.windows[0]?.current?.number, s.recentCalls[0]?.number]).toEqual([14, 2, 'A007', 'A007']);
  });
});
