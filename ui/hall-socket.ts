import { io, type Socket } from 'socket.io-client';
import type { HallSnapshot } from '../contract/dto.js';
import type { ClientToServer, JoinAuth, ServerToClient } from '../contract/events.js';
import { applyHallEvent, unbundle, type HallEvent } from './hall-state.js';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface HallSocketOptions {
  join?: JoinAuth;
  /** Called with the whole state after every snapshot and every applied event. */
  onState: (state: HallSnapshot) => void;
  /** Called for each applied event, after onState (e.g. to announce a call). */
  onEvent?: (event: HallEvent, state: HallSnapshot) => void;
  /** A fresh snapshot replaced the state (connect, reconnect after restart, gap). */
  onSnapshot?: (state: HallSnapshot) => void;
  onConnection?: (state: ConnectionState) => void;
  /** Base URL; same origin by default. */
  url?: string;
  /** How long to wait for the answer to a snapshot request before asking again (default 5000 ms). */
  resyncTimeoutMs?: number;
}

/** Pause before asking again for a snapshot that did not come. */
const RESYNC_RETRY_MS = 500;

export interface HallSocket {
  socket: Socket<ServerToClient, ClientToServer>;
  close(): void;
}

/**
 * Keeps a page's copy of the hall right: a snapshot on every (re)connect the server could not
 * recover, versioned events in between, and a fresh snapshot whenever a version is missing.
 */
export function connectHall(options: HallSocketOptions): HallSocket {
  const socket: Socket<ServerToClient, ClientToServer> = io(options.url ?? '', {
    auth: options.join ?? {},
    transports: ['websocket'],
    // Screens must show the current state within 2 s of the server coming back: with Socket.IO's
    // ±50 % jitter a 500 ms cap means the next attempt comes within 750 ms. Attempts against a
    // server that is down are refused at once, so trying often costs nothing.
    reconnectionDelay: 250,
    reconnectionDelayMax: 500,
  });
  let state: HallSnapshot | null = null;
  let resyncing = false;
  /**
   * A snapshot is owed: a gap was seen and no snapshot has arrived since. Kept until one does,
   * because events alone never repair a gap and a quiet hall may send none for a long time.
   */
  let owed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const takeSnapshot = (snapshot: HallSnapshot) => {
    resyncing = false;
    owed = false;
    clearTimeout(retry);
    state = snapshot;
    options.onState(snapshot);
    options.onSnapshot?.(snapshot);
  };

  const resync = () => {
    if (resyncing) return;
    resyncing = true;
    owed = true;
    socket.timeout(options.resyncTimeoutMs ?? 5000).emit('snapshot:request', (err: Error | null, snapshot: HallSnapshot) => {
      if (err) {
        resyncing = false;
        // The request or its answer was lost (often with the connection). Ask again now if
        // connected; otherwise the 'connect' handler asks once the socket is back.
        clearTimeout(retry);
        if (socket.connected) retry = setTimeout(resync, RESYNC_RETRY_MS);
        return;
      }
      takeSnapshot(snapshot);
    });
  };

  const handle = (event: HallEvent) => {
    if (!state || resyncing) return;
    const next = applyHallEvent(state, event);
    if (next === 'gap') return resync();
    if (next === state) return;
    state = next;
    options.onState(next);
    options.onEvent?.(event, next);
  };

  socket.on('hall:snapshot', takeSnapshot);
  socket.on('ticket:called', (payload) => { for (const e of unbundle({ name: 'ticket:called', payload })) handle(e); });
  socket.on('ticket:changed', (payload) => handle({ name: 'ticket:changed', payload }));
  socket.on('queue:changed', (payload) => handle({ name: 'queue:changed', payload }));
  socket.on('window:changed', (payload) => handle({ name: 'window:changed', payload }));
  socket.on('hall:changed', (payload) => handle({ name: 'hall:changed', payload }));
  socket.on('connect', () => {
    options.onConnection?.('connected');
    // A recovered connection gets no snapshot from the server, so a gap left open is closed here.
    if (owed) resync();
  });
  socket.on('disconnect', () => options.onConnection?.('disconnected'));
  socket.io.on('reconnect_attempt', () => options.onConnection?.('connecting'));
  options.onConnection?.('connecting');

  return {
    socket,
    close: () => {
      clearTimeout(retry);
      socket.close();
    },
  };
}
