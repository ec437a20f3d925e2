import type { ConsoleStore } from './console.js';
import { decideKey, isTool } from './shortcuts.js';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * The caller-pad keys on the working screen. Our keys are always taken from the browser there
 * (F5 must never reload mid-service), but act only when no dialog is open: a dialog owns the
 * keyboard until it is answered.
 */
export function installShortcuts({ state, actions }: ConsoleStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (state.screen.value !== 'working') return;
    const d = decideKey({ code: e.code, repeat: e.repeat, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, typing: isTextField(e.target) });
    if (d.kind === 'ignore') return;
    e.preventDefault();
    if (d.kind !== 'action' || state.dialog.value !== null || state.takenOver.value !== null) return;
    if (isTool(d.action)) actions.tool(d.action);
    else actions.trigger(d.action);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
