/**
 * Pinyin of the catalogue's Chinese texts, computed on the server because the dictionary that
 * makes it right (polyphones such as 银行 háng, 重庆 chóng) is ~150 KB gzipped: far too much for
 * the kiosk page. Loaded only in the pinyin worker thread (pinyin-worker.ts), never by the server's
 * own thread: the dictionary takes ~9 MB of heap and is needed only when the catalogue's texts change.
 */
import { pinyin } from 'pinyin-pro';

/** Syllables of one text, lower case and toneless, ü written v as pinyin keyboards do; punctuation dropped. */
export function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z0-9]+$/.test(s));
}

/** Each text with its syllables, space-separated (the kiosk's PinyinIndexDto terms). */
export function termsOf(texts: readonly string[]): Record<string, string> {
  const terms: Record<string, string> = {};
  for (const text of texts) terms[text] = syllablesOf(text).join(' ');
  return terms;
}
