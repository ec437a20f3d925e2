/**
 * One job in a thread of its own, for the server's heavy work (What-if runs): the thread
 * answers once and ends. Compiled (`npm start`) the thread runs
 * the bundle's JavaScript beside the server's; from the sources, a small .mjs entry that registers
 * tsx's loader first (vitest's transform does not reach threads).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The compiled file if it is there, else the entry for the sources. */
export const workerEntry = (compiled: URL, sources: URL): URL => (existsSync(fileURLToPath(compiled)) ? compiled : sources);

/** Starts the thread with `data` and settles with its first message (or its error, or its exit without one). */
export function runInWorker<Reply>(entry: URL, data: unknown, name: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: data });
    let settled = false;
    const settle = (fn: () => void) => { if (!settled) { settled = true; fn(); } };
    worker.once('message', (reply: Reply) => {
      settle(() => resolve(reply));
      void worker.terminate();
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`${name} worker exited (${code}) without an answer`))));
  });
}
