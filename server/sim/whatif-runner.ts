/**
 * Runs a What-if job (issue 13) in a worker thread and answers its reply. The simulator is
 * synchronous CPU work of seconds; in a thread the server keeps answering everyone else.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WhatIfJob, WhatIfReply, WhatIfRun } from './whatif-worker.js';

export type { WhatIfJob, WhatIfRun } from './whatif-worker.js';

/**
 * Compiled (`npm start`: dist-server/whatif-worker.js beside the server's bundle) the thread runs
 * plain JavaScript; from the sources it loads the TypeScript through the tsx entry.
 */
const COMPILED = new URL('./whatif-worker.js', import.meta.url);
const ENTRY = existsSync(fileURLToPath(COMPILED)) ? COMPILED : new URL('./whatif-worker-entry.mjs', import.meta.url);

export function runWhatIfInWorker(job: WhatIfJob): Promise<{ baseline: WhatIfRun; alternative: WhatIfRun }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job });
    let settled = false;
    const settle = (fn: () => void) => { if (!settled) { settled = true; fn(); } };
    worker.once('message', (reply: WhatIfReply) => {
      settle(() => (reply.ok ? resolve({ baseline: reply.baseline, alternative: reply.alternative }) : reject(new Error(`what-if run failed: ${reply.message}`))));
      void worker.terminate();
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`what-if worker exited (${code}) without an answer`))));
  });
}
