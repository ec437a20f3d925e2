/** Adding a kiosk and setting its printer: admins only, checked addresses, audited before → after. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDto } from '../../contract/dto.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

const auditRows = (action: string) => server.app.hall.database.sqlite
  .prepare<[string], { detail: string }>('SELECT detail FROM audit_log WHERE action = ? ORDER BY id').all(action).map((r) => JSON.parse(r.detail) as Record<string, unknown>);

describe('devices administration', () => {
  it('adds an unpaired kiosk with its printer, and lists it for supervisors', async () => {
    const r = await post(server, '/api/devices', { id: 'K05', name: '5号自助取号机', printerUrl: 'tcp://192.168.1.55:9100' }, admin);
    expect(r.statusCode).toBe(201);
    expect(r.json<DeviceDto>()).toMatchObject({ id: 'K05', paired: false, printerUrl: 'tcp://192.168.1.55:9100', printerStatus: 'unknown' });
    const list = await server.app.inject({ url: '/api/devices', headers: { cookie: await server.login('supervisor') } });
    expect(list.json<DeviceDto[]>().map((d) => d.id)).toContain('K05');
    expect(auditRows('device-created').at(-1)).toMatchObject({ deviceId: 'K05', after: { printerUrl: 'tcp://192.168.1.55:9100' } });
  });

  it('refuses a second device with the same id, a printer that is not tcp://host:port, and supervisors', async () => {
    expect((await post(server, '/api/devices', { id: 'K01', name: '重复', printerUrl: null }, admin)).json().error.code).toBe('validation-failed');
    for (const printerUrl of ['http://printer:9100', 'tcp://printer', 'tcp://printer:70000', 'tcp://a b:9100']) {
      const r = await post(server, '/api/devices', { id: 'K06', name: '6号', printerUrl }, admin);
      expect(r.json().error.code, printerUrl).toBe('validation-failed');
    }
    expect((await server.app.inject({ url: '/api/devices', headers: { cookie: admin } })).json<DeviceDto[]>().map((d) => d.id)).not.toContain('K06');
    const sup = await server.login('supervisor');
    expect((await post(server, '/api/devices/K01', { name: '改名' }, sup)).statusCode).toBe(403);
  });

  it('a new printer address starts unknown and is audited before → after; an unchanged one is not', async () => {
    server.app.hall.devices.setPrinterStatus('K02', 'offline', 'cannot connect', Date.now());
    const r = await post(server, '/api/devices/K02', { printerUrl: 'tcp://127.0.0.1:9300', name: '2号自助取号机' }, admin);
    expect(r.json<DeviceDto>()).toMatchObject({ printerUrl: 'tcp://127.0.0.1:9300', printerStatus: 'unknown', printerDetail: '' });
    expect(auditRows('device-changed').at(-1)).toEqual({ deviceId: 'K02', before: { printerUrl: 'tcp://127.0.0.1:9101' }, after: { printerUrl: 'tcp://127.0.0.1:9300' } });
    const count = auditRows('device-changed').length;
    await post(server, '/api/devices/K02', { name: '2号自助取号机' }, admin);
    expect(auditRows('device-changed')).toHaveLength(count);
    expect((await post(server, '/api/devices/K99', { name: '无' }, admin)).json().error.code).toBe('device-not-found');
  });
});
