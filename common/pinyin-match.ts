/**
 * Matching typed letters against the syllables of a Chinese text, the way pinyin keyboards
 * do: each syllable may be typed in full or cut short, so `gtgsh`, `getigongshanghu` and
 * `getigsh` all find 个体工商户. Pure and dictionary-free: the syllables come from the server.
 */

/** Letters a visitor typed, ready to match: lower case, no spaces, apostrophes or punctuation. */
export function normaliseLetters(query: string): string {
  return query.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Keyboards without ü: `lushi` as well as `lvshi` finds 律师. */
function sameLetter(typed: string, syllableLetter: string): boolean {
  return typed === syllableLetter || (typed === 'u' && syllableLetter === 'v');
}

/** How many leading letters of `query` from `qi` equal the start of `syllable`. */
function commonPrefix(query: string, qi: number, syllable: string): number {
  let k = 0;
  while (k < syllable.length && qi + k < query.length && sameLetter(query[qi + k] ?? '', syllable[k] ?? '')) k++;
  return k;
}

/**
 * Index of the first syllable from which the whole query can be typed as consecutive
 * syllable prefixes, or -1. Earlier is a better match (the visitor started at the beginning).
 */
export function matchSyllables(query: string, syllables: readonly string[]): number {
  if (query === '' || syllables.length === 0) return -1;
  for (let start = 0; start < syllables.length; start++) {
    if (matchesFrom(query, syllables, start)) return start;
  }
  return -1;
}

function matchesFrom(query: string, syllables: readonly string[], start: number): boolean {
  // failed[qi * n + si]: the rest of the query from qi cannot be typed from syllable si.
  const n = syllables.length + 1;
  const failed = new Uint8Array((query.length + 1) * n);
  const walk = (qi: number, si: number): boolean => {
    if (qi === query.length) return true;
    if (si >= syllables.length || failed[qi * n + si] === 1) return false;
    const longest = commonPrefix(query, qi, syllables[si] ?? '');
    // Longest piece first: typing a syllable in full is the usual case.
    for (let k = longest; k >= 1; k--) if (walk(qi + k, si + 1)) return true;
    failed[qi * n + si] = 1;
    return false;
  };
  return walk(0, start);
}

/** Initials of the syllables, e.g. "gtgshsldj" for 个体工商户设立登记. */
export function initialsOf(syllables: readonly string[]): string {
  return syllables.map((s) => s[0] ?? '').join('');
}
