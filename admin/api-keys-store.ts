/**
 * The city platform's API keys (i厦门 / 闽政通 book through /api/platform/bookings): the list an
 * administrator reads (name, key prefix, created, last used, revoked), issuing a key (the key comes
 * back once and is never listed) and revoking one after a confirmation. Admin-only on the server too,
 * so nothing is requested for a supervisor.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Static } from '@sinclair/typebox';
import type { ApiClient as ApiClientDto } from '../contract/routes-bookings.js';
import { errorCodeOf } from '../ui/api.js';
import type { ApiClient } from '../ui/http.js';
import { ADMIN_ONLY } from './matters-messages.js';
import { oneRequest } from './one-request.js';

export type PlatformClientDto = Static<typeof ApiClientDto>;
/** A key just issued: shown once, until dismissed or the next action starts. */
export interface IssuedKey { client: PlatformClientDto; key: string }

export const CLIENT_NAME_MAX = 60;

export interface ApiKeys {
  clients: ReadonlySignal<readonly PlatformClientDto[] | null>;
  issued: ReadonlySignal<IssuedKey | null>;
  confirming: ReadonlySignal<string | null>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  load(): Promise<void>;
  issue(name: string): Promise<boolean>;
  /** Asks to revoke the client's key; confirm() sends it. */
  ask(id: string): void;
  confirm(): Promise<boolean>;
  cancelConfirm(): void;
  dismissIssued(): void;
}

interface Deps { request: ApiClient; failure: (e: unknown) => string; mayChange: () => boolean }

export function createApiKeys(deps: Deps): ApiKeys {
  const clients = signal<readonly PlatformClientDto[] | null>(null);
  const issued = signal<IssuedKey | null>(null);
  const confirming = signal<string | null>(null);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  const messageOf = (e: unknown): string =>
    (errorCodeOf(e) === 'api-client-not-found' ? '找不到该客户端 · No such API client' : deps.failure(e));
  const put = (c: PlatformClientDto) => {
    const list = clients.value ?? [];
    clients.value = list.some((x) => x.id === c.id) ? list.map((x) => (x.id === c.id ? c : x)) : [...list, c];
  };

  /** One request at a time; the shown key goes as soon as anything else is done. */
  async function run(work: () => Promise<void>): Promise<boolean> {
    if (busy.value) return false;
    if (!deps.mayChange()) {
      problem.value = ADMIN_ONLY;
      return false;
    }
    issued.value = null;
    return oneRequest({ busy, problem }, messageOf, work);
  }

  return {
    clients, issued, confirming, busy, problem,
    async load() {
      if (!deps.mayChange()) return;
      try {
        clients.value = await deps.request('GET /api/api-clients', {});
        problem.value = null;
      } catch (e) {
        problem.value = messageOf(e);
      }
    },
    issue(name) {
      const trimmed = name.trim();
      if (trimmed === '' || trimmed.length > CLIENT_NAME_MAX) {
        problem.value = `请填写客户端名称（1–${CLIENT_NAME_MAX} 字）· Name the client (1–${CLIENT_NAME_MAX} characters)`;
        return Promise.resolve(false);
      }
      return run(async () => {
        const made = await deps.request('POST /api/api-clients', { body: { name: trimmed } });
        put(made.client);
        issued.value = made;
      });
    },
    ask(id) { batch(() => { confirming.value = id; issued.value = null; problem.value = null; }); },
    confirm() {
      const id = confirming.value;
      if (id === null) return Promise.resolve(false);
      return run(async () => {
        confirming.value = null;
        put(await deps.request('POST /api/api-clients/:id/revoke', { params: { id } }));
      });
    },
    cancelConfirm() { confirming.value = null; },
    dismissIssued() { issued.value = null; },
  };
}
