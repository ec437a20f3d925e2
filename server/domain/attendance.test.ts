import { describe, expect, it } from 'vitest';
import { attendanceOf, occupancy, type WindowLogEntry } from './attendance.js';

const MIN = 60_000;
const at = (min: number) => min * MIN;
const log = (windowId: number, min: number, type: WindowLogEntry['type'], reason: string | null = null): WindowLogEntry => ({ windowId, at: at(min), type, reason });

describe('attendance from the window log', () => {
  it('adds stints and pauses per reason kind, across windows', () => {
    const a = attendanceOf([
      log(1, 0, 'open'), log(1, 30, 'pause', 'break'), log(1, 45, 'resume'), log(1, 100, 'pause', 'other: 培训'), log(1, 110, 'close'),
      log(2, 200, 'open'), log(2, 260, 'close'),
    ], at(1000));
    expect(a).toEqual({ signedInMin: 170, pausedMin: { break: 15, other: 10 } });
  });

  it('rounds to minutes once, not per stint', () => {
    const stints = [0, 1, 2].flatMap((i) => [log(1, i * 10, 'open'), { ...log(1, i * 10, 'close'), at: at(i * 10) + 40_000 }]);
    expect(attendanceOf(stints, at(100)).signedInMin).toBe(2); // 3 × 40 s
  });

  it('a stint and a pause still open end now', () => {
    expect(attendanceOf([log(3, 0, 'open'), log(3, 50, 'pause', 'meal')], at(80))).toEqual({ signedInMin: 80, pausedMin: { meal: 30 } });
  });

  it('occupancy is serving time over unpaused staffed time', () => {
    expect(occupancy(at(60), { signedInMs: at(150), pausedMs: { break: at(30) } })).toBe(0.5);
    expect(occupancy(0, { signedInMs: 0, pausedMs: {} })).toBeNull();
    expect(occupancy(at(10), { signedInMs: at(20), pausedMs: { meal: at(20) } })).toBeNull();
  });
});
