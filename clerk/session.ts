/**
 * The clerk's session: staff sign-in (ui/staff-session.ts), then taking a window — the steps
 * before and after the working screen.
 */
import type { WindowDto } from '../contract/dto.js';
import { errorCodeOf } from '../ui/api.js';
import { errorMessage, type ApiClient } from '../ui/http.js';
import { createStaffSession, type HintStorage, type StaffSession } from '../ui/staff-session.js';
import { resetWork, type ConsoleState } from './console-state.js';
import { errorText } from './labels.js';
import type { Live } from './live.js';

export type { HintStorage };

export interface SessionDeps {
  s: ConsoleState;
  request: ApiClient;
  live: Live;
  storage: HintStorage;
  /** Tells the other tabs of this browser that this one took a window. */
  claimWindow: (windowId: number) => void;
}

export interface Session extends Omit<StaffSession, 'end'> {
  loadWindows(): Promise<void>;
  /**
   * Take a window. Another console holding it is refused (the picker then explains and offers
   * takeover); `takeover` is only sent after the clerk confirmed it.
   */
  openWindow(id: number, takeover?: boolean): Promise<void>;
  /** 签退: leave the window and end the session. The server refuses while a ticket is held. */
  signOff(): Promise<string | null>;
}

export function createSession({ s, request, live, storage, claimWindow }: SessionDeps): Session {
  const failure = (e: unknown) => errorText(errorCodeOf(e), errorMessage(e));
  const { end, ...staff } = createStaffSession({
    s, request, storage, failure,
    hintKey: 'hall-clerk-signed-in',
    expiredText: errorText('not-signed-in', ''),
    // Straight back to the window this session holds, else choose one.
    entered: async (u) => {
      if (u.windowId !== null) return openWindow(u.windowId);
      await loadWindows();
      s.screen.value = 'choose-window';
    },
    forget: () => {
      live.stop();
      resetWork(s);
    },
  });

  async function loadWindows(): Promise<void> {
    s.windows.value = await request('GET /api/windows', {});
  }

  function opened(id: number, w: WindowDto): void {
    s.refusal.value = null;
    s.takenOver.value = null;
    s.dialog.value = null;
    s.feedback.value = null;
    s.windowId.value = id;
    s.win.value = w;
    s.screen.value = 'working';
    claimWindow(id);
    live.start(id);
  }

  async function refused(id: number, e: unknown): Promise<void> {
    const code = errorCodeOf(e);
    if (code === 'not-signed-in') return;
    live.stop();
    s.takenOver.value = null;
    await loadWindows().catch(() => {});
    s.screen.value = 'choose-window';
    if (code === 'window-taken') {
      s.refusal.value = { windowId: id, holder: s.windows.value.find((w) => w.id === id)?.clerk?.name ?? null };
    } else {
      s.refusal.value = null;
      s.feedback.value = { tone: 'error', text: failure(e) };
    }
  }

  async function openWindow(id: number, takeover = false): Promise<void> {
    s.busy.value = 'open';
    try {
      opened(id, await request('POST /api/windows/:windowId/open', { params: { windowId: id }, body: takeover ? { takeover: true } : {} }));
    } catch (e) {
      await refused(id, e);
    } finally {
      s.busy.value = null;
    }
  }

  async function signOff(): Promise<string | null> {
    const id = s.windowId.value;
    s.busy.value = 'sign-off';
    try {
      if (id !== null) await request('POST /api/windows/:windowId/close', { params: { windowId: id } });
      await request('POST /api/auth/logout', {});
      end({ tone: 'ok', text: `已签退${id === null ? '' : ` ${id} 号窗`}，再见 / Signed off` });
      return null;
    } catch (e) {
      return failure(e);
    } finally {
      s.busy.value = null;
    }
  }

  return { ...staff, loadWindows, openWindow, signOff };
}
