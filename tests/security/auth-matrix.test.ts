/**
 * Who may call what, generated from the route table: every route that is not public, called by
 * each kind of caller, must give the status this table expects. A new route that is not in the
 * table fails the test, so nothing becomes callable by accident.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import type { Database_ } from '../../server/db/client.js';
import * as schema from '../../server/db/schema.js';
import { pairKiosk } from '../support/devices.js';
import { startServer, type TestServer } from '../support/server.js';

/** approver: a back-office approver of market supervision (the case's department); approverOther: of housing. */
const ACTORS = ['anonymous', 'kiosk', 'clerkOther', 'clerkThis', 'supervisor', 'admin', 'approver', 'approverOther'] as const;
type ActorName = (typeof ACTORS)[number];
/** ok: past authorisation (any answer but 401/403; 4xx for a missing body or state is fine). */
type Outcome = 'ok' | 401 | 403;
type Row = Record<ActorName, Outcome>;

const staffAll: Row = { anonymous: 401, kiosk: 401, clerkOther: 'ok', clerkThis: 'ok', supervisor: 'ok', admin: 'ok', approver: 'ok', approverOther: 'ok' };
const adminOnly: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 403, supervisor: 403, admin: 'ok', approver: 403, approverOther: 403 };
/** Reading window 1's line, or reactivating its queue's ticket: its staff and the overseers (approvers staff no window). */
const windowRead: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 'ok', supervisor: 'ok', admin: 'ok', approver: 403, approverOther: 403 };
/** Acting at window 1: only the console holding it (clerk01). */
const windowAct: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 'ok', supervisor: 403, admin: 403, approver: 403, approverOther: 403 };
/** The back office inbox: approvers (their departments) and the overseers. */
const inbox: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 403, supervisor: 'ok', admin: 'ok', approver: 'ok', approverOther: 'ok' };
const supervisorOnly: Row = { ...adminOnly, supervisor: 'ok' };
/** Deciding on the market case: approvers of its department and the overseers. */
const backOffice: Row = { ...inbox, approverOther: 403 };
/** Reading the market case: window staff (they find cases by number) and its department's approvers. */
const caseRead: Row = { ...staffAll, approverOther: 403 };
/** Front-desk work on a case (supplements, handing out, withdrawing): window staff, never approvers. */
const frontDesk: Row = { ...staffAll, approver: 403, approverOther: 403 };
/** Correcting window 1's acceptance notice: the clerk who issued it and the overseers. */
const documentFix: Row = { ...windowRead };
/** Mailing the result: window staff and the case's approvers. */
const mailing: Row = { ...staffAll, approverOther: 403 };

/** The city platform's API: its key only; no session of any kind counts (the key is not a session). */
const platformKey: Row = { anonymous: 401, kiosk: 401, clerkOther: 401, clerkThis: 401, supervisor: 401, admin: 401, approver: 401, approverOther: 401 };

