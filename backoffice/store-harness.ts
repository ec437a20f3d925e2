/**
 * Test support only (imported by backoffice/*.test.ts, never by the page): back-office stores in
 * Node against a real listening hall server, through the page's own typed client over real fetch,
 * each simulated browser with its own cookies and storage.
 */
import { expect } from 'vitest';
import type { CurrentTicketDto, OutcomeDto, TicketDto } from '../contract/dto.js';
import type { TestServer, TestServerOptions } from '../tests/support/server.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import type { ApiClient } from '../ui/http.js';
import { createBackOffice, type BackOfficeStore } from './store.js';

/** One browser: its cookie jar and localStorage. */
export { TestBrowser as Jar };

export interface BackOfficeHall {
  readonly server: TestServer;
  /** Every route the stores' clients called, in order (a test empties it to count its own). */
  readonly requests: string[];
  /** A store as the page in `jar` would make it. */
  open(jar?: TestBrowser): BackOfficeStore;
  /** …signed in as `username` (password demo), its inbox loaded. */
  signedIn(username: string, jar?: TestBrowser): Promise<BackOfficeStore>;
  /** A visitor's ticket for `matterId`, served and finished as accepted at `windowId`: the case number. */
  acceptedCase(matterId: string, windowId: number, outcome?: Partial<OutcomeDto>): Promise<string>;
}

export const APPLICANT = { name: '王小明', phone: '13812345678', idType: 'resident-id', idNumber: '11010519491231002X' } as const;

/** One real hall server for the test file, the page's fetches routed to it. */
export function hallForBackOffice(options: TestServerOptions = {}): BackOfficeHall {
  const file = hallServerForFile(options);
  const clerks = new Map<number, string>();
  const requests: string[] = [];
  const post = (url: string, payload: object, cookie?: string) => hall.server.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  const hall: BackOfficeHall = {
    get server() { return file.server; },
    requests,
    open(jar = new TestBrowser()) {
      const inJar = clientIn(jar);
      const client: ApiClient = (route, input, opts) => {
        requests.push(route);
        return inJar(route, input, opts);
      };
      return createBackOffice({ api: client, storage: jar.storage });
    },
    signedIn: (username, jar = new TestBrowser()) => signInAs(hall.open(jar), username),
    async acceptedCase(matterId, windowId, outcome = {}) {
      const clerk = clerks.get(windowId) ?? await hall.server.clerkAt(windowId);
      clerks.set(windowId, clerk);
      const issued = await post('/api/tickets', { matterId });
      expect(issued.statusCode, issued.body).toBe(201);
      const ticket = issued.json<TicketDto>();
      expect((await post(`/api/windows/${windowId}/call-next`, {}, clerk)).statusCode).toBe(200);
      expect((await post(`/api/windows/${windowId}/start`, { ticketId: ticket.id }, clerk)).statusCode).toBe(200);
      const finished = await post(`/api/windows/${windowId}/finish`, { ticketId: ticket.id, outcome: { kind: 'accepted', applicant: APPLICANT, ...outcome } }, clerk);
      expect(finished.statusCode, finished.body).toBe(200);
      const number = finished.json<CurrentTicketDto>().case?.number;
      if (!number) throw new Error(`no case for ${matterId}`);
      return number;
    },
  };
  return hall;
}
