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

  it('windows finishing as accepted at once get distinct, consecutive case numbers and document numbers', async () => {
    const windows = [1, 2, 3, 4, 23, 24, 25, 9, 10, 11];
    const matters: Record<number, string> = { 1: 'market-005', 2: 'market-005', 3: 'market-005', 4: 'market-005', 23: 'construction-approval-003', 24: 'construction-approval-003', 25: 'construction-approval-003', 9: 'real-estate-001', 10: 'real-estate-001', 11: 'real-estate-001' };
    const cookies = await Promise.all(windows.map((w) => server.clerkAt(w)));
    for (const w of windows) expect((await post('/api/tickets', { matterId: matters[w] })).status).toBe(201);
    const called = (await Promise.all(windows.map(async (w, i) => (await post(`/api/windows/${w}/call-next`, {}, cookies[i])).json()))) as CallNextResultDto[];
    await Promise.all(windows.map((w, i) => post(`/api/windows/${w}/start`, { ticketId: called[i]?.ticket.id }, cookies[i])));
    const outcome = { kind: 'accepted', applicant: { name: '王小明', phone: '13812345678' } };
    const finished = await Promise.all(windows.map((w, i) => post(`/api/windows/${w}/finish`, { ticketId: called[i]?.ticket.id, outcome }, cookies[i])));
    expect(finished.map((r) => r.status)).toEqual(windows.map(() => 200));
    const answers = (await Promise.all(finished.map((r) => r.json()))) as { case: { number: string } | null; document: { number: string } | null }[];
    const numbers = answers.map((a) => a.case?.number ?? '').sort();
    expect(numbers.every((n) => /^XMSZ-\d{8}-\d{3,}$/.test(n))).toBe(true);
    expect(numbers.map((n) => Number(n.split('-')[2]))).toEqual(windows.map((_, i) => i + 1));
    expect(new Set(answers.map((a) => a.document?.number)).size).toBe(windows.length);
  });
});
