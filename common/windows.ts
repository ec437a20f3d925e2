/**
 * Window numbers as visitors read them, the same on the kiosk screen and on the printed
 * receipt. Runs of three or more are "1–4" (en dash), two neighbours stay a list "5、6"
 * because "5–6" reads as a range to be guessed at. Both characters are in GBK (A843, A1A2),
 * so the receipt printer prints them as the screen shows them.
 */
import type { Lang } from './labels.js';

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };
const RUN_DASH = '–';

/** [3, 4, 5, 8] → "3–5、8" (zh) or "3–5, 8" (en); "" for none. Duplicates and non-numbers are dropped. */
export function windowRanges(numbers: readonly number[], lang: Lang): string {
  const sorted = [...new Set(numbers.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i];
    const last = sorted[j];
    parts.push(j - i >= 2 ? `${first}${RUN_DASH}${last}` : j === i ? `${first}` : `${first}${LIST_SEPARATOR[lang]}${last}`);
    i = j + 1;
  }
  return parts.join(LIST_SEPARATOR[lang]);
}

/** "1–4 号窗口" / "Windows 1–4" / "Window 7"; "" for none. */
export function windowsNamed(numbers: readonly number[], lang: Lang): string {
  const ranges = windowRanges(numbers, lang);
  if (ranges === '') return '';
  if (lang === 'zh') return `${ranges} 号窗口`;
  const single = !ranges.includes(RUN_DASH) && !ranges.includes(',');
  return `${single ? 'Window' : 'Windows'} ${ranges}`;
}

/** What a window says about the queues it takes: only its own count, overflow queues are help. */
export interface WindowQueuesView {
  number: number;
  queueIds: readonly string[];
}

/** Numbers of the windows that take the queue as one of their own (not as overflow), ascending. */
export function windowsServingQueue(windows: readonly WindowQueuesView[], queueId: string): number[] {
  return windows.filter((w) => w.queueIds.includes(queueId)).map((w) => w.number).sort((a, b) => a - b);
}
