import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallNextResultDto, IssueTicketResponse } from '../../contract/dto.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const post = (path: string, body: unknown, cookie?: string) => fetch(server.url + path, {
  method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body),
});

describe('concurrency over real HTTP', () => {
  it('200 concurrent issues give 200 distinct numbers, 001 to 200', async () => {
    const responses = await Promise.all(Array.from({ length: 200 }, () => post('/api/tickets', { queueId: 'general-livelihood' })));
    expect(responses.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const tickets = (await Promise.all(responses.map((r) => r.json()))) as IssueTicketResponse[];
    const numbers = tickets.map((t) => t.number).sort();
    expect(new Set(numbers).size).toBe(200);
    expect(numbers[0]).toBe('M001');
    expect(numbers[199]).toBe('M200');
  });

  it('10 windows calling next at once never call the same ticket twice', async () => {
    for (let i = 0; i < 30; i++) expect((await post('/api/tickets', { queueId: i % 2 ? 'general-livelihood' : 'general-construction' })).status).toBe(201);
    const windows = [26, 27, 28, 29, 30, 31, 32, 4, 12, 22];
    const cookies = await Promise.all(windows.map((w) => server.clerkAt(w)));
    const responses = await Promise.all(windows.map((w, i) => post(`/api/windows/${w}/call-next`, {}, cookies[i])));
    expect(responses.map((r) => r.status)).toEqual(windows.map(() => 200));
    const calls = (await Promise.all(responses.map((r) => r.json()))) as CallNextResultDto[];
    const ids = calls.map((c) => c.ticket.id);
    expect(new Set(ids).size).toBe(windows.length);
    expect(calls.map((c) => c.ticket.windowNumber)).toEqual(windows);
  });
});
