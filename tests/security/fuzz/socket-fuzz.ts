/**
 * Sockets with garbage handshakes and garbage messages. Each records what it receives into the
 * shared `seen` texts (none of them holds a valid session) and counts admin notices.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { PROTO_KEYS, hostileString, hostileValue, NUMBERS } from './hostile.js';
import { rngFor, type Rng } from './prng.js';
import type { SeenTexts } from './observers.js';

export interface SocketFuzzResult {
  sockets: number;
  connected: number;
  refused: number;
  emits: number;
  /** Admin notices (printer:status) that reached a garbage socket: must stay 0. */
  adminNotices: number;
  acks: number;
}

function protoObject(key: string, value: unknown): Record<string, unknown> {
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>;
}

function garbageAuth(rng: Rng): unknown {
  return rng.pick<() => unknown>([
    () => ({}), () => ({ windowId: '1' }), () => ({ windowId: -1 }), () => ({ windowId: 1.5 }), () => ({ windowId: rng.pick(NUMBERS) }),
    () => ({ windowId: [1] }), () => ({ windowId: { $gt: 0 } }), () => ({ admin: true }), () => ({ admin: 'true', windowId: 1 }),
    () => ({ admin: 1 }), () => ({ hallId: hostileString(rng) }), () => protoObject('__proto__', { admin: true }),
    () => protoObject(rng.pick(PROTO_KEYS), { prototype: { admin: true } }), () => ({ token: 'x'.repeat(rng.pick([1_000, 100_000])) }),
    () => ({ deep: JSON.parse('['.repeat(1_000) + ']'.repeat(1_000)) as unknown }), () => [1, 2, 3], () => 'x'.repeat(50_000), () => 42,
    () => null, () => hostileValue(rng), () => ({ admin: true, windowId: 2 ** 53 + 2, hallId: '../../' }),
  ])();
}

function garbageCookie(rng: Rng, realNonAdmin: string): string | undefined {
  return rng.pick([undefined, undefined, 'hall_sid=garbage', 'hall_sid=s%3Aforged.sig', `${realNonAdmin.slice(0, -4)}AAAA`, `hall_sid=${'a'.repeat(5_000)}`, '__proto__=1']);
}

/** One message a client library would send; the server must shrug off each and keep the socket. */
function emitGarbage(socket: Socket, rng: Rng, onAck: (payload: unknown) => void): void {
  const kind = rng.weighted({ snapshotAck: 4, snapshotNoAck: 3, snapshotArgs: 2, unknown: 3, binary: 2, reserved: 1 });
  switch (kind) {
    case 'snapshotAck': return void socket.emit('snapshot:request', onAck);
    case 'snapshotNoAck': return void socket.emit('snapshot:request');
    case 'snapshotArgs': return void socket.emit('snapshot:request', hostileValue(rng), rng.chance(0.5) ? onAck : hostileValue(rng));
    case 'unknown': return void socket.emit(rng.pick(['ticket:issue', 'hall:snapshot', 'window:open', ...PROTO_KEYS, hostileString(rng)]), hostileValue(rng), onAck);
    case 'binary': return void socket.emit(rng.pick(['snapshot:request', 'upload']), Buffer.alloc(rng.pick([1, 10_000, 200_000]), rng.int(0, 255)), onAck);
    case 'reserved':
      try {
        socket.emit(rng.pick(['connect', 'disconnect', 'disconnecting', 'newListener', 'removeListener']));
      } catch {
        // The client refuses reserved names itself; what matters is that nothing odd gets through.
      }
  }
}

/** A last message that may well cost the socket its connection: too big, or not Socket.IO at all. */
function emitFatal(socket: Socket, rng: Rng): void {
  if (rng.chance(0.3)) return void socket.emit('snapshot:request', 'x'.repeat(rng.pick([500_000, 1_100_000])));
  // Straight into the engine: malformed packets the client library would never write.
  socket.io.engine.send(rng.pick([
    '2["snapshot:request"', '4{', '9', '0{"token":1}', '2[]', '2[1]', '21["snapshot:request"]', '5-[{"_placeholder":true,"num":9}]',
    `2${'['.repeat(3_000)}`, '3999[]', '', '2["snapshot:request",{"__proto__":{"admin":true}}]', '0/admin,', '0/../,{}',
  ]));
}

function settle(socket: Socket): Promise<'connected' | 'refused'> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', () => resolve('refused'));
    // A handshake the server drops (auth that is not an object) closes the connection without a connect_error.
    socket.io.once('close', () => resolve('refused'));
  });
}

/** Gives the server a moment to answer one last ack or drop the socket; a rate-limited ack never comes. */
function drained(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (!socket.connected) return resolve();
    socket.once('disconnect', () => resolve());
    socket.timeout(500).emit('snapshot:request', () => resolve());
  });
}

export async function runSocketFuzz(options: {
  url: string; seed: number; sockets: number; /** First socket index (to replay one). */ from?: number; /** Average messages per socket (each sends 1 to twice this). */ emitsPerSocket: number; parallel: number; nonAdminCookie: string; seen: SeenTexts;
}): Promise<SocketFuzzResult> {
  const result: SocketFuzzResult = { sockets: 0, connected: 0, refused: 0, emits: 0, adminNotices: 0, acks: 0 };
  const one = async (i: number) => {
    const rng = rngFor(options.seed ^ 0x50c4e7, i);
    const cookie = garbageCookie(rng, options.nonAdminCookie);
    const socket = connect(options.url, {
      transports: rng.chance(0.8) ? ['websocket'] : ['polling'], forceNew: true, reconnection: false, timeout: 10_000,
      auth: garbageAuth(rng) as Record<string, unknown>, extraHeaders: cookie === undefined ? {} : { cookie, origin: options.url },
    });
    socket.onAny((event: string, payload: unknown) => {
      if (event === 'printer:status') result.adminNotices++;
      options.seen.add(payload);
    });
    result.sockets++;
    if ((await settle(socket)) === 'refused') {
      result.refused++;
      socket.close();
      return;
    }
    result.connected++;
    const onAck = (payload: unknown) => {
      result.acks++;
      options.seen.add(payload);
    };
    // Some sockets stay within a screen's budget, others flood past it.
    const emits = rng.int(1, options.emitsPerSocket * 2);
    for (let k = 0; k < emits && socket.connected; k++) {
      emitGarbage(socket, rng, onAck);
      result.emits++;
      // Let the server answer in between, as a real client's messages would arrive.
      if (k % 5 === 4) await new Promise((r) => setImmediate(r));
    }
    if (socket.connected && rng.chance(0.4)) {
      emitFatal(socket, rng);
      result.emits++;
    }
    await drained(socket);
    socket.close();
  };
  const from = options.from ?? 0;
  for (let start = 0; start < options.sockets; start += options.parallel) {
    await Promise.all(Array.from({ length: Math.min(options.parallel, options.sockets - start) }, (_x, j) => one(from + start + j)));
  }
  return result;
}
