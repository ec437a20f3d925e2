import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRouteKey, ROUTES } from '../../contract/routes.js';
import { errorCodesOf } from '../../server/routes/route-table.js';
import { watchListedErrorCodes } from '../support/listed-error-codes.js';
import { startServer, type TestServer } from '../support/server.js';

interface OpenApiOperation {
  responses: Record<string, { content?: { 'application/json'?: { schema?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } } } } }>;
}
type OpenApi = { paths: Record<string, Record<string, OpenApiOperation>> };

const codeEnum = (op: OpenApiOperation | undefined, status: number) =>
  op?.responses[String(status)]?.content?.['application/json']?.schema?.properties?.error?.properties?.code?.enum;

let server: TestServer;
let docs: OpenApi;
beforeAll(async () => {
  server = await startServer({}, false);
  docs = (await server.app.inject('/docs/json')).json<OpenApi>();
});
afterAll(() => server.close());

describe('the route table', () => {
  it('holds every /api route the server registers, and the server registers every route in it', () => {
    const registered = server.app.routeAccess.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(ROUTES).sort());
    const declared = new Map(Object.entries(ROUTES).map(([key, spec]) => [key, spec.access]));
    for (const r of server.app.routeAccess) expect(r.access, `${r.method} ${r.url}`).toBe(declared.get(`${r.method} ${r.url}`));
  });

  it('lists in /docs/json, per route and status, the error codes it can answer', () => {
    const callNext = docs.paths['/api/windows/{windowId}/call-next']?.post;
    expect(codeEnum(callNext, 409)).toEqual(['window-paused', 'window-busy', 'queue-empty']);
    expect(codeEnum(callNext, 403)).toEqual(expect.arrayContaining(['not-your-window', 'origin-forbidden', 'password-change-required']));
    expect(codeEnum(callNext, 404)).toEqual(['window-not-found']);
    expect(codeEnum(callNext, 503)).toEqual(['storage-full', 'storage-busy', 'storage-unavailable', 'shutting-down']);
    const issue = docs.paths['/api/tickets']?.post;
    expect(codeEnum(issue, 429)).toEqual(['rate-limited']);
    expect(codeEnum(issue, 401)).toEqual(['bad-device-credential']);
    // A public read has no sign-in or body errors to list.
    expect(Object.keys(docs.paths['/api/catalog']?.get?.responses ?? {}).sort()).toEqual(['200', '500', '503']);
  });

  it('documents every status of every route with exactly the codes of that status', () => {
    for (const key of Object.keys(ROUTES).filter(isRouteKey)) {
      const [method = '', path = ''] = key.split(' ');
      const op = docs.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      const documented = Object.keys(op?.responses ?? {}).filter((s) => Number(s) >= 400).flatMap((s) => codeEnum(op, Number(s)) ?? []);
      expect(documented.sort(), key).toEqual([...errorCodesOf(key)].sort());
    }
  });
});

describe('the listed-codes watch that every test server runs', () => {
  it('reports a route that answers a code its list lacks', async () => {
    const strict = await startServer({}, false);
    const unlisted = watchListedErrorCodes(strict.app, (key) => errorCodesOf(key).filter((c) => c !== 'queue-empty'));
    const cookie = await strict.clerkAt(5);
    const r = await strict.app.inject({ method: 'POST', url: '/api/windows/5/call-next', headers: { cookie } });
    expect(r.json()).toMatchObject({ error: { code: 'queue-empty' } });
    expect(unlisted()).toEqual(['POST /api/windows/:windowId/call-next answered 409 queue-empty, which its errors do not list']);
    await strict.close();
  });
});
