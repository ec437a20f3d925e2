import { useConsole } from '../console-context.js';
import { ActionPad } from './action-pad.js';
import { CaseToolDialog } from './case-tool-dialog.js';
import { CatalogDialog } from './catalog-dialog.js';
import { ConnectionAlert, FeedbackLine, TakenOverNotice } from './alerts.js';
import { Checklist } from './checklist.js';
import { ComplaintDialog } from './complaint-dialog.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { FinishDialog } from './finish-dialog.js';
import { ResultsPanel } from './results-panel.js';
import { MyRatings } from './my-ratings.js';
import { PauseDialog } from './pause-dialog.js';
import { TicketPanel } from './ticket-panel.js';
import { TodayStats } from './today-stats.js';
import { ToolBar } from './tool-bar.js';
import { TopBar } from './top-bar.js';
import { TransferDialog } from './transfer-dialog.js';
import { WaitingList } from './waiting-list.js';

/** The working screen: ticket and checklist on the left, the line and today's figures on the right, the pad below. */
export function Workbench() {
  const { state: s } = useConsole();
  const t = s.current.value;
  const d = s.dialog.value;
  return (
    <div class="workbench">
      <TopBar />
      <ConnectionAlert />
      <main class="work-main">
        <div class="work-left">
          <TicketPanel t={t} />
          <FeedbackLine />
          <ToolBar />
          {t?.case ? <ResultsPanel number={t.case.number} /> : t && <Checklist matter={t.matter} />}
        </div>
        <aside class="work-right">
          <WaitingList />
          <TodayStats />
          <MyRatings />
        </aside>
      </main>
      <ActionPad />
      <TakenOverNotice />
      {d?.kind === 'finish' && <FinishDialog key={t?.id} />}
      {d?.kind === 'transfer' && <TransferDialog key={t?.id} />}
      {d?.kind === 'pause' && <PauseDialog />}
      {d?.kind === 'case-tool' && <CaseToolDialog />}
      {d?.kind === 'confirm' && <ConfirmDialog d={d} />}
      {d?.kind === 'complaint' && <ComplaintDialog />}
      {d?.kind === 'catalog' && <CatalogDialog />}
    </div>
  );
}
