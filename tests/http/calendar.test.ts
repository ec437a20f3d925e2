/** The working-day calendar over HTTP: public reads, the administrator's audited edits, and deadlines seeing them at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDayDto, CalendarYearDto } from '../../contract/routes-calendar.js';
import { workCalendarOf } from '../../server/app/calendar.js';
import { addWorkingDays, isWorkingDay } from '../../server/domain/working-days.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer({}, false);
  admin = await server.login('admin');
});
afterAll(() => server.close());

const read = async (year: number) => (await server.app.inject(`/api/calendar/${year}`)).json<CalendarYearDto>();
const post = (url: string, payload: object, cookie = admin) => server.app.inject({ method: 'POST', url, payload, headers: { cookie } });
const errorOf = (r: { json: <T>() => T }) => r.json<{ error: { code: string; message: string } }>().error;
const lastAudit = (action: string) => server.app.hall.audit.recent(server.app.hall.hallId, 1, action)[0];

describe('reading the calendar', () => {
  it('anyone reads a seeded year: the official 2026 arrangement and its 248 working days', async () => {
    const y = await read(2026);
    expect(y.year).toBe(2026);
    expect(y.workingDays).toBe(248);
    expect(y.days.find((d) => d.day === '2026-10-10')).toEqual({ day: '2026-10-10', kind: 'workday', name: '国庆节调休上班' });
    expect(y.days.filter((d) => d.kind === 'workday').map((d) => d.day)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect((await read(2027)).days.map((d) => d.day)).toContain('2027-02-05');
    expect(await read(2031)).toEqual({ year: 2031, days: [], workingDays: 261 });
  });

  it('a hall seeded for production gets the same calendar', async () => {
    const prod = await startServer({ seed: { mode: 'production', adminPassword: 'a-long-admin-password' } }, false);
    try {
      expect((await prod.app.inject('/api/calendar/2026')).json<CalendarYearDto>().workingDays).toBe(248);
    } finally {
      await prod.close();
    }
  });

  it('refuses a year out of range', async () => {
    const r = await server.app.inject('/api/calendar/1999');
    expect(r.statusCode).toBe(400);
    expect(errorOf(r).code).toBe('validation-failed');
  });
});

describe('the administrator edits it', () => {
  const y2027: CalendarDayDto[] = [
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
    { day: '2027-02-05', kind: 'holiday', name: '春节' },
    { day: '2027-02-20', kind: 'workday', name: '春节调休上班' },
  ];

  it('replaces a year; deadlines computed right after see it; an audit row says who', async () => {
    const before = workCalendarOf(server.app.hall); // fills the cache
    expect(isWorkingDay(before, '2027-02-20')).toBe(false);
    const r = await post('/api/calendar/2027', { days: [...y2027].reverse() });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<CalendarYearDto>()).toEqual({ year: 2027, days: y2027, workingDays: 261 - 2 + 1 });
    expect(await read(2027)).toEqual(r.json());
    const after = workCalendarOf(server.app.hall);
    expect(isWorkingDay(after, '2027-02-20')).toBe(true);
    expect(isWorkingDay(after, '2027-06-09')).toBe(true); // 端午 was left out of the new list
    expect(addWorkingDays(after, '2027-02-19', 1)).toBe('2027-02-20');
    // Other years are untouched.
    expect((await read(2026)).workingDays).toBe(248);
    const audit = lastAudit('calendar-year');
    expect(audit?.actorName).toBe('大厅管理员');
    expect(JSON.parse(audit?.detail ?? '{}')).toEqual({ year: 2027, before: 7, after: 3 });
  });

  it('sets and clears one day, each audited and seen at once', async () => {
    expect(isWorkingDay(workCalendarOf(server.app.hall), '2026-11-20')).toBe(true);
    const set = await post('/api/calendar/days/2026-11-20', { kind: 'holiday', name: '厦门经济特区纪念日' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<CalendarYearDto>().workingDays).toBe(247);
    expect(isWorkingDay(workCalendarOf(server.app.hall), '2026-11-20')).toBe(false);
    expect(JSON.parse(lastAudit('calendar-day')?.detail ?? '{}')).toEqual({ day: '2026-11-20', kind: 'holiday', name: '厦门经济特区纪念日' });

    const cleared = await post('/api/calendar/days/2026-11-20/clear', {});
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<CalendarYearDto>().workingDays).toBe(248);
    expect(isWorkingDay(workCalendarOf(server.app.hall), '2026-11-20')).toBe(true);
    expect(JSON.parse(lastAudit('calendar-day-cleared')?.detail ?? '{}')).toEqual({ day: '2026-11-20' });
  });

  const refusals: [string, string, object, string][] = [
    ['a holiday on a weekend', '/api/calendar/2027', { days: [{ day: '2027-02-06', kind: 'holiday', name: '春节' }] }, 'calendar-invalid'],
    ['a make-up day on a weekday', '/api/calendar/2027', { days: [{ day: '2027-02-04', kind: 'workday', name: '' }] }, 'calendar-invalid'],
    ['an impossible date', '/api/calendar/2027', { days: [{ day: '2027-02-29', kind: 'holiday', name: '' }] }, 'calendar-invalid'],
    ['a day of another year', '/api/calendar/2027', { days: [{ day: '2026-10-01', kind: 'holiday', name: '' }] }, 'calendar-invalid'],
    ['a day twice', '/api/calendar/2027', { days: [{ day: '2027-01-01', kind: 'holiday', name: '' }, { day: '2027-01-01', kind: 'holiday', name: 'x' }] }, 'calendar-invalid'],
    ['an unknown kind', '/api/calendar/2027', { days: [{ day: '2027-01-01', kind: 'off', name: '' }] }, 'validation-failed'],
    ['a name over 40 characters', '/api/calendar/2027', { days: [{ day: '2027-01-01', kind: 'holiday', name: '元'.repeat(41) }] }, 'validation-failed'],
    ['an extra field', '/api/calendar/2027', { days: [], note: 'x' }, 'validation-failed'],
    ['one weekend day as a holiday', '/api/calendar/days/2027-02-06', { kind: 'holiday', name: '春节' }, 'calendar-invalid'],
    ['one impossible day', '/api/calendar/days/2027-02-30', { kind: 'holiday', name: '' }, 'calendar-invalid'],
    ['clearing an impossible day', '/api/calendar/days/2027-02-30/clear', {}, 'calendar-invalid'],
  ];
  for (const [what, url, payload, code] of refusals) {
    it(`refuses ${what} (${code}) and changes nothing`, async () => {
      const before = await read(2027);
      const r = await post(url, payload);
      expect(r.statusCode, r.body).toBe(400);
      expect(errorOf(r).code).toBe(code);
      expect(await read(2027)).toEqual(before);
    });
  }

  it('the refusal names the day and the reason', async () => {
    const r = await post('/api/calendar/2027', { days: [{ day: '2027-02-06', kind: 'holiday', name: '春节' }] });
    expect(errorOf(r).message).toContain('2027-02-06 is a Saturday');
  });
});
