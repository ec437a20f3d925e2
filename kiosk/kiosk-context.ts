import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Kiosk } from './kiosk.js';

/** The one kiosk of the page, provided by main.tsx (no module-level state to reach for). */
export const KioskContext = createContext<Kiosk | null>(null);

export function useKiosk(): Kiosk {
  const kiosk = useContext(KioskContext);
  if (kiosk === null) throw new Error('useKiosk outside <KioskContext.Provider>');
  return kiosk;
}
