/**
 * Runs a What-if job (issue 13) in a worker thread and answers its reply. The simulator is
 * synchronous CPU work of seconds; in a thread the server keeps answering everyone else.
 */
import { runInWorker, workerEntry } from '../worker-thread.js';
import type { WhatIfJob, WhatIfReply, WhatIfRun } from './whatif-worker.js';

export type { WhatIfJob, WhatIfRun } from './whatif-worker.js';

const ENTRY = workerEntry(new URL('./whatif-worker.js', import.meta.url), new URL('./whatif-worker-entry.mjs', import.meta.url));

export async function runWhatIfInWorker(job: WhatIfJob): Promise<{ baseline: WhatIfRun; alternative: WhatIfRun }> {
  const reply = await runInWorker<WhatIfReply>(ENTRY, job, 'what-if');
  if (!reply.ok) throw new Error(`what-if run failed: ${reply.message}`);
  return { baseline: reply.baseline, alternative: reply.alternative };
}
