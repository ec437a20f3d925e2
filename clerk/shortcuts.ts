import { TOOLS, type ActionId, type ToolId } from './actions.js';

export type KeyTarget = ActionId | ToolId;

export interface Shortcut {
  action: KeyTarget;
  /** What the key cap shows on screen. */
  label: string;
  /** KeyboardEvent.code values: a function key, and the number-pad key of a caller pad. */
  codes: readonly string[];
}

/**
 * F1–F8 like a caller pad, with Num1–Num8 as a second set for clerks who keep a hand on the
 * number pad. Chromium lets a page take F1 (help), F5 (reload), F6 (address bar) and F7 (caret
 * browsing) with preventDefault, so all eight are safe, and F9; F11/F12 are left to the browser.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'call-next', label: 'F1', codes: ['F1', 'Numpad1'] },
  { action: 'recall', label: 'F2', codes: ['F2', 'Numpad2'] },
  { action: 'start', label: 'F3', codes: ['F3', 'Numpad3'] },
  { action: 'finish', label: 'F4', codes: ['F4', 'Numpad4'] },
  { action: 'no-show', label: 'F5', codes: ['F5', 'Numpad5'] },
  { action: 'transfer', label: 'F6', codes: ['F6', 'Numpad6'] },
  { action: 'pause-resume', label: 'F7', codes: ['F7', 'Numpad7'] },
  { action: 'sign-off', label: 'F8', codes: ['F8', 'Numpad8'] },
  // Beside the pad: P prints the document just issued (a letter, so never while typing), F9 opens the case tool.
  { action: 'print-document', label: 'P', codes: ['KeyP'] },
  { action: 'case-tool', label: 'F9', codes: ['F9'] },
  // '/' searches, as in most web apps; F10 would open the browser menu on some systems. Never while typing.
  { action: 'catalog-search', label: '/', codes: ['Slash', 'NumpadDivide'] },
];

export const isTool = (a: KeyTarget): a is ToolId => (TOOLS as readonly string[]).includes(a);

export interface KeyInfo {
  code: string;
  repeat: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Focus is in a text field, where number-pad keys type digits. */
  typing: boolean;
}

export type KeyDecision =
  /** Run this action (a pad action or a tool). */
  | { kind: 'action'; action: KeyTarget }
  /** One of our keys, but not now (held down, auto-repeat): swallow it so the browser does not act either. */
  | { kind: 'swallow' }
  /** Not ours: let the browser have it. */
  | { kind: 'ignore' };

/**
 * Maps a key press to an action. Auto-repeat never fires an action twice (a held key is one
 * press), and keys with Ctrl/Alt/Meta stay the browser's, so Ctrl+F5 still reloads.
 */
export function decideKey(k: KeyInfo): KeyDecision {
  if (k.ctrlKey || k.altKey || k.metaKey) return { kind: 'ignore' };
  const hit = SHORTCUTS.find((s) => s.codes.includes(k.code));
  if (!hit) return { kind: 'ignore' };
  // In a text field only function keys are ours: number-pad digits and letters are typed.
  if (k.typing && !/^F\d+$/.test(k.code)) return { kind: 'ignore' };
  if (k.repeat) return { kind: 'swallow' };
  return { kind: 'action', action: hit.action };
}

export function shortcutOf(action: KeyTarget): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.action === action);
}
