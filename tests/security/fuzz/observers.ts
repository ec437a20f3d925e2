/**
 * Sockets that watch what the hall pushes while it is attacked: every text they receive is kept
 * (deduplicated), so the end of the run can ask whether a ticket id or an admin notice ever
 * reached someone who should not have it.
 */
import { io as connect, type Socket } from 'socket.io-client';

export interface Observer {
  name: string;
  /** Anonymous: no valid session. Ticket ids and admin notices must never reach one. */
  anonymous: boolean;
  socket: Socket;
  /** Event name → count. */
  counts: Map<string, number>;
  /** Versions of hall events in arrival order, reset by every snapshot. */
  versionRuns: number[][];
  disconnects: string[];
}

/** Every string inside a payload (keys too), split at characters an id does not use. */
export class SeenTexts {
  readonly tokens = new Set<string>();
  add(value: unknown, depth = 0): void {
    if (depth > 50) return;
    if (typeof value === 'string') {
      this.tokens.add(value);
      for (const t of value.split(/[^A-Za-z0-9_-]+/)) if (t.length >= 8) this.tokens.add(t);
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        this.add(k, depth + 1);
        this.add(v, depth + 1);
      }
    }
  }
  /** Which of `ids` were seen. */
  found(ids: Iterable<string>): string[] {
    return [...ids].filter((id) => this.tokens.has(id));
  }
}

export interface ObserverOptions {
  auth?: unknown;
  cookie?: string;
  origin?: string;
  anonymous: boolean;
}

function versionOf(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null || !('version' in payload)) return undefined;
  return typeof payload.version === 'number' ? payload.version : undefined;
}

/** A call's `ticket:called` carries the command's other events in `also`, each with its own version. */
function bundledVersions(payload: unknown): number[] {
  if (typeof payload !== 'object' || payload === null || !('also' in payload) || !Array.isArray(payload.also)) return [];
  return payload.also.flatMap((e: unknown) => {
    const v = typeof e === 'object' && e !== null && 'payload' in e ? versionOf(e.payload) : undefined;
    return v === undefined ? [] : [v];
  });
}

/** A socket that records; `seen` collects what anonymous ones receive (including snapshot acks). */
export function observe(url: string, name: string, options: ObserverOptions, seen: SeenTexts | null): Observer {
  const extraHeaders: Record<string, string> = {};
  if (options.cookie !== undefined) extraHeaders.cookie = options.cookie;
  if (options.origin !== undefined) extraHeaders.origin = options.origin;
  const socket = connect(url, {
    transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders,
    // socket.io-client types `auth` as an object; garbage of other shapes is the point of some observers.
    auth: options.auth as Record<string, unknown> | undefined,
  });
  const o: Observer = { name, anonymous: options.anonymous, socket, counts: new Map(), versionRuns: [], disconnects: [] };
  socket.onAny((event: string, payload: unknown) => {
    o.counts.set(event, (o.counts.get(event) ?? 0) + 1);
    if (seen && o.anonymous) seen.add(payload);
    const v = versionOf(payload);
    if (event === 'hall:snapshot') o.versionRuns.push(v === undefined ? [] : [v]);
    else if (v !== undefined) o.versionRuns.at(-1)?.push(v, ...bundledVersions(payload));
  });
  socket.on('disconnect', (reason) => o.disconnects.push(reason));
  return o;
}

export function connected(o: Observer): Promise<void> {
  if (o.socket.connected && (o.counts.get('hall:snapshot') ?? 0) > 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    o.socket.once('hall:snapshot', () => resolve());
    o.socket.once('connect_error', (e) => reject(new Error(`${o.name}: ${e.message}`)));
  });
}

/** For sockets that ask for more than they may have: being refused at the handshake is a fine answer too. */
export function settled(o: Observer): Promise<void> {
  return connected(o).catch(() => undefined);
}

/** Resolves when the observer has seen hall version `v` (or later); fails at once if it was disconnected. */
export function reaches(o: Observer, v: number): Promise<void> {
  const seenVersion = () => Math.max(-1, ...o.versionRuns.flat());
  const lost = () => new Error(`${o.name} was disconnected (${o.disconnects.join(', ')}) before it saw version ${v}`);
  if (seenVersion() >= v) return Promise.resolve();
  if (!o.socket.connected) return Promise.reject(lost());
  return new Promise((resolve, reject) => {
    const check = () => {
      if (seenVersion() < v) return;
      o.socket.offAny(check);
      resolve();
    };
    o.socket.onAny(check);
    o.socket.once('disconnect', () => reject(lost()));
  });
}

/** Versions inside each run that do not follow their predecessor by exactly one: lost or doubled events. */
export function versionGaps(o: Observer): string[] {
  const gaps: string[] = [];
  for (const run of o.versionRuns) {
    for (let i = 1; i < run.length; i++) {
      const prev = run[i - 1] ?? 0;
      const cur = run[i] ?? 0;
      if (cur !== prev + 1) gaps.push(`${prev} → ${cur}`);
    }
  }
  return gaps;
}
