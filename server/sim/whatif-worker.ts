/**
 * The What-if worker's body (issue 13): runs the two simulated days, one after the other, in a
 * thread of its own so the hall server's event loop keeps serving (a demo day takes ~10 s).
 * Loaded by whatif-worker-entry.mjs, which makes TypeScript loadable in the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { HallFile } from '../db/seed.js';
import { reportHtml } from './report-html.js';
import type { Scenario } from './scenario.js';
import { simulateDay } from './simulate.js';
import type { Summary } from './summary.js';

export interface WhatIfJob { data: HallFile; baseline: Scenario; alternative: Scenario }
export interface WhatIfRun { summary: Summary; reportHtml: string }
export type WhatIfReply = { ok: true; baseline: WhatIfRun; alternative: WhatIfRun } | { ok: false; message: string };

/** One day with the server's own estimate (forward replay with the scenario's roster). */
export async function runOne(scenario: Scenario, data: HallFile): Promise<WhatIfRun> {
  const day = await simulateDay(scenario, data, Date.now, 'forward');
  return { summary: day.summary, reportHtml: reportHtml(day, data) };
}

async function main(job: WhatIfJob): Promise<WhatIfReply> {
  try {
    const baseline = await runOne(job.baseline, job.data);
    const alternative = await runOne(job.alternative, job.data);
    return { ok: true, baseline, alternative };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  void main(workerData as WhatIfJob).then((reply) => port.postMessage(reply));
}
