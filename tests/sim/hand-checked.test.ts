/**
 * Two market windows, five visitors, every cell of tickets.csv derived by hand from the scenario
 * and the demo hall's rules (no-show: slip 3 places, void on the second; green channel first;
 * estimate = people ahead × 15 min (market default, < 3 services seen) ÷ max(1, open windows)).
 *
 * 09:00 w1 opens, calls A001 (v0); w2 opens, calls A002 (v1, never comes).
 * 09:01 v0 reaches w1; w2 recalls A002.   09:02 w2 marks A002 no-show: fewer than 3 wait, so it
 * goes to the back (orderAt 09:02); w2 calls A003 (v2, 08:58).   09:03 v2 reaches w2.
 * 09:05 v3 (elderly) takes A004: green channel, nobody ahead.   09:11 w1 finishes v0 (scheduled
 * first) and calls A004 before A002; w2 finishes v2 and calls A002 again; 09:12 recall, 09:13
 * second no-show: void.   09:12 v3 reaches w1, done 09:18.   09:30 w2 closes.   09:40 v4 takes
 * A005, w1 calls at once, 09:41 start, 09:45 done.   10:00 w1 closes.
 */
import { describe, expect, it } from 'vitest';
import { TICKETS_HEADER } from '../../server/sim/tickets-csv.js';
import { csvRecords, runScenario, T } from './support.js';

const scenario = {
  date: '2026-12-01',
  walkMinutes: 1,
  windows: [{ number: 1, open: [['09:00', '10:00']] }, { number: 2, open: [['09:00', '09:30']] }],
  visitors: [
    { arrive: '08:50:00', matterId: 'market-002', serviceMinutes: 10 },
    { arrive: '08:55:00', matterId: 'market-008', serviceMinutes: 5, noShow: true },
    { arrive: '08:58:00', matterId: 'market-003', serviceMinutes: 8 },
    { arrive: '09:05:00', matterId: 'market-004', serviceMinutes: 6, priority: 'elderly' },
    { arrive: '09:40:00', matterId: 'market-005', serviceMinutes: 4 },
  ],
};

const expected = [
  ['0', 'A001', 'market', 'market-002', '', T('08:50:00'), '0', '0', T('09:00:00'), '1', T('09:01:00'), T('09:11:00'), 'done', ''],
  ['1', 'A002', 'market', 'market-008', '', T('08:55:00'), '15', '1', T('09:00:00'), '2', '', '', 'no_show', ''],
  ['2', 'A003', 'market', 'market-003', '', T('08:58:00'), '30', '2', T('09:02:00'), '2', T('09:03:00'), T('09:11:00'), 'done', ''],
  ['3', 'A004', 'market', 'market-004', 'elderly', T('09:05:00'), '0', '0', T('09:11:00'), '1', T('09:12:00'), T('09:18:00'), 'done', ''],
  ['4', 'A005', 'market', 'market-005', '', T('09:40:00'), '0', '0', T('09:40:00'), '1', T('09:41:00'), T('09:45:00'), 'done', ''],
];

describe('a hand-checked morning', () => {
  it('gives every cell of tickets.csv as derived by hand, under the exact header, without a BOM', async () => {
    const { files, day } = await runScenario(scenario);
    const csv = files.get('tickets.csv') ?? '';
    expect(csv.startsWith('visitor,number,queueId,matterId,priority,issuedAt,estimatedWaitMinutes,peopleAheadAtIssue,firstCalledAt,windowNumber,startedAt,finishedAt,status,refusal\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).toBe('v'.charCodeAt(0));
    const records = csvRecords(csv);
    expect(records.map((r) => TICKETS_HEADER.map((h) => r[h]))).toEqual(expected);
    // Window 1 open 60 min, serving 10 + 6 + 4; window 2 open 30 min, serving 8.
    expect(day.summary.windows).toEqual({
      1: { openMinutes: 60, servingMinutes: 20, busyShare: 0.3333, served: 3 },
      2: { openMinutes: 30, servingMinutes: 8, busyShare: 0.2667, served: 1 },
    });
  });
});
