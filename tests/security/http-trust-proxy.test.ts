import type { FastifyInstance } from 'fastify';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../../server/app.js';

/**
 * TRUST_PROXY: behind nginx every request comes from the proxy's address, so the rate limit must
 * key on the client named in X-Forwarded-For — but only when the proxy is trusted. Off (the
 * default), a forged X-Forwarded-For changes nothing: the limit keys on the socket's address.
 */
const MAX = 2;

interface Hall { app: FastifyInstance; url: string; agent: Agent }
async function hall(trustProxy: AppOptions['trustProxy']): Promise<Hall> {
  const app = await buildApp({ seed: { password: 'demo' }, rateLimit: { max: MAX, timeWindow: 60_000 }, ...(trustProxy === undefined ? {} : { trustProxy }) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  // One kept-alive socket: every request arrives from the same connection, as through a proxy.
  return { app, url, agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
}

function issue(h: Hall, forwardedFor: string): Promise<number> {
  const body = JSON.stringify({ queueId: 'market' });
  return new Promise((resolve, reject) => {
    const req = request(`${h.url}/api/tickets`, {
      method: 'POST', agent: h.agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': forwardedFor },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function sequence(h: Hall, clients: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const client of clients) statuses.push(await issue(h, client));
  return statuses;
}

const halls: Hall[] = [];
afterAll(async () => {
  for (const h of halls) {
    h.agent.destroy();
    await h.app.close();
  }
});

describe('rate limit behind a proxy', () => {
  let off: Hall;
  let trustAll: Hall;
  let trustList: Hall;
  let trustOther: Hall;
  beforeAll(async () => {
    [off, trustAll, trustList, trustOther] = await Promise.all([hall(undefined), hall(true), hall('127.0.0.1, ::1'), hall('10.0.0.0/8')]);
    halls.push(off, trustAll, trustList, trustOther);
  });

  it('off by default: forged X-Forwarded-For addresses share the socket address’s limit', async () => {
    expect(await sequence(off, ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'])).toEqual([201, 201, 429, 429]);
  });

  it('trusted (true): each forwarded client has its own limit', async () => {
    expect(await sequence(trustAll, ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.1', '198.51.100.1'])).toEqual([201, 201, 201, 201, 429]);
  });

  it('trusted by address list: the client is the address the listed proxy saw', async () => {
    // The proxy appends the address it saw; what the client wrote before it is not believed.
    expect(await sequence(trustList, ['6.6.6.6, 198.51.100.1', '7.7.7.7, 198.51.100.1', '198.51.100.2', '8.8.8.8, 198.51.100.1'])).toEqual([201, 201, 201, 429]);
  });

  it('a proxy list that does not include the sender: forwarded headers are ignored', async () => {
    expect(await sequence(trustOther, ['198.51.100.1', '198.51.100.2', '198.51.100.3'])).toEqual([201, 201, 429]);
  });
});
