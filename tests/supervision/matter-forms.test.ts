import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDto, MatterDto } from '../../contract/dto.js';
import type { MatterFormDto } from '../../contract/routes-catalog-admin.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;
let supervisor: string;
beforeAll(async () => {
  server = await startServer();
  admin = await server.login('admin');
  supervisor = await server.login('supervisor');
});
afterAll(() => server.close());

/** A real 1×1 PNG and a minimal PDF. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

/** Over real HTTP, as a browser uploads: the raw file as the body. */
function upload(matterId: string, query: string, type: string, body: Buffer, cookie = admin): Promise<Response> {
  return fetch(`${server.url}/api/matters/${matterId}/forms?${query}`, { method: 'POST', headers: { 'content-type': type, cookie }, body: new Uint8Array(body) });
}
const catalog = async (): Promise<CatalogDto> => (await server.app.inject('/api/catalog')).json<CatalogDto>();
const auditOf = (action: string) => server.app.hall.audit.recent(server.app.hall.hallId, 1, action)[0];

describe('sample and blank forms', () => {
  it('serves an uploaded PNG back byte for byte, with its type, name, ETag and caching, and 304 when unchanged', async () => {
    const version = (await catalog()).hall.catalogVersion;
    const r = await upload('market-001', `kind=sample&title=${encodeURIComponent('申请书样表')}&titleEn=Sample&materialSeq=0`, 'image/png', PNG);
    expect(r.status).toBe(201);
    const form = await r.json() as MatterFormDto;
    expect(form).toMatchObject({ kind: 'sample', title: '申请书样表', mime: 'image/png', size: PNG.length, materialSeq: 0, url: `/api/forms/${form.id}` });
    const listed = await catalog();
    expect(listed.hall.catalogVersion).toBe(version + 1);
    expect(listed.matters.find((m) => m.id === 'market-001')?.forms).toEqual([form]);
    const served = await fetch(`${server.url}${form.url}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(Object.fromEntries(['content-type', 'x-content-type-options', 'content-disposition', 'etag', 'cache-control'].map((h) => [h, served.headers.get(h)]))).toEqual({
      'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent('申请书样表')}.png`,
      'etag': `"${sha}"`, 'cache-control': 'public, max-age=86400',
    });
    const again = await fetch(`${server.url}${form.url}`, { headers: { 'if-none-match': `"${sha}"` } });
    expect(again.status).toBe(304);
    const detail = JSON.parse(auditOf('form-uploaded')?.detail ?? '{}');
    expect(detail).toMatchObject({ matterId: 'market-001', form: { id: form.id, sha256: sha, size: PNG.length } });
    expect(detail.form.data).toBeUndefined();
  });

  it('takes a PDF for the matter as a whole; removing it is audited and takes it off the catalogue', async () => {
    const r = await upload('market-002', 'kind=blank&title=blank', 'application/pdf', PDF);
    expect(r.status).toBe(201);
    const form = await r.json() as MatterFormDto;
    expect(form.materialSeq).toBe(null);
    const served = await fetch(`${server.url}${form.url}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true);
    const removed = await server.app.inject({ method: 'POST', url: `/api/matters/market-002/forms/${form.id}/delete`, headers: { cookie: admin } });
    expect(removed.statusCode).toBe(200);
    expect(removed.json<MatterDto>().forms).toEqual([]);
    expect(JSON.parse(auditOf('form-deleted')?.detail ?? '{}')).toMatchObject({ matterId: 'market-002', form: { id: form.id } });
    expect((await fetch(`${server.url}${form.url}`)).status).toBe(404);
    expect((await (await fetch(`${server.url}${form.url}`)).json()).error.code).toBe('form-not-found');
  });

  it('refuses content that is not what it claims (a text file declared PDF, a PNG declared JPEG) and any other type', async () => {
    const text = Buffer.from('MZ this is not a PDF at all');
    for (const [type, body] of [['application/pdf', text], ['image/jpeg', PNG], ['text/plain', text], ['application/octet-stream', PNG], ['image/gif', PNG]] as const) {
      const r = await upload('market-001', 'kind=sample&title=x', type, body);
      expect(r.status, type).toBe(415);
      expect((await r.json()).error.code, type).toBe('form-type-refused');
    }
  });

  it('refuses 2 MB + 1 byte with 413 form-too-large, not a reset, and keeps answering', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const r = await upload('market-001', 'kind=sample&title=big', 'application/pdf', big);
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe('form-too-large');
    const exact = await upload('market-001', 'kind=sample&title=exact', 'application/pdf', big.subarray(0, 2 * 1024 * 1024));
    expect(exact.status).toBe(201);
    expect((await fetch(`${server.url}/api/catalog`)).status).toBe(200);
  });

  it('only an admin uploads or removes', async () => {
    expect((await upload('market-001', 'kind=sample&title=x', 'image/png', PNG, supervisor)).status).toBe(403);
    const r = await server.app.inject({ method: 'POST', url: '/api/matters/market-001/forms/whatever/delete', headers: { cookie: supervisor } });
    expect(r.statusCode).toBe(403);
  });

  it('a shortened checklist leaves the forms of its removed lines to the matter as a whole, and says so in the audit', async () => {
    const up = await upload('housing-001', 'kind=sample&title=last-line&materialSeq=1', 'image/png', PNG);
    expect(up.status).toBe(201);
    const form = await up.json() as MatterFormDto;
    const matter = (await catalog()).matters.find((m) => m.id === 'housing-001');
    const first = matter?.materials[0];
    if (!first) throw new Error('housing-001 has no checklist');
    const changed = await server.app.inject({ method: 'POST', url: '/api/matters/housing-001', headers: { cookie: admin }, payload: { materials: [first] } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<MatterDto>().forms.find((f) => f.id === form.id)?.materialSeq).toBe(null);
    expect(JSON.parse(auditOf('matter-changed')?.detail ?? '{}').formsDetached).toEqual([form.id]);
  });
});
