import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogDto, DeviceDto, PinyinIndexDto } from '../../contract/dto.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('GET /api/catalog/pinyin', () => {
  it('spells every Chinese name and keyword of the catalogue the kiosk searches', async () => {
    server = await startServer({}, false);
    const catalog = (await server.app.inject('/api/catalog')).json<CatalogDto>();
    const r = await server.app.inject('/api/catalog/pinyin');
    expect(r.statusCode).toBe(200);
    const { terms } = r.json<PinyinIndexDto>();
    expect(terms['个体工商户设立登记']).toBe('ge ti gong shang hu she li deng ji');
    expect(terms['市公安局']).toBe('shi gong an ju');
    expect(terms['律师']).toBe('lv shi');
    for (const m of catalog.matters) {
      expect(terms[m.name], m.name).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
      for (const k of m.keywords.filter((x) => /\p{Script=Han}/u.test(x))) expect(terms[k], k).toBeDefined();
    }
    // Nothing without Chinese in it: the kiosk reads Latin words itself.
    expect(terms.KTV).toBeUndefined();
  });
});

describe('GET /api/devices', () => {
  it('is for hall managers only', async () => {
    server = await startServer({}, false);
    expect((await server.app.inject('/api/devices')).statusCode).toBe(401);
    const clerk = await server.login('clerk01');
    const asClerk = await server.app.inject({ url: '/api/devices', headers: { cookie: clerk } });
    expect(asClerk.statusCode).toBe(403);
    expect(asClerk.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('lists the kiosks with their printers, status unknown until a ticket is printed', async () => {
    server = await startServer({}, false);
    const admin = await server.login('admin');
    const r = await server.app.inject({ url: '/api/devices', headers: { cookie: admin } });
    expect(r.statusCode).toBe(200);
    expect(r.json<DeviceDto[]>()).toEqual([
      { id: 'K01', name: '1号自助取号机', printerUrl: 'tcp://127.0.0.1:9100', printerStatus: 'unknown', printerDetail: '', printerCheckedAt: null, windowNumber: null, paired: false, pairedAt: null },
      { id: 'K02', name: '2号自助取号机', printerUrl: 'tcp://127.0.0.1:9101', printerStatus: 'unknown', printerDetail: '', printerCheckedAt: null, windowNumber: null, paired: false, pairedAt: null },
    ]);
  });

  it('is documented, with the printing policy on the ticket route', async () => {
    server = await startServer({}, false);
    const doc = (await server.app.inject('/docs/json')).json<{ paths: Record<string, Record<string, { description?: string }>> }>();
    expect(doc.paths['/api/devices']?.get).toBeDefined();
    expect(doc.paths['/api/catalog/pinyin']?.get).toBeDefined();
    expect(doc.paths['/api/tickets']?.post?.description).toMatch(/without that device's credential prints nothing/);
  });
});
