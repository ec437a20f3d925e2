/**
 * How every 管理 form sends: one request at a time (a second click while one is out does nothing),
 * `busy` while it runs, and the server's words in `problem` when it is refused (cleared otherwise).
 */
import type { Signal } from '@preact/signals';

export interface RequestState {
  busy: Signal<boolean>;
  problem: Signal<string | null>;
}

/** True when `work` went through; false when refused (the problem is shown) or another request is out. */
export async function oneRequest(state: RequestState, failure: (e: unknown) => string, work: () => Promise<void>): Promise<boolean> {
  if (state.busy.value) return false;
  state.busy.value = true;
  state.problem.value = null;
  try {
    await work();
    return true;
  } catch (e) {
    state.problem.value = failure(e);
    return false;
  } finally {
    state.busy.value = false;
  }
}
