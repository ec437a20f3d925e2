import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDto, PinyinIndexDto } from '../contract/dto.js';
import { buildApp } from '../server/app.js';
import { matchSyllables } from './pinyin-match.js';
import { buildSearchDocs, searchMatters, type SearchDoc } from './matter-search.js';

// The demo hall's catalogue and pinyin exactly as the server sends them to a kiosk.
let docs: SearchDoc[];
let index: PinyinIndexDto;
beforeAll(async () => {
  const app = await buildApp({ dbFile: ':memory:', seed: { password: 'demo' } });
  const catalog = (await app.inject('/api/catalog')).json<CatalogDto>();
  index = (await app.inject('/api/catalog/pinyin')).json<PinyinIndexDto>();
  await app.close();
  docs = buildSearchDocs(catalog, index);
});
afterAll(() => undefined);

const ids = (q: string, lang: 'zh' | 'en' = 'zh') => searchMatters(docs, q, lang).map((h) => h.matter.id);
const first = (q: string, lang: 'zh' | 'en' = 'zh') => ids(q, lang)[0];

describe('matching typed letters to syllables', () => {
  const gtgsh = ['ge', 'ti', 'gong', 'shang', 'hu', 'she', 'li', 'deng', 'ji'];
  it('takes initials, full syllables and any mix, from the start or mid-name', () => {
    expect(matchSyllables('gtgsh', gtgsh)).toBe(0);
    expect(matchSyllables('getigongshanghu', gtgsh)).toBe(0);
    expect(matchSyllables('getigsh', gtgsh)).toBe(0);
    expect(matchSyllables('gtgongshangh', gtgsh)).toBe(0);
    expect(matchSyllables('sldj', gtgsh)).toBe(5);
    expect(matchSyllables('dengji', gtgsh)).toBe(7);
  });

  it('refuses letters that skip a syllable or run past the end', () => {
    expect(matchSyllables('gtsh', gtgsh)).toBe(-1);
    expect(matchSyllables('jix', gtgsh)).toBe(-1);
    expect(matchSyllables('', gtgsh)).toBe(-1);
  });

  it('accepts u for ü (v), as visitors without a ü key type it', () => {
    expect(matchSyllables('lushi', ['lv', 'shi'])).toBe(0);
    expect(matchSyllables('lvshi', ['lv', 'shi'])).toBe(0);
  });
});

describe('the pinyin index from the server', () => {
  it('spells matter names with the right readings of polyphones', () => {
    expect(index.terms['个体工商户设立登记']).toBe('ge ti gong shang hu she li deng ji');
    expect(index.terms['旅行社设立许可']).toBe('lv xing she she li xu ke');
    expect(index.terms['小额贷款公司重大事项变更审核']?.split(' ').slice(0, 8)).toEqual(['xiao', 'e', 'dai', 'kuan', 'gong', 'si', 'zhong', 'da']);
    // Latin parts stay words; punctuation is dropped.
    expect(index.terms['APEC商务旅行卡申办']).toBe('apec shang wu lv xing ka shen ban');
    expect(index.terms['“办不成事”反映']).toBe('ban bu cheng shi fan ying');
  });

  it('covers every matter name', () => {
    for (const d of docs) expect(d.nameSyllables.length, d.name).toBeGreaterThan(0);
  });
});

describe('search ranking', () => {
  it('finds 个体工商户 by initials, full pinyin and a mix', () => {
    for (const q of ['gtgsh', 'getigongshanghu', 'getigsh', 'GTGSH', 'ge ti gong']) expect(first(q), q).toBe('market-001');
  });

  it('puts a name that starts with the Chinese words before names that only contain them, and those before keywords', () => {
    const found = ids('营业执照');
    // 营业执照遗失补领 starts with it; 个体工商户 and 公司设立 have it as a keyword.
    expect(found[0]).toBe('market-008');
    expect(found).toContain('market-001');
    expect(found).toContain('market-002');
    expect(found.indexOf('market-008')).toBeLessThan(found.indexOf('market-001'));
  });

  it('finds by what visitors say rather than the official name (keywords)', () => {
    expect(first('开店')).toBe('market-001');
    expect(first('二手房')).toBe('real-estate-001');
    const hit = searchMatters(docs, '开店')[0];
    expect(hit).toMatchObject({ on: 'keyword', keyword: '开店' });
    expect(first('ktv')).toBe('general-livelihood-008');
  });

  it('ranks a pinyin match in the name above one in a keyword', () => {
    // 身份证 is in both names (居民身份证换领, 临时居民身份证申领) and keywords.
    const found = ids('sfz');
    expect(found.slice(0, 2)).toEqual(['public-security-001', 'public-security-002']);
    expect(first('lushi')).toBe('legal-002');
    expect(ids('lushi')).toContain('legal-001');
  });

  it('finds a polyphone by its reading in context', () => {
    expect(first('lxs')).toBe('general-livelihood-007');
    expect(first('luxingshe')).toBe('general-livelihood-007');
    expect(first('xedkgs')).toBe('general-livelihood-020');
    expect(ids('xedkgc')).not.toContain('general-livelihood-020');
  });

  it('finds the matters of a department by its Chinese name or its initials', () => {
    const byName = ids('公安局');
    expect(byName.length).toBe(8);
    expect(byName.every((id) => id.startsWith('public-security-'))).toBe(true);
    expect(ids('gaj').filter((id) => id.startsWith('public-security-')).length).toBe(8);
  });

  it('matches words out of order or with gaps in a Chinese name, below direct matches', () => {
    expect(first('个体登记')).toBe('market-001');
    const hit = searchMatters(docs, '个体登记')[0];
    expect(hit?.score).toBeLessThan(searchMatters(docs, '个体')[0]?.score ?? 0);
  });

  it('finds English words, first in English mode', () => {
    expect(first('passport', 'en')).toBe('public-security-003');
    expect(first('teacher', 'en')).toBe('general-livelihood-011');
    expect(ids('passport', 'zh')).toContain('public-security-003');
  });

  it('returns nothing for an empty query or letters that spell nothing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('qqqzzz')).toEqual([]);
    expect(ids('火星')).toEqual([]);
  });
});
