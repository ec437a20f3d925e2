import type { FastifyInstance } from 'fastify';
import { Server, type Socket } from 'socket.io';
import type { ClientToServer, ServerToClient } from '../../contract/events.js';
import { actorOf } from '../app/auth.js';
import type { HallServices } from '../app/context.js';
import type { PublishedEvent } from '../app/events.js';
import { hallSnapshot } from '../app/queries.js';
import { sessionIdFromCookies } from '../plugins/auth.js';

export type HallIo = Server<ClientToServer, ServerToClient>;

export const hallRoom = (hallId: string) => `hall:${hallId}`;
export const windowRoom = (windowId: number) => `window:${windowId}`;
export const ADMIN_ROOM = 'admin';

function emitTo(io: HallIo, room: string, e: PublishedEvent): void {
  const to = io.to(room);
  switch (e.name) {
    case 'ticket:called': return void to.emit(e.name, e.payload);
    case 'ticket:changed': return void to.emit(e.name, e.payload);
    case 'queue:changed': return void to.emit(e.name, e.payload);
    case 'window:changed': return void to.emit(e.name, e.payload);
  }
}

function isAdmin(app: FastifyInstance, s: HallServices, socket: Socket): boolean {
  const header = socket.handshake.headers.cookie;
  if (!header) return false;
  const sessionId = sessionIdFromCookies(app, app.parseCookie(header));
  return sessionId !== undefined && actorOf(s, sessionId)?.role === 'admin';
}

/**
 * Push only: screens learn of changes here but change nothing through it.
 * Every (re)connect that Socket.IO could not recover gets a full snapshot, so a screen is
 * right again after a server restart without reloading.
 */
export function attachRealtime(app: FastifyInstance, s: HallServices): HallIo {
  const io: HallIo = new Server(app.server, {
    serveClient: false,
    // A pulled cable closes nothing: probe often so screens mark themselves offline quickly.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
  });

  io.on('connection', (socket) => {
    const auth: unknown = socket.handshake.auth;
    const windowId = typeof auth === 'object' && auth !== null && 'windowId' in auth && Number.isInteger(auth.windowId) ? Number(auth.windowId) : null;
    const wantsAdmin = typeof auth === 'object' && auth !== null && 'admin' in auth && auth.admin === true;
    if (!socket.recovered) {
      void socket.join(hallRoom(s.hallId));
      if (windowId !== null) void socket.join(windowRoom(windowId));
      if (wantsAdmin && isAdmin(app, s, socket)) void socket.join(ADMIN_ROOM);
      socket.emit('hall:snapshot', hallSnapshot(s));
    }
    socket.on('snapshot:request', (ack) => {
      if (typeof ack === 'function') ack(hallSnapshot(s));
    });
  });

  const offHall = s.bus.onHallEvent((hallId, e) => emitTo(io, hallRoom(hallId), e));
  const offOther = s.bus.onNotice((_hallId, e) => {
    if (e.name === 'printer:status') io.to(ADMIN_ROOM).emit(e.name, e.payload);
    else io.to(windowRoom(e.payload.windowId)).emit(e.name, e.payload);
  });

  // Closing in preClose lets app.close() finish with sockets open; clients then reconnect on their own.
  app.addHook('preClose', async () => {
    offHall();
    offOther();
    await io.close();
  });
  return io;
}
