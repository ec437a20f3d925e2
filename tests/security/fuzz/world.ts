/** What the generators know about the running hall: its routes, real ids and signed-in sessions. */
import type { Operation } from './openapi.js';
import type { SchemaGen } from './schema-gen.js';

export interface Sessions {
  /** clerk01, holding window 1. */
  clerk: string;
  /** clerk02, a clerk of another window. */
  otherClerk: string;
  admin: string;
}

export interface World {
  ops: Operation[];
  gen: SchemaGen;
  /** Origin of the listening server, `http://127.0.0.1:PORT`. */
  origin: string;
  sessions: Sessions;
  ticketIds(): readonly string[];
  queueIds: readonly string[];
  matterIds: readonly string[];
  windowNumbers: readonly number[];
  /** Files under /assets/ that exist. */
  assets: readonly string[];
}

/** One generated request, kept whole so a failure can print it and a person can replay it. */
export interface InjectRequest {
  via: 'inject';
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress: string;
}

export interface RawRequest {
  via: 'raw';
  label: string;
  bytes: Buffer;
  /**
   * Engine.IO answers its own transport errors as `{ code: <number>, message }`, which the Socket.IO
   * client reads: that protocol is not the app's error contract (the 5xx and leak checks still apply).
   */
  socketIoProtocol?: true;
}

export type FuzzRequest = InjectRequest | RawRequest;