const EXPECTED: Record<string, Row> = {
  'POST /api/platform/bookings': platformKey,
  'GET /api/platform/bookings/:code': platformKey,
  'POST /api/platform/bookings/:code/cancel': platformKey,
  'GET /api/api-clients': adminOnly,
  'GET /api/bookings': supervisorOnly,
  'POST /api/api-clients': adminOnly,
  'POST /api/api-clients/:id/revoke': adminOnly,
  'POST /api/tickets/:id/reactivate': windowRead,
  'GET /api/devices': supervisorOnly,
  'POST /api/devices': adminOnly,
  'POST /api/devices/:id': adminOnly,
  'POST /api/devices/:id/pairing-code': adminOnly,
  'POST /api/devices/:id/unpair': adminOnly,
  'POST /api/devices/:id/window': adminOnly,
  'GET /api/windows/:windowId/queue': windowRead,
  'GET /api/me/stats': staffAll,
  // Signing in at a window one may staff; for overseers window 1 is taken (409 without takeover).
  'POST /api/windows/:windowId/open': windowRead,
  'POST /api/windows/:windowId/close': windowAct,
  'POST /api/windows/:windowId/pause': windowAct,
  'POST /api/windows/:windowId/resume': windowAct,
  'POST /api/windows/:windowId/call-next': windowAct,
  'GET /api/windows/:windowId/current': windowAct,
  'POST /api/windows/:windowId/recall': windowAct,
  'POST /api/windows/:windowId/start': windowAct,
  'POST /api/windows/:windowId/no-show': windowAct,
  'POST /api/windows/:windowId/finish': windowAct,
  'POST /api/windows/:windowId/transfer': windowAct,
  'GET /api/auth/me': staffAll,
  'POST /api/auth/password': staffAll,
  'GET /api/users': supervisorOnly,
  'POST /api/users': adminOnly,
  'POST /api/users/:id': adminOnly,
  'POST /api/windows': adminOnly,
  'POST /api/admin/windows/:windowNumber': adminOnly,
  'GET /api/audit': supervisorOnly,
  'POST /api/users/:id/password': adminOnly,
  'POST /api/users/:id/windows': adminOnly,
  'GET /api/admin/backups': adminOnly,
  'POST /api/admin/backups': adminOnly,
  'GET /api/outbox': adminOnly,
  'GET /api/webhooks': adminOnly,
  'POST /api/webhooks': adminOnly,
  'POST /api/webhooks/:id/deactivate': adminOnly,
  'POST /api/webhooks/:id/retry': adminOnly,
  'POST /api/calendar/:year': adminOnly,
  'POST /api/calendar/days/:day': adminOnly,
  'POST /api/calendar/days/:day/clear': adminOnly,
  'GET /api/cases': inbox,
  'GET /api/cases/:number': caseRead,
  'POST /api/cases/:number/review': backOffice,
  'POST /api/cases/:number/supplement-request': backOffice,
  'POST /api/cases/:number/decision': backOffice,
  'POST /api/cases/:number/result-ready': backOffice,
  'POST /api/cases/:number/supplement-received': frontDesk,
  'POST /api/cases/:number/deliver': frontDesk,
  'POST /api/cases/:number/not-delivered': frontDesk,
  'POST /api/cases/:number/withdraw': frontDesk,
  'POST /api/cases/:number/mail': mailing,
  // Correcting the case's notice: its clerk (clerk01) or a supervisor.
  'POST /api/documents/:id/correct': documentFix,
  'GET /api/me/ratings': staffAll,
  'GET /api/rectifications': supervisorOnly,
  'GET /api/department/rectifications': inbox,
  // Item 1: the bad rating of the market case's service (department market supervision).
  'GET /api/rectifications/:id': backOffice,
  'POST /api/rectifications/:id/steps': backOffice,
  'POST /api/service-day/close': supervisorOnly,
  'GET /api/reports/queues': supervisorOnly,
  'GET /api/live': supervisorOnly,
  'GET /api/settings': supervisorOnly,
  'GET /api/reports/coverage': supervisorOnly,
  'GET /api/catalog/export': supervisorOnly,
  'POST /api/catalog/import': adminOnly,
  'POST /api/settings': adminOnly,
  'GET /api/assessment': supervisorOnly,
  'POST /api/assessment/evaluations': supervisorOnly,
  'GET /api/reports/by/:dimension': supervisorOnly,
  'GET /api/reports/cases': supervisorOnly,
  'GET /api/reports/occupancy': supervisorOnly,
  'GET /api/reports/queues.csv': supervisorOnly,
  // Catalogue editing (ids that do not exist: an admin gets past authorisation to 404).
  'POST /api/matters': adminOnly,
  'POST /api/matters/:id': adminOnly,
  'POST /api/matters/:id/forms': adminOnly,
  'POST /api/matters/:id/forms/:formId/delete': adminOnly,
  'POST /api/queues/:id': adminOnly,
  // The roster (排班): any staff reads a day (the console shows its window's plan), supervisors the week.
  'GET /api/roster': staffAll,
  'GET /api/roster/week': supervisorOnly,
  'POST /api/roster/week': adminOnly,
  'POST /api/roster/days/:day': adminOnly,
  // What if (推演): running it changes nothing in the hall, so supervisors may.
  'POST /api/whatif': supervisorOnly,
};

