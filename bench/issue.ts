/**
 * Ticket issuing throughput: POST /api/tickets on the hall (file database, WAL, synchronous=FULL,
 * one transaction per ticket) against a bare Fastify JSON route, same machine, same run.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess } from './processes.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);

/** Kiosks spread tickets over the hall's queues; each connection cycles through them. */
const QUEUES = ['market', 'housing', 'medical-insurance', 'real-estate', 'finance', 'public-security', 'hr-social', 'legal', 'transport',
  'science', 'construction-approval', 'general-livelihood', 'general-construction', 'results', 'guidance'];

async function load(url: string) {
  const requests = QUEUES.map((queueId) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queueId }) }));
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

export async function benchIssue(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-bench-'));
  const bare = await startProcess('bench/bare-server.ts', 3101);
  const base = await load(`${bare.url}/baseline/ticket`);
  await bare.stop();
  const hall = await startProcess('server/main.ts', 3102, { DB_FILE: join(dir, 'hall.db'), TICKET_RATE_LIMIT: '1000000', BACKUP_DIR: 'off' });
  const issued = await load(`${hall.url}/api/tickets`);
  await hall.stop();
  rmSync(dir, { recursive: true, force: true });
  const lines = [
    `ticket issuing, ${CONNECTIONS} connections, ${DURATION} s each, over ${QUEUES.length} queues; ${Math.round(issued.rps * DURATION)} tickets issued in the hall run`,
    `| server | req/s | p50 ms | p99 ms | non-2xx | errors |`,
    `|---|---|---|---|---|---|`,
    `| bare Fastify route (baseline) | ${base.rps.toFixed(0)} | ${base.p50} | ${base.p99} | ${base.non2xx} | ${base.errors} |`,
    `| hall POST /api/tickets | ${issued.rps.toFixed(0)} | ${issued.p50} | ${issued.p99} | ${issued.non2xx} | ${issued.errors} |`,
    `ratio hall/baseline throughput: ${(issued.rps / base.rps).toFixed(3)}`,
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchIssue());
