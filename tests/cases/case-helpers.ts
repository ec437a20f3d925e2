/** Driving a ticket to a finished service and a case through the back office, over HTTP (inject). */
import { expect } from 'vitest';
import type { CurrentTicketDto, OutcomeDto, TicketDto } from '../../contract/dto.js';
import type { TestServer } from '../support/server.js';

export interface Finished {
  ticket: TicketDto;
  answer: CurrentTicketDto;
}

export function post(server: TestServer, url: string, payload: object, cookie?: string) {
  return server.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
}

/** Issue a ticket for the matter, call it at the window, start and finish with the outcome. */
export async function serveAndFinish(server: TestServer, clerk: string, windowId: number, matterId: string, outcome: OutcomeDto): Promise<Finished> {
  const issued = await post(server, '/api/tickets', { matterId });
  expect(issued.statusCode, issued.body).toBe(201);
  const ticket = issued.json<TicketDto>();
  const called = await post(server, `/api/windows/${windowId}/call-next`, {}, clerk);
  expect(called.statusCode, called.body).toBe(200);
  expect((await post(server, `/api/windows/${windowId}/start`, { ticketId: ticket.id }, clerk)).statusCode).toBe(200);
  const finished = await post(server, `/api/windows/${windowId}/finish`, { ticketId: ticket.id, outcome }, clerk);
  expect(finished.statusCode, finished.body).toBe(200);
  return { ticket, answer: finished.json<CurrentTicketDto>() };
}

export const APPLICANT = { name: '王小明', phone: '13812345678', idType: 'resident-id', idNumber: '11010519491231002X' } as const;
