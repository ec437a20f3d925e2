import type { CatalogDto } from '../../contract/dto.js';

/** Every text the kiosk search looks at: names of matters, departments and queues, and keywords (the Chinese ones, sorted). */
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
