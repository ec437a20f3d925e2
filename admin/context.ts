import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AdminPageStore } from './store.js';

export const AdminContext = createContext<AdminPageStore | null>(null);

export function useAdmin(): AdminPageStore {
  const store = useContext(AdminContext);
  if (!store) throw new Error('AdminContext is not provided');
  return store;
}
