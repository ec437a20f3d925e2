/**
 * Span ends, as the real rules answer them. Window 1 (market) is open 09:00–09:30 only: the
 * visitor at it when the span ends is served to the end, then the window closes; a visitor
 * still waiting then, and one arriving after every span, get tickets (the demo hall issues
 * 00:00–24:00) that the server's day close at midnight marks `unserved`. Window 5 (housing) has
 * a break 09:30–10:00: it pauses, calls nobody meanwhile, and calls the waiting visitor at 10:00.
 */
import { describe, expect, it } from 'vitest';
import { csvRecords, runScenario, T } from './support.js';

const scenario = {
  date: '2026-12-01',
  walkMinutes: 0.5,
  windows: [{ number: 1, open: [['09:00', '09:30']] }, { number: 5, open: [['09:00', '09:30'], ['10:00', '10:30']] }],
  visitors: [
    { arrive: '09:10:00', matterId: 'market-002', serviceMinutes: 25 },
    { arrive: '09:20:00', matterId: 'market-003', serviceMinutes: 5 },
    { arrive: '10:00:00', matterId: 'market-004', serviceMinutes: 5 },
    { arrive: '09:35:00', queueId: 'housing', serviceMinutes: 5 },
  ],
};

describe('when the roster\'s spans end', () => {
  it('serves the visitor at the window to the end, then closes; later tickets end the day unserved; a break pauses', async () => {
    const { files, day } = await runScenario(scenario);
    const rows = csvRecords(files.get('tickets.csv') ?? '');
    expect(rows[0]).toMatchObject({ firstCalledAt: T('09:10:00'), startedAt: T('09:10:30'), finishedAt: T('09:35:30'), windowNumber: '1', status: 'done' });
    for (const r of [rows[1], rows[2]]) expect(r).toMatchObject({ firstCalledAt: '', windowNumber: '', startedAt: '', status: 'unserved', refusal: '' });
    expect(rows[2]?.number).toBe('A003');
    expect(rows[3]).toMatchObject({ number: 'B001', firstCalledAt: T('10:00:00'), startedAt: T('10:00:30'), finishedAt: T('10:05:30'), windowNumber: '5', status: 'done' });
    // Window 1 stayed open until its last service ended; window 5 was open for its two spans only.
    expect(day.summary.windows['1']?.openMinutes).toBe(35.5);
    expect(day.summary.windows['5']?.openMinutes).toBe(60);
  });
});
