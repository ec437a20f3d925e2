/** 事项查询 in Node against a real hall: the kiosk's search over the console's catalogue, kept fresh after an import. */
import { describe, expect, it } from 'vitest';
import type { HallFile } from '../server/db/hall-file.js';
import { Browser, hallForConsoles, until } from './console-harness.js';

const hall = hallForConsoles();

async function importWith(edit: (file: HallFile) => void): Promise<void> {
  const admin = await hall.server.login('admin');
  const file = (await hall.server.app.inject({ url: '/api/catalog/export', headers: { cookie: admin } })).json<HallFile>();
  edit(file);
  const r = await hall.server.app.inject({ method: 'POST', url: '/api/catalog/import', payload: { file: JSON.stringify(file) }, headers: { cookie: admin } });
  expect(r.statusCode, r.body).toBe(200);
}

describe('the console\'s catalogue search', () => {
  it('opens from its key, finds a matter by pinyin initials and shows it in full', async () => {
    const c = await hall.working(new Browser('desk'), 'clerk26', 26);
    c.actions.tool('catalog-search');
    expect(c.state.dialog.value).toEqual({ kind: 'catalog' });
    // Pinyin arrives with the first opening; Chinese works before it.
    c.search.setQuery('gtgsh');
    await until(() => c.search.hits.value.length > 0, 'pinyin loaded');
    expect(c.search.shown.value?.id).toBe('market-001');
    c.search.setQuery('律师');
    const other = c.search.hits.value[1]?.matter.id;
    expect(other).toBeDefined();
    c.search.choose(other ?? '');
    expect(c.search.shown.value?.id).toBe(other);
  });

  it('reloads the catalogue when the hall says it changed, so new check standards show', async () => {
    const c = await hall.working(new Browser('desk2'), 'clerk27', 27);
    const before = c.state.hall.value?.hall.catalogVersion;
    await importWith((file) => {
      const m = file.matters.find((x) => x.id === 'market-001');
      const first = m?.materials[0];
      if (!m || !first) throw new Error('market-001 missing');
      first.checkStandard = '经营者本人签字，与身份证一致';
      m.handledBy = 'district';
    });
    await until(() => c.state.hall.value?.hall.catalogVersion !== before, 'snapshot with the new catalogue version');
    c.actions.tool('catalog-search');
    c.search.setQuery('gtgsh');
    await until(() => c.search.shown.value?.materials[0]?.checkStandard === '经营者本人签字，与身份证一致', 'catalogue reloaded');
    expect(c.search.shown.value?.handledBy).toBe('district');
  });
});
