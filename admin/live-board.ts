/**
 * The live board (实时监控) as a store: fed only by the overseers' socket room (`live:board`, sent on
 * every join and after every burst of changes), never polled. A reconnect rejoins the room and the
 * server sends a fresh board, so nothing has to be patched up here.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Socket } from 'socket.io-client';
import type { LiveBoardDto } from '../contract/dto.js';
import type { ClientToServer, ServerToClient } from '../contract/events.js';

export type OverseerSocket = Socket<ServerToClient, ClientToServer>;
/** Opens a socket joined with `{ admin: true }` and the session cookie (the page's own socket carries it). */
export type OpenOverseerSocket = () => OverseerSocket;
export type LiveConnection = 'off' | 'connecting' | 'connected' | 'disconnected';

export interface LiveBoard {
  board: ReadonlySignal<LiveBoardDto | null>;
  connection: ReadonlySignal<LiveConnection>;
  /** Joins the room (idempotent). */
  start(): void;
  /** Leaves it and forgets the board (signed out). */
  stop(): void;
}

export function createLiveBoard(open: OpenOverseerSocket): LiveBoard {
  const board = signal<LiveBoardDto | null>(null);
  const connection = signal<LiveConnection>('off');
  let socket: OverseerSocket | null = null;

  return {
    board, connection,
    start() {
      if (socket) return;
      const s = open();
      socket = s;
      connection.value = 'connecting';
      s.on('live:board', (b) => { board.value = b; });
      s.on('connect', () => { connection.value = 'connected'; });
      s.on('disconnect', () => { connection.value = 'disconnected'; });
      s.io.on('reconnect_attempt', () => { connection.value = 'connecting'; });
    },
    stop() {
      socket?.close();
      socket = null;
      board.value = null;
      connection.value = 'off';
    },
  };
}

/** The queue ids an alert names: their cards get a red border. */
export function alertedQueues(b: LiveBoardDto): ReadonlySet<string> {
  return new Set(b.alerts.flatMap((a) => (a.queueId === null ? [] : [a.queueId])));
}
