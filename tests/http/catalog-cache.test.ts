/** The catalogue and pinyin answers carry an ETag that moves with the catalogue, not with every ticket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogBuilds } from '../../server/app/catalog-cache.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

const get = (url: string, etag?: string) => server.app.inject({ url, headers: etag ? { 'if-none-match': etag } : {} });

describe('catalogue caching', () => {
  for (const url of ['/api/catalog', '/api/catalog/pinyin']) {
    it(`${url}: 304 while unchanged (tickets included), a new ETag and body when the catalogue or the hall's name changes`, async () => {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]{10,}"$/);
      expect(first.json()).toBeTypeOf('object');

      const builds = catalogBuilds(server.app.hall);
      await post(server, '/api/tickets', { matterId: 'market-005' });
      const again = await get(url, etag);
      expect(catalogBuilds(server.app.hall)).toBe(builds);
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');

      const renamed = await post(server, '/api/matters/market-005', { keywords: ['食品', '小餐饮', `缓存${url.length}`] }, admin);
      expect(renamed.statusCode).toBe(200);
      const changed = await get(url, etag);
      expect(changed.statusCode).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
      if (url === '/api/catalog') expect(changed.body).toContain(`缓存${url.length}`);
    });
  }

  it('a notice changed in the settings reaches the catalogue\'s hall at once', async () => {
    const etag = String((await get('/api/catalog')).headers.etag);
    expect((await post(server, '/api/settings', { notice: '今日系统升级，请耐心等候' }, admin)).statusCode).toBe(200);
    const after = await get('/api/catalog', etag);
    expect(after.statusCode).toBe(200);
    expect(after.json().hall.notice).toBe('今日系统升级，请耐心等候');
  });
});
