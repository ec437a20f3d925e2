import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BookStore } from './book-store.js';

/** The one booking store of the page, provided by main.tsx (no module-level state to reach for). */
export const BookContext = createContext<BookStore | null>(null);

export function useBook(): BookStore {
  const store = useContext(BookContext);
  if (store === null) throw new Error('useBook outside <BookContext.Provider>');
  return store;
}
