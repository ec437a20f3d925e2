/** [3, 4, 5, 8] → "3–5、8" (zh) or "3–5, 8" (en); "" for none. */
export function windowRanges(numbers: readonly number[], lang: 'zh' | 'en'): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i];
    const last = sorted[j];
    parts.push(j - i >= 2 ? `${first}–${last}` : j === i ? `${first}` : `${first}${lang === 'zh' ? '、' : ', '}${last}`);
    i = j + 1;
  }
  return parts.join(lang === 'zh' ? '、' : ', ');
}
