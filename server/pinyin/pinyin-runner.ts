/** Runs the pinyin of a list of texts in a short-lived worker thread (pinyin-worker.ts says why). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PinyinJob, PinyinReply } from './pinyin-worker.js';

/** Compiled (`npm start`) the thread runs dist-server/pinyin-worker.js beside the bundle; from the sources, the tsx entry. */
const COMPILED = new URL('./pinyin-worker.js', import.meta.url);
const ENTRY = existsSync(fileURLToPath(COMPILED)) ? COMPILED : new URL('./pinyin-worker-entry.mjs', import.meta.url);

export function pinyinTerms(texts: readonly string[]): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: { texts: [...texts] } satisfies PinyinJob });
    let settled = false;
    const settle = (fn: () => void) => { if (!settled) { settled = true; fn(); } };
    worker.once('message', (reply: PinyinReply) => settle(() => (reply.ok ? resolve(reply.terms) : reject(new Error(`pinyin failed: ${reply.message}`)))));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`pinyin worker exited (${code}) without an answer`))));
  });
}
