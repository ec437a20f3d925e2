import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PadStore } from './pad-store.js';

export const PadContext = createContext<PadStore | null>(null);

export function usePad(): PadStore {
  const store = useContext(PadContext);
  if (!store) throw new Error('PadContext missing');
  return store;
}
