/**
 * Tabs of one browser share the session cookie, so to the server they are one console. The
 * newest tab to take a window tells the others, which then stop as if taken over: the rule
 * "never two consoles on one window" holds within one browser too.
 */
const CHANNEL = 'hall-clerk-console';
const tabId = crypto.randomUUID();
let channel: BroadcastChannel | null = null;

interface Claim {
  kind: 'claim';
  tabId: string;
  windowId: number;
}

function isClaim(v: unknown): v is Claim {
  return typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'claim' && 'windowId' in v && typeof v.windowId === 'number';
}

/** Listen for other tabs taking a window; `onTaken` gets the window id they took. */
export function watchOtherTabs(onTaken: (windowId: number) => void): void {
  if (typeof BroadcastChannel === 'undefined' || channel) return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (isClaim(e.data) && e.data.tabId !== tabId) onTaken(e.data.windowId);
  };
}

export function claimWindow(windowId: number): void {
  channel?.postMessage({ kind: 'claim', tabId, windowId } satisfies Claim);
}
