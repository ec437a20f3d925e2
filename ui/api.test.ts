import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ErrorCode } from '../contract/errors.js';
import type { ParamSchemaNames, PathOf, PathParamNames, RouteInput, RouteKey, RouteResponse } from '../contract/routes.js';
import type { CallNextResultDto, IssueTicketResponse, TicketDto, WindowDto } from '../contract/dto.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { ApiError, call, errorCodeOf, fillPath, type ApiErrorCode } from './api.js';

// Compile-time checks: `npx tsc --noEmit` fails when one of these lines stops being an error.
// The function is never run; only its types matter.
function typeChecks(windowId: number): void {
  void call('POST /api/windows/:windowId/call-next', { params: { windowId } });
  void call('GET /api/catalog', {});
  void call('POST /api/windows/:windowId/finish', { params: { windowId }, body: { outcome: { kind: 'on-the-spot' } } });
  // @ts-expect-error a path with `:windowId` needs its params
  void call('POST /api/windows/:windowId/call-next', {});
  // @ts-expect-error windowId is a number, not a string
  void call('POST /api/windows/:windowId/call-next', { params: { windowId: '5' } });
  // @ts-expect-error finish needs a body with an outcome
  void call('POST /api/windows/:windowId/finish', { params: { windowId } });
  // @ts-expect-error an outcome kind that does not exist
  void call('POST /api/windows/:windowId/finish', { params: { windowId }, body: { outcome: { kind: 'approved' } } });
  // @ts-expect-error transfer's body has no `queue`, it has `queueId`
  void call('POST /api/windows/:windowId/transfer', { params: { windowId }, body: { queue: 'q' } });
  // @ts-expect-error a command without options takes no fields
  void call('POST /api/windows/:windowId/call-next', { params: { windowId }, body: { force: true } });
  // @ts-expect-error a GET takes no body
  void call('GET /api/catalog', { body: {} });
  // @ts-expect-error not a route of the API
  void call('GET /api/nothing', {});
  // @ts-expect-error the method is part of the route
  void call('GET /api/windows/:windowId/call-next', { params: { windowId } });
}

/** Routes whose `:x` path parameters and params schema disagree (none may). */
type ParamsMismatch = {
  [K in RouteKey]: [PathParamNames<PathOf<K>>] extends [ParamSchemaNames<K>] ? ([ParamSchemaNames<K>] extends [PathParamNames<PathOf<K>>] ? never : K) : K
}[RouteKey];

describe('the typed client: types', () => {
  it('declares a params schema for exactly the parameters of each path', () => {
    expectTypeOf<ParamsMismatch>().toEqualTypeOf<never>();
    expectTypeOf<PathParamNames<'/api/a/:x/b/:y'>>().toEqualTypeOf<'x' | 'y'>();
  });

  it('takes the input and answer types from the route table', () => {
    expect(typeChecks).toBeTypeOf('function');
    expectTypeOf<RouteResponse<'POST /api/windows/:windowId/call-next'>>().toEqualTypeOf<CallNextResultDto>();
    expectTypeOf<RouteResponse<'POST /api/tickets'>>().toEqualTypeOf<IssueTicketResponse>();
    expectTypeOf<RouteResponse<'GET /api/tickets/:id'>>().toEqualTypeOf<TicketDto>();
    expectTypeOf<RouteResponse<'GET /api/windows'>>().toEqualTypeOf<WindowDto[]>();
    expectTypeOf<RouteResponse<'POST /api/admin/backups'>>().toEqualTypeOf<{ file: string }>();
    expectTypeOf<RouteInput<'GET /api/tickets/:id'>['params']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<ApiError['code']>().toEqualTypeOf<ErrorCode | 'network'>();
    expectTypeOf(errorCodeOf).returns.toEqualTypeOf<ApiErrorCode>();
  });
});

describe('the typed client against a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    const realFetch = globalThis.fetch;
    // Pages call relative URLs; resolve them against the test server as the browser would against the page.
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(new URL(input, server.url), init));
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  it('fills path parameters, encoded', async () => {
    expect(fillPath('/api/tickets/:id/cancel', { id: 'a/b?c d' })).toBe('/api/tickets/a%2Fb%3Fc%20d/cancel');
    expect(() => fillPath('/api/windows/:windowId/open', {})).toThrow('windowId');
    const issued = await call('POST /api/tickets', { body: { queueId: 'market' } });
    const read = await call('GET /api/tickets/:id', { params: { id: issued.id } });
    expect(read.number).toBe(issued.number);
    // An id with a slash stays one path segment: the ticket route answers, not "no such route".
    const missing = await call('GET /api/tickets/:id', { params: { id: `${issued.id}/cancel` } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ApiError);
    expect(errorCodeOf(missing)).toBe('ticket-not-found');
  });

  it('sends the session, a numeric parameter and a body, and reports the server\'s code', async () => {
    const cookie = await server.login('clerk05');
    const headers = { cookie };
    const opened = await call('POST /api/windows/:windowId/open', { params: { windowId: 5 }, body: {} }, { headers });
    expect(opened.number).toBe(5);
    const failure = await call('POST /api/windows/:windowId/call-next', { params: { windowId: 5 } }, { headers }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 409, code: 'queue-empty' });
    const notMine = await call('POST /api/windows/:windowId/pause', { params: { windowId: 1 } }, { headers }).catch((e: unknown) => e);
    expect(errorCodeOf(notMine)).toBe('not-your-window');
  });

  it('names the network and the page\'s own bugs apart', async () => {
    expect(errorCodeOf(new TypeError('x is undefined'))).toBe('internal');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    const failure = await call('GET /api/health', {}).catch((e: unknown) => e);
    expect(errorCodeOf(failure)).toBe('network');
  });
});
