/** A real webhook receiver on 127.0.0.1: keeps every attempt, checks signatures, fails on demand. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface Attempt {
  eventId: string;
  type: string;
  headers: IncomingHttpHeaders;
  raw: string;
  /** What this receiver answered. */
  status: number;
  signatureOk: boolean;
}

export interface Receiver {
  url: string;
  attempts: Attempt[];
  /** The secret signatures are checked with (set after registering the endpoint). */
  secret: string;
  /** Answer 500 to this many more attempts, then 200. */
  failNext: number;
  /** Fail every attempt while true. */
  refusing: boolean;
  /** Never answer while true (the attempt is kept with status 0). */
  hanging: boolean;
  /** Event ids answered 2xx, each once. */
  acceptedIds(): Set<string>;
  close(): Promise<void>;
}

/** How a receiver verifies `x-hall-signature` (as the README shows). */
export function verifySignature(raw: string, header: string | undefined, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startReceiver(): Promise<Receiver> {
  const r: Omit<Receiver, 'url' | 'close'> = {
    attempts: [], secret: '', failNext: 0, refusing: false, hanging: false,
    acceptedIds: () => new Set(r.attempts.filter((a) => a.status === 200).map((a) => a.eventId)),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const signatureOk = verifySignature(raw, req.headers['x-hall-signature']?.toString(), r.secret);
      let status = 200;
      if (r.hanging) status = 0;
      else if (!signatureOk) status = 401;
      else if (r.refusing) status = 503;
      else if (r.failNext > 0) {
        r.failNext -= 1;
        status = 500;
      }
      r.attempts.push({
        eventId: String(req.headers['x-hall-event-id']), type: String(req.headers['x-hall-event-type']),
        headers: req.headers, raw, status, signatureOk,
      });
      if (status !== 0) res.writeHead(status).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(r, {
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  });
}

/** Polls until `ready()` holds; the test's own timeout bounds the wait (no timed assertion). */
export async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((r) => setTimeout(r, 10));
}
