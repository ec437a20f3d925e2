import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { CatalogDto, MatterDto } from '../../contract/dto.js';
import type { ClientToServer, HallChangedEvent, ServerToClient } from '../../contract/events.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let socket: Socket<ServerToClient, ClientToServer>;
let admin: string;
let supervisor: string;
beforeAll(async () => {
  server = await startServer();
  socket = connect(server.url, { transports: ['websocket'], forceNew: true });
  admin = await server.login('admin');
  supervisor = await server.login('supervisor');
});
afterAll(async () => {
  socket.close();
  await server.close();
});

const catalog = async (): Promise<CatalogDto> => (await server.app.inject('/api/catalog')).json<CatalogDto>();
const auditOf = (action: string) => server.app.hall.audit.recent(server.app.hall.hallId, 1, action)[0];

const material = (name: string, checkStandard = '') => ({
  name, nameEn: '', copies: 1, form: 'original', notes: '', notesEn: '', required: true, checkStandard, checkStandardEn: '', shared: false,
}) as const;

const NEW_MATTER = {
  name: '测试事项', nameEn: 'Test matter', departmentId: 'market-supervision', queueId: 'market', promisedDays: 3, statutoryDays: 20,
  onTheSpot: false, code: '11350200MB0000000X', legalBasis: '《测试条例》第一条', fee: '', feeEn: '', online: 'partial', handledBy: 'city',
  keywords: ['测试'], faq: [{ q: '要多久？', a: '三个工作日', qEn: '', aEn: '' }], jointDepartmentIds: [],
  materials: [material('申请书', '签字盖章齐全'), material('营业执照')],
} as const;

describe('editing matters', () => {
  it('an admin creates a matter: audited, on the kiosk catalogue with a new catalogVersion, pushed to the hall room', async () => {
    const before = await catalog();
    const pushed = new Promise<HallChangedEvent>((resolve) => socket.once('hall:changed', resolve));
    const r = await post(server, '/api/matters', NEW_MATTER, admin);
    expect(r.statusCode, r.body).toBe(201);
    const created = r.json<MatterDto>();
    const { jointDepartmentIds: _notInTheDto, ...shown } = NEW_MATTER;
    expect(created).toMatchObject({ ...shown, forms: [] });
    expect(created.id).toMatch(/^market-\d{3}$/);
    const after = await catalog();
    expect(after.hall.catalogVersion).toBe(before.hall.catalogVersion + 1);
    expect(after.matters.find((m) => m.id === created.id)?.materials[0]?.checkStandard).toBe('签字盖章齐全');
    expect((await pushed).hall.catalogVersion).toBe(after.hall.catalogVersion);
    const entry = auditOf('matter-created');
    expect(entry?.actorName).toBeTruthy();
    expect(JSON.parse(entry?.detail ?? '{}')).toMatchObject({ matterId: created.id, before: null, after: { name: '测试事项', statutoryDays: 20 } });
  });

  it('an admin changes a checklist: only the changed fields are audited before → after, the kiosk sees the new list', async () => {
    const before = (await catalog()).matters.find((m) => m.id === 'market-001');
    if (!before) throw new Error('no market-001');
    const materials = [...before.materials.map(({ name, nameEn, copies, form, notes, notesEn, required, shared }) => ({
      name, nameEn, copies, form, notes, notesEn, required, shared, checkStandard: `${name}须为原件，信息清晰完整`, checkStandardEn: '',
    }))];
    const pushed = new Promise<HallChangedEvent>((resolve) => socket.once('hall:changed', resolve));
    const r = await post(server, '/api/matters/market-001', { materials, fee: '不收费' }, admin);
    expect(r.statusCode, r.body).toBe(200);
    const after = await catalog();
    expect(after.matters.find((m) => m.id === 'market-001')?.materials.map((m) => m.checkStandard)).toEqual(materials.map((m) => m.checkStandard));
    expect((await pushed).hall.catalogVersion).toBe(after.hall.catalogVersion);
    const detail = JSON.parse(auditOf('matter-changed')?.detail ?? '{}');
    expect(detail).toEqual({
      matterId: 'market-001',
      before: { fee: before.fee, materials: before.materials },
      after: { fee: '不收费', materials },
    });
  });

  it('a supervisor reads but cannot change', async () => {
    expect((await post(server, '/api/matters', NEW_MATTER, supervisor)).statusCode).toBe(403);
    expect((await post(server, '/api/matters/market-001', { fee: '10 元' }, supervisor)).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/api/catalog/export', headers: { cookie: supervisor } })).statusCode).toBe(200);
  });

  it('lists every problem with the hall file\'s rules and changes nothing', async () => {
    const before = await catalog();
    const r = await post(server, '/api/matters/market-002', {
      departmentId: 'trade-union', queueId: 'market', promisedDays: 30, statutoryDays: 10, jointDepartmentIds: ['nowhere'],
    }, admin);
    expect(r.statusCode).toBe(400);
    const { code, message } = r.json<{ error: { code: string; message: string } }>().error;
    expect(code).toBe('validation-failed');
    expect(message).toContain('low-volume department must route to a general queue');
    expect(message).toContain('no joint department nowhere');
    expect(message).toContain('promises 30 working days, more than the statutory 10');
    const missing = await post(server, '/api/matters', { ...NEW_MATTER, departmentId: 'no-such', queueId: 'no-such' }, admin);
    expect(missing.json().error.message).toMatch(/no department no-such[\s\S]*no queue no-such/);
    expect(await catalog()).toEqual(before);
    expect((await post(server, '/api/matters/no-such-matter', { fee: '' }, admin)).json().error.code).toBe('matter-not-found');
    expect((await post(server, '/api/matters/market-002', { secret: 1 }, admin)).json().error.code).toBe('validation-failed');
  });

  it('district matters are not issued here: 409 matter-elsewhere', async () => {
    expect((await post(server, '/api/matters/market-003', { handledBy: 'district' }, admin)).statusCode).toBe(200);
    const r = await post(server, '/api/tickets', { matterId: 'market-003' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toMatchObject({ code: 'matter-elsewhere', message: expect.stringContaining('district') });
    expect((await post(server, '/api/tickets', { matterId: 'market-004' })).statusCode).toBe(201);
  });
});
