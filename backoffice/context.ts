import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackOfficeStore } from './store.js';

/** The page's one store, given to every view by views/app.tsx. */
export const BackOfficeContext = createContext<BackOfficeStore | null>(null);

export function useBackOffice(): BackOfficeStore {
  const store = useContext(BackOfficeContext);
  if (!store) throw new Error('useBackOffice outside <BackOfficeContext.Provider>');
  return store;
}
