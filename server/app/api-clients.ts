/**
 * The city platform's API clients (i厦门 / 闽政通): an administrator issues a key per client and may
 * revoke it. The key is shown once; only its SHA-256 is kept (it is random, so no salt is needed).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { ApiClient } from '../../contract/routes-bookings.js';
import { bookingsRepo, type ApiClientRow } from '../db/bookings-repo.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { iso } from './dto.js';

type ApiClientDto = Static<typeof ApiClient>;

export interface PlatformClient {
  id: string;
  name: string;
}

const KEY_PREFIX = 'hqk_';
const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

const toDto = (c: ApiClientRow): ApiClientDto => ({
  id: c.id, name: c.name, keyPrefix: c.keyPrefix, createdAt: iso(c.createdAt), revokedAt: iso(c.revokedAt), lastUsedAt: iso(c.lastUsedAt),
});

export const listApiClients = (s: HallServices): ApiClientDto[] => bookingsRepo(s.database.db).clients(s.hallId).map(toDto);

export function issueApiKey(s: HallServices, actor: AdminActor, name: string): { client: ApiClientDto; key: string } {
  return runCommand(s, (now) => {
    const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    const row: ApiClientRow = {
      id: randomBytes(8).toString('hex'), hallId: s.hallId, name, keyHash: hashOf(key), keyPrefix: key.slice(0, KEY_PREFIX.length + 6),
      createdAt: now, createdBy: actor.userId, revokedAt: null, lastUsedAt: null,
    };
    bookingsRepo(s.database.db).insertClient(row);
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'api-key-issued', detail: JSON.stringify({ id: row.id, name, keyPrefix: row.keyPrefix }) });
    return { result: { client: toDto(row), key }, events: [] };
  });
}

export function revokeApiKey(s: HallServices, actor: AdminActor, id: string): ApiClientDto {
  return runCommand(s, (now) => {
    const repo = bookingsRepo(s.database.db);
    const c = repo.client(id);
    if (!c || c.hallId !== s.hallId) fail('api-client-not-found', `no API client ${id}`);
    const revokedAt = c.revokedAt ?? now;
    repo.updateClient(id, { revokedAt });
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'api-key-revoked', detail: JSON.stringify({ id, name: c.name, keyPrefix: c.keyPrefix }) });
    return { result: toDto({ ...c, revokedAt }), events: [] };
  });
}

/**
 * The client behind `authorization: Bearer <key>`, or a refusal. Its last use is one UPDATE of
 * its own, outside any command: it is bookkeeping for the admin page, not part of what the call does.
 */
export function platformClientOf(s: HallServices, authorization: string | undefined): PlatformClient {
  const key = /^Bearer\s+(\S{1,200})$/i.exec(authorization ?? '')?.[1];
  const repo = bookingsRepo(s.database.db);
  const c = key === undefined ? undefined : repo.clientByKeyHash(hashOf(key));
  if (!c || c.hallId !== s.hallId || c.revokedAt !== null) fail('api-key-invalid', 'the API key is missing, wrong or revoked');
  repo.updateClient(c.id, { lastUsedAt: s.clock() });
  return { id: c.id, name: c.name };
}
