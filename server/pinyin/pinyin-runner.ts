/** Runs the pinyin of a list of texts in a short-lived worker thread (pinyin-worker.ts says why). */
import { runInWorker, workerEntry } from '../worker-thread.js';
import type { PinyinJob, PinyinReply } from './pinyin-worker.js';

const ENTRY = workerEntry(new URL('./pinyin-worker.js', import.meta.url), new URL('./pinyin-worker-entry.mjs', import.meta.url));

export async function pinyinTerms(texts: readonly string[]): Promise<Record<string, string>> {
  const reply = await runInWorker<PinyinReply>(ENTRY, { texts: [...texts] } satisfies PinyinJob, 'pinyin');
  if (!reply.ok) throw new Error(`pinyin failed: ${reply.message}`);
  return reply.terms;
}
