/**
 * A busy hall against a real server process: kiosks issuing tickets and clerks calling and
 * finishing them, each recording only what the server acknowledged. A crash test compares this
 * ledger with the database file afterwards.
 */

/** Windows 1–10 of the demo hall and the queue each serves. */
export const WINDOW_QUEUES: Record<number, string> = {
  1: 'market', 2: 'market', 3: 'market', 4: 'market', 5: 'housing', 6: 'housing',
  7: 'medical-insurance', 8: 'medical-insurance', 9: 'real-estate', 10: 'real-estate',
};
const QUEUES = [...new Set(Object.values(WINDOW_QUEUES))];

export interface Ledger {
  /** Tickets answered 201, by id. */
  tickets: Map<string, { number: string; queueId: string }>;
  /** call-next answered 200. */
  calls: { ticketId: string; windowId: number }[];
  /** finish answered 200. */
  finished: Set<string>;
  /** Answers no test expects (not a dropped connection): each one is a bug to look at. */
  unexpected: string[];
}

export const emptyLedger = (): Ledger => ({ tickets: new Map(), calls: [], finished: new Set(), unexpected: [] });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(url: string, path: string, body: object, cookie?: string): Promise<{ status: number; json: Record<string, unknown> } | null> {
  try {
    const r = await fetch(`${url}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body),
    });
    return { status: r.status, json: (await r.json()) as Record<string, unknown> };
  } catch {
    return null; // the kill came first: nothing was acknowledged
  }
}

const codeOf = (json: Record<string, unknown>) => {
  const error = json.error;
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
};

export async function signIn(url: string, username: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`login ${username}: no cookie`);
  return cookie;
}

/** clerk01…clerk10 sign in and open their windows; sessions and open windows survive restarts (they are in the database). */
export async function openWindows(url: string): Promise<Map<number, string>> {
  const cookies = new Map<number, string>();
  for (const w of Object.keys(WINDOW_QUEUES).map(Number)) {
    const cookie = await signIn(url, `clerk${String(w).padStart(2, '0')}`);
    const r = await post(url, `/api/windows/${w}/open`, {}, cookie);
    if (r?.status !== 200) throw new Error(`open window ${w}: ${r?.status} ${JSON.stringify(r?.json)}`);
    cookies.set(w, cookie);
  }
  return cookies;
}

interface Pace {
  running: boolean;
  /** Every kiosk at once, no pause: hundreds of requests open when the kill lands. */
  rush: boolean;
  inFlight: number;
  /** Resolves on stop, so no kiosk sleeps through it. */
  stopped: Promise<void>;
}

/**
 * A kiosk: a ticket, then a visitor's pause of 1–4 s, except in a rush. Why the pause: 200
 * kiosks issuing back to back saturate the server (issuing slows as the line grows) and new
 * connections, the windows' among them, then wait tens of seconds; this test is about crashes,
 * not throughput (that belongs in bench/).
 */
async function kiosk(url: string, n: number, ledger: Ledger, pace: Pace): Promise<void> {
  for (let i = n; pace.running; i++) {
    if (!pace.rush) await Promise.race([sleep(1000 + Math.random() * 3000), pace.stopped]);
    if (!pace.running) return;
    const queueId = QUEUES[i % QUEUES.length]!;
    pace.inFlight++;
    const r = await post(url, '/api/tickets', { queueId });
    pace.inFlight--;
    if (!r) return;
    if (r.status === 201) ledger.tickets.set(String(r.json.id), { number: String(r.json.number), queueId });
    else ledger.unexpected.push(`ticket ${r.status} ${JSON.stringify(r.json)}`);
  }
}

/** Call, start, finish; after a restart a window may still hold the ticket it had: finish that first. */
async function window(url: string, windowId: number, cookie: string, ledger: Ledger, pace: Pace): Promise<void> {
  const base = `/api/windows/${windowId}`;
  const outcome = { outcome: { kind: 'consultation' } };
  while (pace.running) {
    const call = await post(url, `${base}/call-next`, {}, cookie);
    if (!call) return;
    let ticketId: string | undefined;
    if (call.status === 200) {
      const ticket = call.json.ticket as { id: string };
      ticketId = ticket.id;
      ledger.calls.push({ ticketId, windowId });
    } else if (codeOf(call.json) === 'queue-empty') {
      await sleep(20);
      continue;
    } else if (codeOf(call.json) !== 'window-busy') {
      ledger.unexpected.push(`call-next ${windowId}: ${call.status} ${JSON.stringify(call.json)}`);
      await sleep(20);
      continue;
    }
    const start = await post(url, `${base}/start`, ticketId ? { ticketId } : {}, cookie);
    if (!start) return;
    // A held ticket may already be serving: then start says so and finish follows.
    if (start.status !== 200 && codeOf(start.json) !== 'ticket-not-called') ledger.unexpected.push(`start ${windowId}: ${start.status} ${JSON.stringify(start.json)}`);
    const done = await post(url, `${base}/finish`, { ...outcome, ...(ticketId ? { ticketId } : {}) }, cookie);
    if (!done) return;
    if (done.status === 200) ledger.finished.add(String((done.json as { id: string }).id));
    else ledger.unexpected.push(`finish ${windowId}: ${done.status} ${JSON.stringify(done.json)}`);
  }
}

export interface Load {
  /** All kiosks issue back to back from now on. */
  rush(): void;
  /** Requests sent and not answered yet. */
  inFlight(): number;
  /** Ends the loops (after a kill they end on their own at the first refused request). */
  stop(): Promise<void>;
}

export function startLoad(url: string, kiosks: number, windows: Map<number, string>, ledger: Ledger): Load {
  let stopped = () => undefined as void;
  const pace: Pace = { running: true, rush: false, inFlight: 0, stopped: new Promise<void>((r) => { stopped = r; }) };
  const loops = [
    ...[...windows].map(([w, cookie]) => window(url, w, cookie, ledger, pace)),
    ...Array.from({ length: kiosks }, (_, n) => kiosk(url, n, ledger, pace)),
  ];
  return {
    rush() { pace.rush = true; },
    inFlight: () => pace.inFlight,
    async stop() {
      pace.running = false;
      stopped();
      await Promise.all(loops);
    },
  };
}
