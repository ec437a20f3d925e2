import type { FastifyInstance } from 'fastify';
import { Server, type Socket } from 'socket.io';
import type { ClientToServer, ServerToClient } from '../../contract/events.js';
import { actorOf } from '../app/auth.js';
import type { HallServices } from '../app/context.js';
import { cachedSnapshot } from '../app/snapshot-cache.js';
import { liveBoard } from '../app/live-board.js';
import { isAllowedOrigin, selfOriginOf } from '../http/origin.js';
import { sessionIdFromCookies } from '../plugins/auth.js';
import { CLIENT_MESSAGE_BUDGET, TokenBucket } from './limits.js';
import { joinPad, padRoom } from './pads.js';
import { pushLiveBoard } from './live-push.js';
import { emitBatch } from './hall-push.js';

export type HallIo = Server<ClientToServer, ServerToClient>;

export const hallRoom = (hallId: string) => `hall:${hallId}`;
export const windowRoom = (windowId: number) => `window:${windowId}`;
export const ADMIN_ROOM = 'admin';

/**
 * A client that does not read what it is sent piles packets up in the server's memory; past this
 * many waiting packets it is dropped (it reconnects and starts again from a snapshot). A screen
 * that is merely slow stays far below: the hall sends a few events a second at most.
 */
export const MAX_BUFFERED_PACKETS = 500;
const SWEEP_MS = 2_000;

export interface RealtimeOptions {
  /** Origins besides the server's own whose pages may open a session socket (the admin room). */
  allowedOrigins?: readonly string[];
}

/**
 * The admin room (the overseers': administrators and supervisors) needs such a session, presented from a page of this hall: a page of
 * another origin (another port of the same host is same-site, so the cookie would come along)
 * connects as a public screen.
 */
function isAdmin(app: FastifyInstance, s: HallServices, socket: Socket, allowList: readonly string[]): boolean {
  const { headers, secure } = socket.handshake;
  const header = headers.cookie;
  if (!header) return false;
  const origin = typeof headers.origin === 'string' ? headers.origin : undefined;
  if (!isAllowedOrigin(origin, selfOriginOf(secure ? 'https' : 'http', headers.host ?? ''), allowList)) return false;
  const sessionId = sessionIdFromCookies(app, app.parseCookie(header));
  const role = sessionId === undefined ? undefined : actorOf(s, sessionId)?.role;
  return role === 'admin' || role === 'supervisor';
}

/** Packets waiting for the client to read; engine.io keeps the count private, so read it without a cast. */
function bufferedPackets(socket: Socket): number {
  const buffer: unknown = Reflect.get(socket.conn, 'writeBuffer');
  return Array.isArray(buffer) ? buffer.length : 0;
}

function joinAuth(auth: unknown): { windowId: number | null; admin: boolean } {
  if (typeof auth !== 'object' || auth === null) return { windowId: null, admin: false };
  const windowId = 'windowId' in auth && Number.isSafeInteger(auth.windowId) && Number(auth.windowId) > 0 ? Number(auth.windowId) : null;
  return { windowId, admin: 'admin' in auth && auth.admin === true };
}

/**
 * Push only: screens learn of changes here but change nothing through it. What goes out is public
 * (numbers, windows, counts; never a ticket id) except the admin room's printer notices.
 * Every (re)connect that Socket.IO could not recover gets a full snapshot, so a screen is
 * right again after a server restart without reloading.
 */
export function attachRealtime(app: FastifyInstance, s: HallServices, options: RealtimeOptions = {}): HallIo {
  const allowList = options.allowedOrigins ?? [];
  const io: HallIo = new Server(app.server, {
    serveClient: false,
    // Screens send nothing bigger than a snapshot request.
    maxHttpBufferSize: 16 * 1024,
    // A pulled cable closes nothing: probe often so screens mark themselves offline quickly.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
  });

  io.on('connection', (socket) => {
    const { windowId, admin } = joinAuth(socket.handshake.auth);
    if (!socket.recovered) {
      void socket.join(hallRoom(s.hallId));
      if (windowId !== null) void socket.join(windowRoom(windowId));
      if (admin && isAdmin(app, s, socket, allowList)) {
        void socket.join(ADMIN_ROOM);
        socket.emit('live:board', liveBoard(s));
      }
      joinPad(s, socket);
      socket.emit('hall:snapshot', cachedSnapshot(s));
    }
    const budget = new TokenBucket(CLIENT_MESSAGE_BUDGET, Date.now());
    // Every message from the client, known event or not, spends from its budget.
    socket.use((_packet, next) => {
      const verdict = budget.take(Date.now());
      if (verdict === 'ok') return next();
      if (verdict === 'drop') socket.disconnect(true);
    });
    socket.on('snapshot:request', (ack) => {
      if (typeof ack === 'function') ack(cachedSnapshot(s));
    });
  });

  const sweep = setInterval(() => {
    for (const socket of io.of('/').sockets.values()) {
      if (bufferedPackets(socket) > MAX_BUFFERED_PACKETS) socket.disconnect(true);
    }
  }, SWEEP_MS);
  sweep.unref();

  const offHall = s.bus.onHallBatch((hallId, events) => emitBatch(io, hallRoom(hallId), events));
  const offLive = pushLiveBoard(io, s, ADMIN_ROOM);
  const offOther = s.bus.onNotice((_hallId, e) => {
    if (e.name === 'printer:status') io.to(ADMIN_ROOM).emit(e.name, e.payload);
    else if (e.name === 'rating:requested') io.to(padRoom(e.payload.windowId)).emit(e.name, e.payload);
    else if (e.name === 'rating:done') io.to(padRoom(e.payload.windowId)).emit(e.name, e.payload);
    else if (e.name === 'roster:changed') io.to(hallRoom(s.hallId)).emit(e.name, e.payload);
    else io.to(windowRoom(e.payload.windowId)).emit(e.name, e.payload);
  });

  // Closing in preClose lets app.close() finish with sockets open; clients then reconnect on their own.
  app.addHook('preClose', async () => {
    clearInterval(sweep);
    offHall();
    offLive();
    offOther();
    await io.close();
  });
  return io;
}
