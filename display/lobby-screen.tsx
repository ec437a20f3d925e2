import { Connecting } from './center-message.js';
import type { DisplayStore } from './display-store.js';
import { HallHeader } from './hall-header.js';
import { callKey, latestCalls, waitingBoard } from './hall-view.js';
import { NoticeLine } from './notice-line.js';
import { NowCalling } from './now-calling.js';
import { RecentCalls } from './recent-calls.js';
import { WaitingBoard } from './waiting-board.js';

/** Calls listed under the big one; the snapshot carries 10 calls, some may be recalls of one ticket. */
export const RECENT_SHOWN = 8;

/** 综合屏: the newest call large, the calls before it, waiting counts, clock and notice. */
export function LobbyScreen({ store }: { store: DisplayStore }) {
  const s = store.hall.value;
  if (!s) return <Connecting />;
  const [newest, ...before] = latestCalls(s.recentCalls, 1 + RECENT_SHOWN);
  return (
    <div class="lobby">
      <HallHeader hall={s.hall} now={store.now} screen={{ zh: '叫号信息', en: 'Calls' }} />
      <NowCalling call={newest ?? null} highlighted={newest !== undefined && store.highlight.value === callKey(newest)} />
      <RecentCalls calls={before} />
      <WaitingBoard rows={waitingBoard(s)} />
      <NoticeLine text={s.hall.notice} />
    </div>
  );
}
