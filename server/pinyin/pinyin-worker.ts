/**
 * The pinyin worker's body: the terms of the texts it is given, then it ends, and the dictionary's
 * memory goes with its thread. Loaded by pinyin-worker-entry.mjs from the sources, or compiled
 * (dist-server/pinyin-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { termsOf } from './pinyin-index.js';

export interface PinyinJob { texts: string[] }
export type PinyinReply = { ok: true; terms: Record<string, string> } | { ok: false; message: string };

function reply(job: PinyinJob): PinyinReply {
  try {
    return { ok: true, terms: termsOf(job.texts) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(reply(workerData as PinyinJob));