/** Well-formed bodies, so every caller reaches the authorisation rules (not only validation). */
const BODIES: Record<string, object> = {
  'POST /api/windows/:windowId/finish': { outcome: { kind: 'consultation' } },
  'POST /api/windows/:windowId/transfer': { queueId: 'housing' },
  'POST /api/users/:id/windows': { windowIds: [1, 2] },
  'POST /api/devices/:id/window': { windowNumber: 2 },
  'POST /api/devices': { id: 'K77', name: '测试取号机', printerUrl: null },
  'POST /api/devices/:id': { name: '改名取号机' },
  'POST /api/webhooks': { url: 'http://127.0.0.1:9/hook' },
  'POST /api/calendar/:year': { days: [] },
  'POST /api/calendar/days/:day': { kind: 'holiday', name: '测试' },
  'POST /api/cases/:number/supplement-request': { materials: ['营业执照'] },
  'POST /api/cases/:number/decision': { decision: 'approved', opinion: '同意' },
  'POST /api/cases/:number/deliver': { identityChecked: true, collectedBy: 'applicant' },
  'POST /api/cases/:number/not-delivered': { reason: '未带身份证' },
  'POST /api/cases/:number/withdraw': { reason: '申请人撤回' },
  'POST /api/cases/:number/mail': { carrier: 'EMS', trackingNumber: '1100' },
  'POST /api/documents/:id/correct': { reason: '姓名录入有误', applicant: { name: '王晓明', phone: '13812345678' } },
  'POST /api/rectifications/:id/steps': { action: 'verify', note: '核实', finding: 'founded' },
  'POST /api/assessment/evaluations': { clerkId: 2, month: '2026-11', score: 90, comment: '' },
  'POST /api/settings': { notice: '今日下午系统维护' },
  'POST /api/catalog/import': { file: '{}' },
  'POST /api/matters/:id': { fee: '' },
  'POST /api/queues/:id': { dailyCap: 0 },
  'POST /api/users': { username: 'clerk99', name: '新同事', role: 'clerk' },
  'POST /api/users/:id': { staffNo: 'X-2' },
  'POST /api/windows': { number: 99, name: '新窗口', nameEn: 'New window', queueIds: ['market'] },
  'POST /api/admin/windows/:windowNumber': { name: '改名窗口' },
  'POST /api/roster/week': { windows: [2], weekdays: [6], spans: [['09:00', '12:00']] },
  'POST /api/roster/days/:day': { windows: [2], spans: [] },
  'POST /api/whatif': { source: { day: '2000-01-01' }, roster: { windows: [] } },
  'POST /api/platform/bookings': { matterId: 'market-005', day: '2026-12-01', start: '09:00', phone: '13812345678', name: '王小明' },
  'POST /api/api-clients': { name: '测试平台' },
};

const AUTH_CODES = ['api-key-invalid', 'not-signed-in', 'bad-device-credential', 'forbidden', 'window-not-allowed', 'not-your-window', 'supervisor-required', 'department-not-yours'];

interface Callers {
  headers: Record<ActorName, Record<string, string>>;
  ticketId: string;
  caseNumber: string;
  documentId: string;
}

