import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleStore } from './console.js';

/** The page's one console store, given to every view by app.tsx. */
export const ConsoleContext = createContext<ConsoleStore | null>(null);

export function useConsole(): ConsoleStore {
  const store = useContext(ConsoleContext);
  if (!store) throw new Error('useConsole outside <ConsoleContext.Provider>');
  return store;
}
