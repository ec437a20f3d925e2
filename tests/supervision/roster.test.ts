import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { LiveBoardDto } from '../../contract/dto.js';
import type { ClientToServer, RosterChangedEvent, ServerToClient } from '../../contract/events.js';
import type { RosterDayDto, RosterWeekDto } from '../../contract/routes-roster.js';
import { plannedSpansOf } from '../../server/app/roster.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

// Monday 2026-11-30, 09:00 in Xiamen.
const clock = movableClock(Date.UTC(2026, 10, 30, 1, 0));
const DAY = [['08:30', '12:00'], ['13:30', '17:30']];
let server: TestServer;
let admin: string;
let sup: string;
let clerk: string;
let socket: Socket<ServerToClient, ClientToServer>;
beforeAll(async () => {
  server = await startServer({ clock });
  [admin, sup, clerk] = await Promise.all([server.login('admin'), server.login('supervisor'), server.login('clerk05')]);
  socket = connect(server.url, { transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve) => socket.once('hall:snapshot', () => resolve()));
});
afterAll(async () => {
  socket.close();
  await server.close();
});

const get = async <T>(url: string, cookie: string): Promise<T> => {
  const r = await server.app.inject({ url, headers: { cookie } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<T>();
};
const dayOf = (day: string) => get<RosterDayDto>(`/api/roster?day=${day}`, clerk);
const windowOf = (d: RosterDayDto, n: number) => d.windows.find((w) => w.number === n);
const lastAudit = (action: string) => JSON.parse(server.app.hall.audit.recent(server.app.hall.hallId, 1, action)[0]?.detail ?? 'null');

describe('the roster (排班)', () => {
  it('a clerk reads today\'s plan: the demo\'s template, lunch-open windows all day', async () => {
    const today = await get<RosterDayDto>('/api/roster', clerk);
    expect(today).toMatchObject({ day: '2026-11-30', weekday: 1, kind: 'workday' });
    expect(today.windows).toHaveLength(36);
    expect(windowOf(today, 5)).toMatchObject({ spans: DAY, source: 'template' });
    expect(windowOf(today, 26)).toMatchObject({ spans: [['08:30', '17:30']], source: 'template' });
    expect(windowOf(await dayOf('2026-12-05'), 5)).toMatchObject({ spans: [], source: 'template' });
  });

  it('an admin changes the template and overrides a day, audited before → after, pushed as roster:changed', async () => {
    const weekPushed = new Promise<RosterChangedEvent>((resolve) => socket.once('roster:changed', resolve));
    const week = await post(server, '/api/roster/week', { windows: [5], weekdays: [3], spans: [['09:20', '12:00'], ['13:30', '17:30']] }, admin);
    expect(week.statusCode, week.body).toBe(200);
    expect(week.json<RosterWeekDto>().windows.find((w) => w.number === 5)?.week[2]).toEqual([['09:20', '12:00'], ['13:30', '17:30']]);
    expect(await weekPushed).toEqual({ day: null });
    expect(lastAudit('roster-week-changed')).toEqual({ before: { 5: { 3: DAY } }, after: { 5: { 3: [['09:20', '12:00'], ['13:30', '17:30']] } } });
    const wednesday = await dayOf('2026-12-02');
    expect(windowOf(wednesday, 5)?.spans).toEqual([['09:20', '12:00'], ['13:30', '17:30']]);
    expect(windowOf(wednesday, 6)?.spans).toEqual(DAY);

    const dayPushed = new Promise<RosterChangedEvent>((resolve) => socket.once('roster:changed', resolve));
    expect((await post(server, '/api/roster/days/2026-12-02', { windows: [6], spans: [] }, admin)).statusCode).toBe(200);
    expect(await dayPushed).toEqual({ day: '2026-12-02' });
    expect(lastAudit('roster-day-changed')).toEqual({ day: '2026-12-02', before: { 6: null }, after: { 6: [] } });
    expect(windowOf(await dayOf('2026-12-02'), 6)).toMatchObject({ spans: [], source: 'override' });
    expect(plannedSpansOf(server.app.hall, '2026-12-02').get(6)).toEqual([]);
    expect(plannedSpansOf(server.app.hall, '2026-12-09').get(6)).toEqual(DAY);

    const back = await post(server, '/api/roster/days/2026-12-02', { windows: [6], spans: null }, admin);
    expect(windowOf(back.json<RosterDayDto>(), 6)).toMatchObject({ spans: DAY, source: 'template' });
    expect(lastAudit('roster-day-changed')).toEqual({ day: '2026-12-02', before: { 6: [] }, after: { 6: null } });
  });

  it('follows the calendar: a holiday has no plan unless overridden; a make-up day works as a Monday', async () => {
    const national = await dayOf('2026-10-01');
    expect(national.kind).toBe('holiday');
    expect(national.windows.every((w) => w.spans.length === 0 && w.source === 'holiday')).toBe(true);
    await post(server, '/api/roster/days/2026-10-01', { windows: [33], spans: [['09:00', '12:00']] }, admin);
    expect(windowOf(await dayOf('2026-10-01'), 33)).toMatchObject({ spans: [['09:00', '12:00']], source: 'override' });
    // 2026-01-04 (Sunday) is 元旦调休上班 in the seeded calendar.
    const makeUp = await dayOf('2026-01-04');
    expect(makeUp.kind).toBe('make-up');
    expect(windowOf(makeUp, 5)?.spans).toEqual(DAY);
    // The admin makes a Saturday a make-up day: the roster follows the calendar at once.
    expect(windowOf(await dayOf('2026-12-12'), 1)?.spans).toEqual([]);
    expect((await post(server, '/api/calendar/days/2026-12-12', { kind: 'workday', name: '测试调休' }, admin)).statusCode).toBe(200);
    expect(windowOf(await dayOf('2026-12-12'), 1)?.spans).toEqual(DAY);
  });

  it('refuses what a roster cannot hold, changing nothing; supervisors read the week but change nothing', async () => {
    const before = await get<RosterWeekDto>('/api/roster/week', sup);
    const refuse = async (url: string, body: object, code: string) => {
      const r = await post(server, url, body, admin);
      expect(r.json().error?.code, r.body).toBe(code);
    };
    await refuse('/api/roster/week', { windows: [5], weekdays: [1], spans: [['13:30', '17:30'], ['08:30', '12:00']] }, 'validation-failed');
    await refuse('/api/roster/week', { windows: [5], weekdays: [1], spans: [['08:30', '12:00'], ['12:00', '17:30']] }, 'validation-failed');
    await refuse('/api/roster/week', { windows: [5], weekdays: [8], spans: [] }, 'validation-failed');
    await refuse('/api/roster/week', { windows: [5, 99], weekdays: [1], spans: [] }, 'window-not-found');
    await refuse('/api/roster/days/2026-02-30', { windows: [5], spans: [] }, 'validation-failed');
    await refuse('/api/roster/days/2026-12-01', { windows: [5], spans: [['08:30', '25:00']] }, 'validation-failed');
    await refuse('/api/roster/days/2026-12-01', { windows: [5], spans: [], extra: 1 }, 'validation-failed');
    expect((await server.app.inject({ url: '/api/roster?day=2026-13-01', headers: { cookie: clerk } })).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/roster/week', { windows: [5], weekdays: [1], spans: [] }, sup)).statusCode).toBe(403);
    expect((await post(server, '/api/roster/days/2026-12-01', { windows: [5], spans: [] }, sup)).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/api/roster/week', headers: { cookie: clerk } })).statusCode).toBe(403);
    expect(await get<RosterWeekDto>('/api/roster/week', sup)).toEqual(before);
  });

  it('the live board shows each window\'s plan and says when a window planned open stays closed', async () => {
    clock.set(Date.UTC(2026, 10, 30, 1, 0)); // Monday 09:00
    const c1 = await server.clerkAt(1);
    const board = await get<LiveBoardDto>('/api/live', sup);
    expect(board.windows.find((w) => w.number === 1)).toMatchObject({ plannedSpans: DAY, plannedOpenNow: true, state: 'open' });
    // Everyone else is closed 30 minutes into the morning: one line names them all.
    const late = board.alerts.filter((a) => a.kind === 'window-not-open-as-planned');
    expect(late).toHaveLength(1);
    expect(late[0]?.text).toBe('35 个窗口按排班应开放但未开放：2–36 号窗口');
    // Windows 3–36 off today, window 2 open: window 1, closed at 10:00, alerts after 10 minutes, not before.
    await post(server, '/api/roster/days/2026-11-30', { windows: Array.from({ length: 34 }, (_, i) => i + 3), spans: [] }, admin);
    await server.clerkAt(2);
    clock.set(Date.UTC(2026, 10, 30, 2, 0));
    expect((await post(server, '/api/windows/1/close', {}, c1)).statusCode).toBe(200);
    clock.advance(10 * 60_000);
    expect((await get<LiveBoardDto>('/api/live', sup)).alerts.filter((a) => a.kind === 'window-not-open-as-planned')).toEqual([]);
    clock.advance(60_000);
    const after = (await get<LiveBoardDto>('/api/live', sup)).alerts.filter((a) => a.kind === 'window-not-open-as-planned');
    expect(after.map((a) => a.text)).toEqual(['1号窗 市场监管：按排班 08:30 起应开放，已关闭 11 分钟']);
    // At lunch window 1 is not planned open: no alert.
    clock.set(Date.UTC(2026, 10, 30, 4, 30));
    const lunch = await get<LiveBoardDto>('/api/live', sup);
    expect(lunch.windows.find((w) => w.number === 1)).toMatchObject({ plannedOpenNow: false });
    expect(lunch.alerts.filter((a) => a.kind === 'window-not-open-as-planned')).toEqual([]);
  });

  it('the catalogue export carries the roster the way the demo file writes it', async () => {
    const file = await get<{ roster: { week: { windows: number[]; weekdays: number[]; spans: string[][] }[] } }>('/api/catalog/export', sup);
    const allDay = file.roster.week.find((e) => JSON.stringify(e.spans) === '[["08:30","17:30"]]');
    expect(allDay).toEqual({ windows: [26, 27, 33, 35], weekdays: [1, 2, 3, 4, 5], spans: [['08:30', '17:30']] });
    expect(file.roster.week.find((e) => e.windows.includes(5) && e.weekdays.includes(3))?.spans).toEqual([['09:20', '12:00'], ['13:30', '17:30']]);
  });
});
