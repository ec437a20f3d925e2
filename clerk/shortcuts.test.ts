import { describe, expect, it } from 'vitest';
import { ACTIONS, TOOLS } from './actions.js';
import { decideKey, SHORTCUTS, type KeyInfo } from './shortcuts.js';

const key = (code: string, more: Partial<KeyInfo> = {}): KeyInfo => ({ code, repeat: false, ctrlKey: false, altKey: false, metaKey: false, typing: false, ...more });

describe('caller-pad keys', () => {
  it('every action has exactly one key label and distinct key codes', () => {
    expect(SHORTCUTS.map((s) => s.action).sort()).toEqual([...ACTIONS, ...TOOLS].sort());
    const codes = SHORTCUTS.flatMap((s) => s.codes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maps F-keys and number-pad keys to actions', () => {
    expect(decideKey(key('F1'))).toEqual({ kind: 'action', action: 'call-next' });
    expect(decideKey(key('F5'))).toEqual({ kind: 'action', action: 'no-show' });
    expect(decideKey(key('Numpad4'))).toEqual({ kind: 'action', action: 'finish' });
    expect(decideKey(key('F8'))).toEqual({ kind: 'action', action: 'sign-off' });
  });

  it('a held key is one press: repeats are swallowed, not run again', () => {
    expect(decideKey(key('F1', { repeat: true }))).toEqual({ kind: 'swallow' });
  });

  it('leaves modified keys and other keys to the browser', () => {
    expect(decideKey(key('F5', { ctrlKey: true }))).toEqual({ kind: 'ignore' });
    expect(decideKey(key('KeyA'))).toEqual({ kind: 'ignore' });
    expect(decideKey(key('F12'))).toEqual({ kind: 'ignore' });
  });

  it('number-pad keys type digits inside a text field; F-keys still work there', () => {
    expect(decideKey(key('Numpad1', { typing: true }))).toEqual({ kind: 'ignore' });
    expect(decideKey(key('F1', { typing: true }))).toEqual({ kind: 'action', action: 'call-next' });
  });

  it('P prints the issued document and F9 opens the case tool, but P types a p inside a field', () => {
    expect(decideKey(key('KeyP'))).toEqual({ kind: 'action', action: 'print-document' });
    expect(decideKey(key('F9'))).toEqual({ kind: 'action', action: 'case-tool' });
    expect(decideKey(key('KeyP', { typing: true }))).toEqual({ kind: 'ignore' });
    expect(decideKey(key('F9', { typing: true }))).toEqual({ kind: 'action', action: 'case-tool' });
  });

  it('/ opens the catalogue search, but types a slash inside a field; no key serves two actions', () => {
    expect(decideKey(key('Slash'))).toEqual({ kind: 'action', action: 'catalog-search' });
    expect(decideKey(key('NumpadDivide'))).toEqual({ kind: 'action', action: 'catalog-search' });
    expect(decideKey(key('Slash', { typing: true }))).toEqual({ kind: 'ignore' });
    const codes = SHORTCUTS.flatMap((s) => s.codes);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
