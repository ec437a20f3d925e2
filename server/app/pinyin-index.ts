/**
 * Pinyin of the catalogue's Chinese texts, computed here because the dictionary that makes
 * it right (polyphones such as 银行 háng, 重庆 chóng) is ~150 KB gzipped: far too much
 * for the kiosk page, nothing for the server.
 */
import { pinyin } from 'pinyin-pro';
import type { CatalogDto, PinyinIndexDto } from '../../contract/dto.js';

/** Syllables of one text, lower case and toneless, ü written v as pinyin keyboards do; punctuation dropped. */
export function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z0-9]+$/.test(s));
}

/** Every text the kiosk search looks at: names of matters, departments and queues, and keywords. */
export function searchableTexts(catalog: CatalogDto): string[] {
  const texts = new Set<string>();
  for (const m of catalog.matters) {
    texts.add(m.name);
    for (const k of m.keywords) texts.add(k);
  }
  for (const d of catalog.departments) texts.add(d.name);
  for (const q of catalog.queues) texts.add(q.name);
  return [...texts].filter((t) => /\p{Script=Han}/u.test(t)).sort();
}

export function buildPinyinIndex(catalog: CatalogDto): PinyinIndexDto {
  const terms: Record<string, string> = {};
  for (const text of searchableTexts(catalog)) terms[text] = syllablesOf(text).join(' ');
  return { terms };
}

/** Rebuilt only when the catalogue's texts change; kiosks ask on every start. */
export function cachedPinyinIndex(): (catalog: CatalogDto) => PinyinIndexDto {
  let key = '';
  let index: PinyinIndexDto = { terms: {} };
  return (catalog) => {
    const texts = searchableTexts(catalog);
    const next = texts.join('\n');
    if (next !== key) {
      index = buildPinyinIndex(catalog);
      key = next;
    }
    return index;
  };
}
