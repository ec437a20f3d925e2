import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDto } from '../../contract/dto.js';
import { DEMO_HALL_FILE, materialRowsOf, matterRowOf, queueRowOf, readHallFile, type HallFile } from '../../server/db/hall-file.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer({}, false);
  admin = await server.login('admin');
});
afterAll(() => server.close());

const exported = async (): Promise<HallFile> => (await server.app.inject({ url: '/api/catalog/export', headers: { cookie: admin } })).json<HallFile>();
const catalog = async (): Promise<CatalogDto> => (await server.app.inject('/api/catalog')).json<CatalogDto>();

describe('catalogue export and import', () => {
  it('exports the catalogue as it was seeded, in the demo file\'s format', async () => {
    const file = await exported();
    const demo = readHallFile(DEMO_HALL_FILE);
    expect(file.departments).toEqual(demo.departments);
    // The file may leave newer fields out; compared as the rows they make, defaults filled in.
    const queueRows = (f: HallFile) => f.queues.map((q, i) => queueRowOf(q, 'hall', i));
    const matterRows = (f: HallFile) => f.matters.map((m, i) => ({ ...matterRowOf(m, i), materials: materialRowsOf(m) }));
    expect(queueRows(file)).toEqual(queueRows(demo));
    expect(matterRows(file)).toEqual(matterRows(demo));
    expect(file.windows).toEqual(demo.windows);
  });

  it('names each clerk\'s window by its number, also where number and id differ', async () => {
    const made = await server.app.inject({ method: 'POST', url: '/api/windows', headers: { cookie: admin }, payload: { number: 99, name: '九十九号窗口', nameEn: 'Window 99', queueIds: ['market'] } });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json<{ id: number }>().id).not.toBe(99);
    const account = await server.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin }, payload: { username: 'clerk99', name: '新同事', role: 'clerk', defaultWindowNumber: 99 } });
    expect(account.statusCode, account.body).toBe(201);
    const file = await exported();
    expect(file.clerks?.find((c) => c.username === 'clerk99')?.windowNumber).toBe(99);
    expect(file.clerks?.find((c) => c.username === 'clerk05')?.windowNumber).toBe(5);
  });

  it('an invalid file changes nothing and reports every problem at once', async () => {
    const before = await catalog();
    const file = await exported();
    const broken = {
      ...file,
      queues: [...file.queues, { ...file.queues[0], id: 'copy-of-market' }],
      matters: [{ ...file.matters[0], departmentId: 'no-such-department' }, { ...file.matters[1], queueId: 'no-such-queue' }, ...file.matters.slice(2)],
    };
    const r = await post(server, '/api/catalog/import', { file: JSON.stringify(broken) }, admin);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('catalog-invalid');
    const message: string = r.json().error.message;
    for (const problem of ['queue prefixes repeat', 'no department no-such-department', 'no queue no-such-queue']) expect(message).toContain(problem);
    const shape = await post(server, '/api/catalog/import', { file: JSON.stringify({ ...file, matters: [{ id: 1 }] }) }, admin);
    expect(shape.json().error.code).toBe('catalog-invalid');
    expect((await post(server, '/api/catalog/import', { file: 'not json' }, admin)).json().error.code).toBe('catalog-invalid');
    expect(await catalog()).toEqual(before);
  });

  it('a valid file updates the checklists in one go, audited; only an admin imports', async () => {
    const file = await exported();
    const target = file.matters.find((m) => m.id === 'market-005');
    if (!target) throw new Error('market-005 missing');
    target.materials.push({ name: '食品安全管理制度', nameEn: 'Food safety rules', copies: 1, form: 'copy', notes: '', notesEn: '', required: true });
    expect((await post(server, '/api/catalog/import', { file: JSON.stringify(file) }, await server.login('supervisor'))).statusCode).toBe(403);
    const r = await post(server, '/api/catalog/import', { file: JSON.stringify(file) }, admin);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ matters: file.matters.length });
    const matter = (await catalog()).matters.find((m) => m.id === 'market-005');
    expect(matter?.materials.at(-1)?.name).toBe('食品安全管理制度');
    expect(server.app.hall.audit.recent(server.app.hall.hallId, 5, 'catalog-imported')).toHaveLength(1);
  });
});
