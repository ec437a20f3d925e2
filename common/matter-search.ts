/**
 * Finding the matter a visitor came for, by what they know of it: its name or part of it, a
 * word they would use (keywords such as 开店), the department, or pinyin — full, initials,
 * or a mix. Ranking puts what the visitor most likely meant first; pure, so it is unit-tested.
 */
import type { CatalogDto, MatterDto, PinyinIndexDto } from '../contract/dto.js';
import { initialsOf, matchSyllables, normaliseLetters } from './pinyin-match.js';

export type MatchedOn = 'name' | 'keyword' | 'department' | 'queue' | 'english';

export interface SearchDoc {
  matter: MatterDto;
  /** Catalogue order: ties keep the hall's own ordering. */
  order: number;
  name: string;
  keywords: string[];
  department: string;
  queue: string;
  english: string;
  nameSyllables: string[];
  keywordSyllables: string[][];
  departmentSyllables: string[];
}

export interface SearchHit {
  matter: MatterDto;
  score: number;
  on: MatchedOn;
  /** The keyword that matched, when `on` is 'keyword'. */
  keyword?: string;
}

const HAN = /\p{Script=Han}/u;

/** Syllables from the server's index; a text without Chinese (KTV, ODI) is its own words. */
function syllablesFor(index: PinyinIndexDto, text: string): string[] {
  const spaced = index.terms[text];
  if (spaced) return spaced.split(' ');
  return HAN.test(text) ? [] : text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** The letters spell the whole text: every syllable in full, or every initial. */
function typedWhole(letters: string, syllables: readonly string[]): boolean {
  const joined = syllables.join('');
  return letters === joined || letters === joined.replace(/v/g, 'u') || letters === initialsOf(syllables);
}

export function buildSearchDocs(catalog: CatalogDto, index: PinyinIndexDto): SearchDoc[] {
  const departments = new Map(catalog.departments.map((d) => [d.id, d]));
  const queues = new Map(catalog.queues.map((q) => [q.id, q]));
  return catalog.matters.map((m, order) => {
    const department = departments.get(m.departmentId);
    const queue = queues.get(m.queueId);
    return {
      matter: m, order, name: m.name, keywords: m.keywords,
      department: department?.name ?? '', queue: queue?.name ?? '',
      english: [m.nameEn, department?.nameEn ?? '', queue?.nameEn ?? ''].join(' ').toLowerCase(),
      nameSyllables: syllablesFor(index, m.name),
      keywordSyllables: m.keywords.map((k) => syllablesFor(index, k)),
      departmentSyllables: syllablesFor(index, department?.name ?? ''),
    };
  });
}

interface Scored {
  score: number;
  on: MatchedOn;
  keyword?: string;
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/** Chinese typed: the visitor knows (part of) the words. */
function scoreChinese(doc: SearchDoc, q: string): Scored | null {
  let best: Scored | null = null;
  if (doc.name === q) best = { score: 1000, on: 'name' };
  else if (doc.name.startsWith(q)) best = { score: 900, on: 'name' };
  else if (doc.name.includes(q)) best = { score: 850 - Math.min(40, doc.name.indexOf(q)), on: 'name' };
  for (const k of doc.keywords) {
    if (k === q) best = better(best, { score: 800, on: 'keyword', keyword: k });
    else if (k.includes(q) || (q.length >= 2 && q.includes(k))) best = better(best, { score: 700, on: 'keyword', keyword: k });
  }
  if (doc.department.includes(q)) best = better(best, { score: 500, on: 'department' });
  if (doc.queue.includes(q)) best = better(best, { score: 450, on: 'queue' });
  // Words in another order or with gaps, e.g. 个体登记 for 个体工商户设立登记.
  if (!best && q.length >= 2 && isSubsequence(q, doc.name)) best = { score: 300, on: 'name' };
  return best;
}

/** Letters typed: pinyin (initials, full or mixed), or English words. */
function scoreLetters(doc: SearchDoc, letters: string, english: string, lang: 'zh' | 'en'): Scored | null {
  let best: Scored | null = null;
  if (letters !== '') {
    const at = matchSyllables(letters, doc.nameSyllables);
    if (at === 0) {
      // The whole name typed, in full or as initials, is as good as typing it in Chinese.
      best = { score: typedWhole(letters, doc.nameSyllables) ? 950 : 880, on: 'name' };
    } else if (at > 0) {
      best = { score: 840 - Math.min(40, at * 5), on: 'name' };
    }
    doc.keywordSyllables.forEach((syllables, i) => {
      const k = matchSyllables(letters, syllables);
      if (k < 0) return;
      // A keyword typed in full (lushi → 律师) says more than letters found mid-way in a name.
      const score = typedWhole(letters, syllables) ? 845 : k === 0 ? 720 : 660;
      best = better(best, { score, on: 'keyword', keyword: doc.keywords[i] ?? '' });
    });
    if (matchSyllables(letters, doc.departmentSyllables) >= 0) best = better(best, { score: 480, on: 'department' });
  }
  if (english.length >= 2) {
    const words = doc.english.split(/[^a-z0-9]+/);
    const wordStart = words.some((w) => w.startsWith(english)) || doc.english.startsWith(english);
    const inside = doc.english.includes(english);
    // In English mode English words are what the visitor meant; in Chinese mode pinyin is.
    const base = lang === 'en' ? 870 : 600;
    if (wordStart) best = better(best, { score: base, on: 'english' });
    else if (inside && english.length >= 3) best = better(best, { score: base - 150, on: 'english' });
  }
  return best;
}

function isSubsequence(needle: string, hay: string): boolean {
  const wanted = [...needle];
  let i = 0;
  for (const ch of hay) if (ch === wanted[i]) i++;
  return i === wanted.length;
}

export function searchMatters(docs: readonly SearchDoc[], query: string, lang: 'zh' | 'en' = 'zh'): SearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const chinese = HAN.test(q);
  const letters = normaliseLetters(q);
  const english = q.toLowerCase().replace(/\s+/g, ' ');
  const found: { doc: SearchDoc; hit: SearchHit }[] = [];
  for (const doc of docs) {
    const s = chinese ? scoreChinese(doc, q) : scoreLetters(doc, letters, english, lang);
    if (!s) continue;
    const hit: SearchHit = { matter: doc.matter, score: s.score, on: s.on };
    if (s.keyword !== undefined) hit.keyword = s.keyword;
    found.push({ doc, hit });
  }
  // Among equals the shorter name is the closer match (the query is more of it), then hall order.
  found.sort((a, b) => b.hit.score - a.hit.score || a.doc.name.length - b.doc.name.length || a.doc.order - b.doc.order);
  return found.map((f) => f.hit);
}
