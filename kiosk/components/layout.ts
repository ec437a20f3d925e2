/** How many items a screen shows at once: fewer and larger in elderly mode, per orientation. */
import type { KioskState } from '../state.js';

export type ListKind = 'tiles' | 'rows' | 'departments';

export function pageSize({ elderly, portrait }: KioskState, kind: ListKind): number {
  const big = elderly.value;
  const tall = portrait.value;
  switch (kind) {
    case 'tiles':
      return big ? (tall ? 8 : 6) : 16;
    case 'departments':
      return big ? 6 : (tall ? 16 : 15);
    case 'rows':
      return big ? (tall ? 5 : 3) : (tall ? 8 : 5);
  }
}

export function currentPage({ pages }: KioskState, list: string): number {
  return pages.value.get(list) ?? 0;
}

export function setPage({ pages }: KioskState, list: string, page: number): void {
  const next = new Map(pages.value);
  next.set(list, page);
  pages.value = next;
}
