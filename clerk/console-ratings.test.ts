/** Today's ratings and the complaint tool of the console, in Node against a real hall server. */
import { describe, expect, it } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import { Browser, hallForConsoles, until } from './console-harness.js';
import type { ConsoleStore } from './console.js';
import { satisfactionLine } from './my-ratings.js';

const hall = hallForConsoles();
const inject = (method: 'GET' | 'POST', url: string, payload?: object, cookie?: string) =>
  hall.server.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const idle = (c: ConsoleStore) => until(() => c.state.busy.value === null, 'command answered');

async function serveAndFinish(c: ConsoleStore): Promise<TicketDto> {
  const r = await inject('POST', '/api/tickets', { matterId: 'market-005' });
  expect(r.statusCode, r.body).toBe(201);
  await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
  c.actions.trigger('call-next');
  await idle(c);
  c.actions.trigger('start');
  await idle(c);
  expect(await c.actions.finish({ kind: 'consultation' })).toBeNull();
  return r.json<TicketDto>();
}

describe('the clerk\'s own ratings and the complaint tool', () => {
  it('shows today\'s levels after the next finish, and files a desk complaint about the ticket just finished', async () => {
    const c = await hall.working(new Browser('pc-2'), 'clerk02', 2);
    await until(() => c.state.ratings.value !== null, 'ratings loaded');
    expect(c.state.ratings.value?.rated).toBe(0);

    const first = await serveAndFinish(c);
    expect((await inject('POST', `/api/tickets/${first.id}/rating`, { level: 4 })).statusCode).toBe(200);
    const second = await serveAndFinish(c);
    await until(() => c.state.ratings.value?.rated === 1, 'the rating counted after the next finish');
    const r = c.state.ratings.value;
    expect(r?.counts[4]).toBe(1);
    expect(r && satisfactionLine(r)).toBe(`满意率 100%（已评价 1/${r?.served ?? 0}）`);
    expect(JSON.stringify(r)).not.toContain(first.id);

    expect(c.state.lastServed.value?.number).toBe(second.number);
    c.actions.openComplaint();
    expect(c.state.dialog.value?.kind).toBe('complaint');
    c.complaint.edit({ category: 'efficiency', text: '材料退回三次', name: '李四' });
    expect(await c.actions.fileComplaint(true)).toBe(true);
    expect(c.complaint.receipt.value?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const supervisor = await hall.server.login('supervisor');
    const items = (await inject('GET', '/api/rectifications', undefined, supervisor)).json<{ id: number; kind: string; number: string | null }[]>();
    const item = items.find((i) => i.kind === 'complaint' && i.number === second.number);
    expect(item).toBeDefined();
    const detail = (await inject('GET', `/api/rectifications/${item?.id ?? 0}`, undefined, supervisor)).json<{ complaint: { channel: string; contactName: string } }>();
    expect(detail.complaint).toMatchObject({ channel: 'desk', contactName: '李四' });
  });
});
