import { createServer, type Server as HttpServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Server, type Socket } from 'socket.io';
import type { HallSnapshot } from '../contract/dto.js';
import type { ClientToServer, ServerToClient } from '../contract/events.js';
import { connectHall, type HallSocket } from './hall-socket.js';

// A bare Socket.IO server stands in for the hall, so the test decides which answers get lost.
const snapshot = (version: number): HallSnapshot => ({
  version, hall: { id: 'h', name: '大厅', nameEn: 'Hall', timeZone: 'Asia/Shanghai', notice: '', code: 'H', catalogVersion: 0 }, serviceDay: '2026-11-29',
  serverTime: '2026-11-29T01:00:00.000Z', queues: [], windows: [], recentCalls: [],
});

let http: HttpServer | undefined;
let io: Server<ClientToServer, ServerToClient> | undefined;
let client: HallSocket | undefined;
afterEach(async () => {
  client?.close();
  await io?.close();
});

async function hall(onConnect: (socket: Socket<ClientToServer, ServerToClient>) => void): Promise<string> {
  http = createServer();
  io = new Server<ClientToServer, ServerToClient>(http);
  io.on('connection', onConnect);
  const server = http;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

describe('hall socket resync', () => {
  it('replaces the state with a fresh snapshot after a version gap', async () => {
    let requests = 0;
    const url = await hall((socket) => {
      socket.emit('hall:snapshot', snapshot(1));
      socket.on('snapshot:request', (ack) => {
        requests++;
        ack(snapshot(3));
      });
      setTimeout(() => socket.emit('queue:changed', { version: 3, queues: [] }), 30);
    });
    const versions: number[] = [];
    client = connectHall({ url, onState: (s) => versions.push(s.version) });
    await expect.poll(() => versions.at(-1)).toBe(3);
    expect(requests).toBe(1);
  });

  it('asks again when the answer to a snapshot request is lost, without waiting for another event', async () => {
    let requests = 0;
    const url = await hall((socket) => {
      socket.emit('hall:snapshot', snapshot(1));
      socket.on('snapshot:request', (ack) => {
        // The first answer is lost on the way; the hall sends no further event.
        if (++requests > 1) ack(snapshot(3));
      });
      setTimeout(() => socket.emit('queue:changed', { version: 3, queues: [] }), 30);
    });
    const versions: number[] = [];
    client = connectHall({ url, onState: (s) => versions.push(s.version), resyncTimeoutMs: 200 });
    await expect.poll(() => versions.at(-1), { timeout: 3000 }).toBe(3);
    expect(requests).toBe(2);
  });
});
