/** What every answer must satisfy, and how a failure is written down so it can be replayed. */
import { ERROR_STATUS, isErrorCode } from '../../../contract/errors.js';
import type { FuzzRequest } from './world.js';

export interface Answer {
  /** null: the connection closed without a response (raw requests only). */
  status: number | null;
  contentType: string | undefined;
  body: string;
  /** Status lines of pipelined answers after the first. */
  laterStatuses?: number[];
}

/** Internals an answer must never show: framework codes, stack frames, driver errors. */
const LEAKS: [string, RegExp][] = [
  ['Fastify error code', /\bFST_[A-Z_]+/],
  ['stack frame', /\bat (?:[\w$.<>[\] ]+ \()?(?:file:\/\/)?\/[^\s:()]+\.(?:[cm]?js|ts):\d+/],
  ['SQLite error', /SqliteError|SQLITE_[A-Z]+/],
  ['Node error code', /\bE(?:NOENT|ACCES|ISDIR|NOTDIR|PERM):/],
];

function errorBodyProblem(status: number, body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'error body is not JSON although its content type says so';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'error body is not an object';
  const keys = Object.keys(parsed);
  if (keys.length !== 1 || keys[0] !== 'error') return `error body has keys ${JSON.stringify(keys)}, want only "error"`;
  const error: unknown = (parsed as { error: unknown }).error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return 'error is not an object';
  const e = error as Record<string, unknown>;
  const extra = Object.keys(e).filter((k) => k !== 'code' && k !== 'message' && k !== 'field');
  if (extra.length > 0) return `error has extra keys ${JSON.stringify(extra)}`;
  if (typeof e.code !== 'string' || !isErrorCode(e.code)) return `error code ${JSON.stringify(e.code)} is not in contract/errors.ts`;
  if (typeof e.message !== 'string') return 'error message is not a string';
  if (e.field !== undefined && typeof e.field !== 'string') return 'error field is not a string';
  if (ERROR_STATUS[e.code] !== status) return `code ${e.code} belongs with ${ERROR_STATUS[e.code]}, sent with ${status}`;
  return null;
}

/** Problems with one answer; empty when it is fine. `secrets` are texts no answer may contain (paths, canaries). */
export function problemsOf(req: FuzzRequest, answer: Answer, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  if (answer.status === null) {
    if (req.via === 'inject') problems.push('no status from inject');
  } else if (answer.status >= 500) {
    problems.push(`status ${answer.status}`);
  }
  for (const later of answer.laterStatuses ?? []) if (later >= 500) problems.push(`pipelined answer with status ${later}`);
  const isJson = answer.contentType !== undefined && /^application\/(?:[\w.+-]+\+)?json\b/i.test(answer.contentType);
  const ownProtocol = req.via === 'raw' && req.socketIoProtocol === true;
  if (answer.status !== null && answer.status >= 400 && answer.body !== '' && !ownProtocol) {
    // One contract everywhere: an error with a body in another format would slip past every check of it.
    const p = isJson ? errorBodyProblem(answer.status, answer.body) : `error answer is ${answer.contentType ?? 'untyped'}, not JSON`;
    if (p) problems.push(p);
  }
  for (const [what, pattern] of LEAKS) if (pattern.test(answer.body)) problems.push(`body shows a ${what}: ${pattern.exec(answer.body)?.[0] ?? ''}`);
  for (const secret of secrets) if (answer.body.includes(secret)) problems.push(`body contains ${JSON.stringify(secret)}`);
  return problems;
}

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text);

function showPayload(payload: string | Buffer | undefined): string {
  if (payload === undefined) return '(none)';
  if (typeof payload === 'string') return JSON.stringify(cut(payload, 300));
  const text = payload.toString('utf8');
  return Buffer.from(text, 'utf8').equals(payload) ? JSON.stringify(cut(text, 300)) : `hex ${cut(payload.toString('hex'), 600)}`;
}

/** Everything a person needs to replay one request and see what came back. */
export function describe(seed: number, index: number, req: FuzzRequest, answer: Answer | null, problems: readonly string[]): string {
  const lines = [`FUZZ_SEED=${seed} FUZZ_ONLY=${index} (${req.label}): ${problems.join('; ')}`];
  if (req.via === 'inject') {
    lines.push(`  ${req.method} ${cut(req.url, 300)} from ${req.remoteAddress}`);
    for (const [k, v] of Object.entries(req.headers)) lines.push(`  ${k}: ${cut(v, 200)}`);
    lines.push(`  body: ${showPayload(req.payload)}`);
  } else {
    lines.push(`  raw bytes: ${JSON.stringify(cut(req.bytes.toString('latin1'), 600))}`);
  }
  if (answer) lines.push(`  → ${answer.status ?? 'closed'} ${answer.contentType ?? ''} ${JSON.stringify(cut(answer.body, 600))}`);
  return lines.join('\n');
}
