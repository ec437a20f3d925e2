/**
 * Tabs of one browser share the session cookie, so to the server they are one console. The
 * newest tab to take a window tells the others, which then stop as if taken over: the rule
 * "never two consoles on one window" holds within one browser too.
 */
export const TAB_CHANNEL = 'hall-clerk-console';

export interface TabLock {
  /** Tell the other tabs this one took the window. */
  claim(windowId: number): void;
  close(): void;
}

/** Opens the lock; `onTaken` gets the window id another tab took. */
export type TabLockFactory = (onTaken: (windowId: number) => void) => TabLock;

interface Claim {
  kind: 'claim';
  tabId: string;
  windowId: number;
}

function isClaim(v: unknown): v is Claim {
  return typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'claim' && 'windowId' in v && typeof v.windowId === 'number';
}

/** One BroadcastChannel per console; tests give each simulated browser its own channel name. */
export function broadcastTabLock(channelName = TAB_CHANNEL): TabLockFactory {
  return (onTaken) => {
    if (typeof BroadcastChannel === 'undefined') return { claim: () => {}, close: () => {} };
    const tabId = crypto.randomUUID();
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (e: MessageEvent<unknown>) => {
      if (isClaim(e.data) && e.data.tabId !== tabId) onTaken(e.data.windowId);
    };
    return {
      claim: (windowId) => channel.postMessage({ kind: 'claim', tabId, windowId } satisfies Claim),
      close: () => channel.close(),
    };
  };
}
