import { io, type Socket } from 'socket.io-client';
import type { HallSnapshot } from '../contract/dto.js';
import type { ClientToServer, JoinAuth, ServerToClient } from '../contract/events.js';
import { applyHallEvent, type HallEvent } from './hall-state.js';

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
}

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
    reconnectionDelay: 250,
    reconnectionDelayMax: 1000,
  });
  let state: HallSnapshot | null = null;
  let resyncing = false;

  const takeSnapshot = (snapshot: HallSnapshot) => {
    resyncing = false;
    state = snapshot;
    options.onState(snapshot);
    options.onSnapshot?.(snapshot);
  };

  const resync = () => {
    if (resyncing) return;
    resyncing = true;
    socket.timeout(5000).emit('snapshot:request', (err: Error | null, snapshot: HallSnapshot) => {
      if (err) {
        resyncing = false;
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
  socket.on('ticket:called', (payload) => handle({ name: 'ticket:called', payload }));
  socket.on('ticket:changed', (payload) => handle({ name: 'ticket:changed', payload }));
  socket.on('queue:changed', (payload) => handle({ name: 'queue:changed', payload }));
  socket.on('window:changed', (payload) => handle({ name: 'window:changed', payload }));
  socket.on('connect', () => options.onConnection?.('connected'));
  socket.on('disconnect', () => options.onConnection?.('disconnected'));
  socket.io.on('reconnect_attempt', () => options.onConnection?.('connecting'));
  options.onConnection?.('connecting');

  return { socket, close: () => socket.close() };
}
