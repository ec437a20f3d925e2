/** How many items a screen shows at once: fewer and larger in elderly mode, per orientation. */
import { elderly, pages, portrait } from '../state.js';

export type ListKind = 'tiles' | 'rows' | 'departments';

export function pageSize(kind: ListKind): number {
  const big = elderly.value;
  const tall = portrait.value;
  switch (kind) {
    case 'tiles':
      return big ? (tall ? 8 : 6) : 16;
    case 'departments':
      return big ? (tall ? 6 : 6) : (tall ? 12 : 12);
    case 'rows':
      return big ? (tall ? 5 : 4) : (tall ? 8 : 10);
  }
}

export function currentPage(list: string): number {
  return pages.value.get(list) ?? 0;
}

export function setPage(list: string, page: number): void {
  const next = new Map(pages.value);
  next.set(list, page);
  pages.value = next;
}
