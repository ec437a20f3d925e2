/** Sends the generated requests, checks every answer, and keeps the hall's state real in between. */
import type { FastifyInstance } from 'fastify';
import { describe, problemsOf, type Answer } from './check.js';
import type { HallState } from './hall-state.js';
import type { SeenTexts } from './observers.js';
import { rngFor } from './prng.js';
import { allStatuses, rawRequest, sendRaw } from './raw.js';
import { injectRequest } from './requests.js';
import type { FuzzRequest, World } from './world.js';

export interface HttpFuzzResult {
  sent: number;
  byStatus: Map<string, number>;
  /** Error answers by status and code, to see which refusals the run reached. */
  byCode: Map<string, number>;
  /** Described failures (the first 40), and how many there were in all. */
  failures: string[];
  failureCount: number;
}

export interface HttpFuzzOptions {
  app: FastifyInstance;
  port: number;
  seed: number;
  count: number;
  /** Replay just these request indexes (FUZZ_ONLY), after the same set-up. */
  only?: readonly number[];
  /** Share of requests sent as raw bytes over TCP. */
  rawShare: number;
  /** Requests in flight at once. */
  parallel: number;
  /** Requests between two refreshes of the hall state (sessions, open windows, tickets). */
  refreshEvery: number;
  world: World;
  state: HallState;
  secrets: readonly string[];
  /** Collects what the public hall views (GET /api/windows, /api/snapshot) showed callers without a cookie. */
  publicAnswers?: SeenTexts;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

async function answerOf(o: HttpFuzzOptions, req: FuzzRequest): Promise<Answer> {
  if (req.via === 'raw') {
    const r = await sendRaw(o.port, req.bytes);
    return { status: r.status, contentType: r.headers['content-type'], body: r.body.toString('utf8'), laterStatuses: allStatuses(r.raw).slice(1) };
  }
  // inject's method type lists fewer methods than node's parser takes (PROPFIND, PURGE…); the router sees the string as sent.
  const r = await o.app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, remoteAddress: req.remoteAddress, ...(req.payload === undefined ? {} : { payload: req.payload }) });
  const contentType = r.headers['content-type'];
  if (o.publicAnswers && req.method === 'GET' && req.headers.cookie === undefined && r.statusCode === 200 && /^\/api\/(?:windows|snapshot)(?:\?|$)/.test(req.url)) {
    o.publicAnswers.add(JSON.parse(r.body));
  }
  if (req.method === 'POST' && /^\/api\/tickets(?:\?|$)/.test(req.url) && r.statusCode < 300) {
    const ticket: unknown = JSON.parse(r.body);
    if (typeof ticket === 'object' && ticket !== null && 'id' in ticket && typeof ticket.id === 'string') o.state.remember(ticket.id);
  }
  // A sign-out or password reset the fuzz got through ends a staff session: sign in again now, not at the next refresh.
  if (r.statusCode < 300 && req.method !== 'GET' && /^\/api\/(?:auth|users)\//.test(req.url)) await o.state.ensureSessions();
  return { status: r.statusCode, contentType: typeof contentType === 'string' ? contentType : undefined, body: r.body };
}

export async function runHttpFuzz(o: HttpFuzzOptions): Promise<HttpFuzzResult> {
  const result: HttpFuzzResult = { sent: 0, byStatus: new Map(), byCode: new Map(), failures: [], failureCount: 0 };
  const fail = (index: number, req: FuzzRequest, answer: Answer | null, problems: string[]) => {
    result.failureCount++;
    if (result.failures.length < 40) result.failures.push(describe(o.seed, index, req, answer, problems));
  };

  const indexes = o.only ?? Array.from({ length: o.count }, (_x, i) => i);
  let next = 0;
  const worker = async () => {
    for (let i = indexes[next++]; i !== undefined; i = indexes[next++]) {
      if (i % o.refreshEvery === 0) await o.state.refresh(4, (i / o.refreshEvery) % 2 === 0);
      const rng = rngFor(o.seed, i);
      const req: FuzzRequest = rng.chance(o.rawShare) ? rawRequest(o.world, rng) : injectRequest(o.world, rng);
      let answer: Answer;
      try {
        answer = await answerOf(o, req);
      } catch (error) {
        // Also when inject itself refused to build the request: a generator that cannot reach the server is a bug to fix here.
        fail(i, req, null, [`request failed: ${error instanceof Error ? error.message : String(error)}`]);
        continue;
      }
      result.sent++;
      bump(result.byStatus, `${req.via} ${answer.status ?? 'closed'}`);
      const code = /"code":"([\w-]+)"/.exec(answer.body.slice(0, 200))?.[1];
      if (code !== undefined) bump(result.byCode, `${answer.status ?? ''} ${code}`);
      const problems = problemsOf(req, answer, o.secrets);
      if (problems.length > 0) fail(i, req, answer, problems);
    }
  };
  await Promise.all(Array.from({ length: o.parallel }, worker));
  return result;
}
