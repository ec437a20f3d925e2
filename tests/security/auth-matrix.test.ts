/**
 * Who may call what, generated from the route table: every route that is not public, called by
 * each kind of caller, must give the status this table expects. A new route that is not in the
 * table fails the test, so nothing becomes callable by accident.
 */
import { describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import { pairKiosk } from '../support/devices.js';
import { startServer, type TestServer } from '../support/server.js';

const ACTORS = ['anonymous', 'kiosk', 'clerkOther', 'clerkThis', 'supervisor', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];
/** ok: past authorisation (any answer but 401/403; 4xx for a missing body or state is fine). */
type Outcome = 'ok' | 401 | 403;
type Row = Record<ActorName, Outcome>;

const staffAll: Row = { anonymous: 401, kiosk: 401, clerkOther: 'ok', clerkThis: 'ok', supervisor: 'ok', admin: 'ok' };
const adminOnly: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 403, supervisor: 403, admin: 'ok' };
/** Reading window 1's line, or reactivating its queue's ticket: its staff and the overseers. */
const windowRead: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 'ok', supervisor: 'ok', admin: 'ok' };
/** Acting at window 1: only the console holding it (clerk01). */
const windowAct: Row = { anonymous: 401, kiosk: 401, clerkOther: 403, clerkThis: 'ok', supervisor: 403, admin: 403 };

const EXPECTED: Record<string, Row> = {
  'POST /api/tickets/:id/reactivate': windowRead,
  'GET /api/devices': adminOnly,
  'POST /api/devices/:id/pairing-code': adminOnly,
  'POST /api/devices/:id/unpair': adminOnly,
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
  'GET /api/users': adminOnly,
  'POST /api/users/:id/password': adminOnly,
  'POST /api/users/:id/windows': adminOnly,
  'GET /api/admin/backups': adminOnly,
  'POST /api/admin/backups': adminOnly,
};

/** Well-formed bodies, so every caller reaches the authorisation rules (not only validation). */
const BODIES: Record<string, object> = {
  'POST /api/windows/:windowId/finish': { outcome: { kind: 'consultation' } },
  'POST /api/windows/:windowId/transfer': { queueId: 'housing' },
  'POST /api/users/:id/windows': { windowIds: [1, 2] },
};

const AUTH_CODES = ['not-signed-in', 'bad-device-credential', 'forbidden', 'window-not-allowed', 'not-your-window', 'supervisor-required'];

interface Callers {
  headers: Record<ActorName, Record<string, string>>;
  ticketId: string;
}

/** A hall where clerk01 holds window 1 and clerk05 window 5, a market ticket waits, K01 is paired. */
async function hall(): Promise<{ server: TestServer; callers: Callers }> {
  const server = await startServer({}, false);
  const clerkThis = await server.clerkAt(1);
  const clerkOther = await server.clerkAt(5);
  const ticket = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>();
  const kiosk = await pairKiosk(server.app, 'K01');
  return {
    server,
    callers: {
      ticketId: ticket.id,
      headers: {
        anonymous: {}, kiosk: { 'x-device-key': kiosk }, clerkOther: { cookie: clerkOther }, clerkThis: { cookie: clerkThis },
        supervisor: { cookie: await server.login('supervisor') }, admin: { cookie: await server.login('admin') },
      },
    },
  };
}

function concrete(url: string, ticketId: string): string {
  return url.replace(':windowId', '1').replace('/tickets/:id', `/tickets/${ticketId}`).replace('/devices/:id', '/devices/K02').replace('/users/:id', '/users/2');
}

describe('authorisation matrix', () => {
  it('classifies every route that is not public', async () => {
    const { server } = await hall();
    const guarded = server.app.routeAccess.filter((r) => r.access !== 'public').map((r) => `${r.method} ${r.url}`);
    await server.close();
    expect(guarded.filter((r) => !(r in EXPECTED)), 'routes missing from the matrix').toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !guarded.includes(r)), 'matrix rows without a route').toEqual([]);
  });

  for (const [route, row] of Object.entries(EXPECTED)) {
    it(`${route}`, async () => {
      const [method, url] = route.split(' ') as [string, string];
      const { server, callers } = await hall();
      try {
        // Denials first, so a caller that is let through cannot change what the others see.
        const order = [...ACTORS].sort((a, b) => Number(row[a] === 'ok') - Number(row[b] === 'ok'));
        for (const actor of order) {
          const r = await server.app.inject({
            method: method === 'GET' ? 'GET' : 'POST', url: concrete(url, callers.ticketId), headers: callers.headers[actor],
            ...(method === 'GET' ? {} : { payload: BODIES[route] ?? {} }),
          });
          const got: Outcome | number = r.statusCode === 401 || r.statusCode === 403 ? r.statusCode : 'ok';
          expect(got, `${actor}: ${r.statusCode} ${r.body}`).toBe(row[actor]);
          expect(r.statusCode, `${actor}: ${r.body}`).toBeLessThan(500);
          if (got !== 'ok') expect(AUTH_CODES).toContain(r.json<{ error: { code: string } }>().error.code);
        }
      } finally {
        await server.close();
      }
    });
  }
});
