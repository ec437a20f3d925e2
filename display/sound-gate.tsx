import { useEffect } from 'preact/hooks';
import type { DisplayStore } from './display-store.js';

/**
 * Browsers keep a page silent until someone has clicked or pressed a key on it (autoplay
 * policy): Web Audio starts suspended and speechSynthesis answers 'not-allowed'. Hall TVs
 * usually run Chromium as a kiosk with `--autoplay-policy=no-user-gesture-required`, and then
 * this never shows. Otherwise it asks once for a tap.
 *
 * It is a banner, not a curtain: many hall TVs have no touch screen or mouse, and the calls
 * must stay readable even if nobody ever taps. Any click, touch or key anywhere unlocks.
 */
export function SoundGate({ store }: { store: DisplayStore }) {
  const needed = store.voice.value.enabled && store.voice.value.needsGesture;
  useEffect(() => {
    if (!needed) return;
    const unlock = () => store.unlockSound();
    document.addEventListener('pointerdown', unlock);
    document.addEventListener('keydown', unlock);
    return () => {
      document.removeEventListener('pointerdown', unlock);
      document.removeEventListener('keydown', unlock);
    };
  }, [needed, store]);
  if (!needed) return null;
  return (
    <button type="button" class="sound-gate" data-marker="sound-gate" onClick={() => store.unlockSound()}>
      点击启用语音播报 · Tap to enable sound
    </button>
  );
}
