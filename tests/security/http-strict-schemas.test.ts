import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.js';

/**
 * Finding 10: the finish outcome stored extra properties as sent (30 KB of junk accepted). Every
 * body is a closed object with bounded strings and arrays; the walker below reads the published
 * OpenAPI, so a route added later without limits fails here.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer({}, false);
});
afterAll(() => server.close());

describe('finish with an extra property', () => {
  it('is refused with 400 validation-failed and nothing is stored', async () => {
    const cookie = await server.clerkAt(1);
    const post = (url: string, payload?: object) => server.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });
    expect((await post('/api/tickets', { queueId: 'market' })).statusCode).toBe(201);
    const called = await post('/api/windows/1/call-next');
    expect(called.statusCode).toBe(200);
    expect((await post('/api/windows/1/start')).statusCode).toBe(200);
    const stored = () => server.app.hall.database.sqlite.prepare('SELECT status, outcome, outcome_detail AS detail FROM tickets').all();
    const before = stored();

    const junk = await post('/api/windows/1/finish', { outcome: { kind: 'on-the-spot', junk: 'x'.repeat(30_000) } });
    expect(junk.statusCode).toBe(400);
    expect(junk.json()).toMatchObject({ error: { code: 'validation-failed', field: 'junk' } });
    const nested = await post('/api/windows/1/finish', { outcome: { kind: 'on-the-spot' }, extra: 1 });
    expect(nested.json()).toMatchObject({ error: { code: 'validation-failed', field: 'extra' } });
    expect(stored()).toEqual(before);
    expect(JSON.stringify(stored())).not.toContain('xxxx');

    expect((await post('/api/windows/1/finish', { outcome: { kind: 'on-the-spot' } })).statusCode).toBe(200);
  });
});

describe('a command without options', () => {
  it('refuses a body with properties instead of ignoring it, and takes {} or nothing', async () => {
    const cookie = await server.clerkAt(2);
    const pause = (payload?: object) => server.app.inject({ method: 'POST', url: '/api/windows/2/pause', headers: { cookie }, ...(payload ? { payload } : {}) });
    const junk = await pause({ state: 'closed', filler: 'x'.repeat(1000) });
    expect(junk.statusCode).toBe(400);
    expect(junk.json()).toMatchObject({ error: { code: 'validation-failed' } });
    expect((await pause({})).json()).toMatchObject({ state: 'paused' });
    const resume = await server.app.inject({ method: 'POST', url: '/api/windows/2/resume', headers: { cookie } });
    expect(resume.json()).toMatchObject({ state: 'open' });
  });
});

type Schema = Record<string, unknown>;
interface OpenApi {
  paths: Record<string, Record<string, {
    requestBody?: { content?: Record<string, { schema?: Schema }> };
    parameters?: { in: string; name: string; schema?: Schema }[];
  }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Every place under `schema` that is unbounded: open objects, strings without maxLength, arrays without maxItems. */
function unbounded(schema: Schema, where: string, doc: OpenApi, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = doc.components?.schemas?.[ref.replace('#/components/schemas/', '')];
    return target ? unbounded(target, where, doc, seen) : [`${where}: unresolved ${ref}`];
  }
  const problems: string[] = [];
  const type = schema.type;
  const isObject = type === 'object' || schema.properties !== undefined;
  if (isObject && schema.additionalProperties !== false) problems.push(`${where}: object without additionalProperties: false`);
  if (type === 'string' && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined) problems.push(`${where}: string without maxLength`);
  if (type === 'array' && schema.maxItems === undefined) problems.push(`${where}: array without maxItems`);
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) problems.push(...unbounded(child, `${where}.${name}`, doc, seen));
  if (typeof schema.items === 'object' && schema.items !== null) problems.push(...unbounded(schema.items as Schema, `${where}[]`, doc, seen));
  if (typeof schema.additionalProperties === 'object') problems.push(...unbounded(schema.additionalProperties as Schema, `${where}{}`, doc, seen));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s: Schema, i) => problems.push(...unbounded(s, `${where}<${key}${i}>`, doc, seen)));
  }
  return problems;
}

describe('every request schema in /docs/json is closed and bounded', () => {
  it('bodies: objects closed, strings and arrays bounded (recursively)', async () => {
    const doc = (await server.app.inject('/docs/json')).json<OpenApi>();
    const problems: string[] = [];
    let bodies = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [type, content] of Object.entries(op.requestBody?.content ?? {})) {
          if (!content.schema) continue;
          bodies += 1;
          problems.push(...unbounded(content.schema, `${method.toUpperCase()} ${path} (${type}) body`, doc));
        }
      }
    }
    expect(bodies).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('every command declares its body (an empty one is `{}` and closed), so junk is refused, not ignored', async () => {
    const doc = (await server.app.inject('/docs/json')).json<OpenApi>();
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        // A file upload (sample forms) takes raw bytes of declared file types instead of JSON.
        const fileTypes = Object.keys(op.requestBody?.content ?? {});
        const upload = fileTypes.length > 0 && fileTypes.every((t) => ['application/pdf', 'image/png', 'image/jpeg'].includes(t));
        if (['post', 'put', 'patch', 'delete'].includes(method) && !op.requestBody?.content?.['application/json']?.schema && !upload) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('path, query and header parameters: strings bounded', async () => {
    const doc = (await server.app.inject('/docs/json')).json<OpenApi>();
    const problems: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const p of op.parameters ?? []) {
          if (p.schema) problems.push(...unbounded(p.schema, `${method.toUpperCase()} ${path} ${p.in} ${p.name}`, doc));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the walker itself finds what it looks for', () => {
    const doc: OpenApi = { paths: {} };
    expect(unbounded({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string', maxLength: 3 } } } }, 'x', doc)).toEqual([
      'x: object without additionalProperties: false', 'x.a: string without maxLength', 'x.b: array without maxItems',
    ]);
  });
});