/** A market case accepted at window 1 (its ticket served and finished first, so window 1 is idle again). */
async function acceptedCase(server: TestServer, clerk: string): Promise<{ caseNumber: string; documentId: string }> {
  const post = (url: string, payload: object) => server.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });
  const t = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { matterId: 'market-005' } })).json<IssueTicketResponse>();
  await post('/api/windows/1/call-next', {});
  await post('/api/windows/1/start', { ticketId: t.id });
  const done = await post('/api/windows/1/finish', { ticketId: t.id, outcome: { kind: 'accepted', applicant: { name: '王小明', phone: '13812345678' } } });
  const answer = done.json<{ case: { number: string } | null; document: { url: string } | null }>();
  const caseNumber = answer.case?.number;
  const documentId = answer.document?.url.split('/').pop();
  if (!caseNumber || !documentId) throw new Error(`no case: ${done.body}`);
  // A bad rating of that service opens follow-up item 1.
  const rated = await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/rating`, payload: { level: 1 } });
  if (rated.statusCode !== 200) throw new Error(`no rating: ${rated.body}`);
  return { caseNumber, documentId };
}

/** A hall where clerk01 holds window 1 and clerk05 window 5, a market ticket waits, K01 is paired. */
async function hall(): Promise<{ server: TestServer; callers: Callers }> {
  const server = await startServer({}, false);
  const clerkThis = await server.clerkAt(1);
  const clerkOther = await server.clerkAt(5);
  const accepted = await acceptedCase(server, clerkThis);
  const ticket = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>();
  const kiosk = await pairKiosk(server.app, 'K01');
  return {
    server,
    callers: {
      ticketId: ticket.id, ...accepted,
      headers: {
        anonymous: {}, kiosk: { 'x-device-key': kiosk }, clerkOther: { cookie: clerkOther }, clerkThis: { cookie: clerkThis },
        supervisor: { cookie: await server.login('supervisor') }, admin: { cookie: await server.login('admin') },
        approver: { cookie: await server.login('ap-market-supervision') }, approverOther: { cookie: await server.login('ap-housing') },
      },
    },
  };
}

function concrete(url: string, ticketId: string, caseNumber: string, documentId: string): string {
  return url.replace(':number', caseNumber).replace('/documents/:id', `/documents/${documentId}`).replace(':windowId', '1').replace('/tickets/:id', `/tickets/${ticketId}`).replace('/devices/:id', '/devices/K02').replace('/users/:id', '/users/2').replace('/webhooks/:id', '/webhooks/1').replace('/rectifications/:id', '/rectifications/1')
    .replace(':windowNumber', '2').replace(':dimension', 'window').replace(':year', '2026').replace(':day', '2026-05-06');
}

/**
 * Every route meets the same hall: built once, then copied per route from its serialised image
 * (sessions, the paired kiosk and the cookie secret are rows, so the callers' credentials hold).
 * Seeding and signing everyone in for each of 150 routes took minutes.
 */
let image: Buffer;
let template: Callers;
beforeAll(async () => {
  const built = await hall();
  template = built.callers;
  image = built.server.app.hall.database.sqlite.serialize();
  await built.server.close();
});

function copyOfHall(): Database_ {
  const sqlite = new Database(image);
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: drizzle(sqlite, { schema }), close: () => sqlite.close() };
}

describe('authorisation matrix', () => {
  it('classifies every route that is not public', async () => {
    const database = copyOfHall();
    const server = await startServer({ database }, false);
    const guarded = server.app.routeAccess.filter((r) => r.access !== 'public').map((r) => `${r.method} ${r.url}`);
    await server.close();
    database.close();
    expect(guarded.filter((r) => !(r in EXPECTED)), 'routes missing from the matrix').toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !guarded.includes(r)), 'matrix rows without a route').toEqual([]);
  });

  for (const [route, row] of Object.entries(EXPECTED)) {
    it(`${route}`, async () => {
      const [method, url] = route.split(' ') as [string, string];
      const database = copyOfHall();
      const server = await startServer({ database }, false);
      const callers = template;
      try {
        // Denials first, so a caller that is let through cannot change what the others see.
        const order = [...ACTORS].sort((a, b) => Number(row[a] === 'ok') - Number(row[b] === 'ok'));
        for (const actor of order) {
          const r = await server.app.inject({
            method: method === 'GET' ? 'GET' : 'POST', url: concrete(url, callers.ticketId, callers.caseNumber, callers.documentId), headers: callers.headers[actor],
            ...(method === 'GET' ? {} : { payload: BODIES[route] ?? {} }),
          });
          const got: Outcome | number = r.statusCode === 401 || r.statusCode === 403 ? r.statusCode : 'ok';
          expect(got, `${actor}: ${r.statusCode} ${r.body}`).toBe(row[actor]);
          expect(r.statusCode, `${actor}: ${r.body}`).toBeLessThan(500);
          if (got !== 'ok') expect(AUTH_CODES).toContain(r.json<{ error: { code: string } }>().error.code);
        }
      } finally {
        await server.close();
        database.close();
      }
    });
  }
});
