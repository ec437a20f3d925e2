import type { CaseSummaryDto } from '../../contract/dto.js';
import { useBackOffice } from '../context.js';
import { atHall, deadlineText, progressText } from '../format.js';
import { StatusTag, UrgencyBadge } from './badges.js';
import { DepartmentChoice, InboxFilters } from './inbox-filters.js';

function DaysLeft({ c }: { c: CaseSummaryDto }) {
  if (c.status === 'supplement-requested') return <small>时限暂停 Clock stopped</small>;
  if (c.workingDaysLeft === null) return null;
  if (c.workingDaysLeft < 0 || c.urgency === 'overdue') return <small class="late">超期 {Math.abs(c.workingDaysLeft)} 个工作日</small>;
  return <small>剩余 {c.workingDaysLeft} 个工作日</small>;
}

function Row({ c, timeZone }: { c: CaseSummaryDto; timeZone: string | undefined }) {
  const { actions } = useBackOffice();
  const open = () => void actions.openCase(c.number);
  return (
    <tr data-case={c.number} data-urgency={c.urgency} tabIndex={0} onClick={open} onKeyDown={(e) => { if (e.key === 'Enter') open(); }}>
      <td><a href={`#${c.number}`} class="case-number" onClick={(e) => { e.preventDefault(); open(); }}>{c.number}</a></td>
      <td>{c.matterName}<small>{c.matterNameEn}</small></td>
      <td>{c.applicantName}</td>
      <td>{atHall(c.acceptedAt, timeZone)}</td>
      <td title={deadlineText(c).zh}>{c.dueDay}<DaysLeft c={c} /></td>
      <td><UrgencyBadge urgency={c.urgency} /></td>
      <td><StatusTag status={c.status} /></td>
      <td data-testid="progress">{c.progress.total > 1 ? <>{progressText(c.progress).zh}<small>{progressText(c.progress).en}</small></> : <small>单部门 Single</small>}</td>
    </tr>
  );
}

export function InboxPage() {
  const { state: s } = useBackOffice();
  const cases = s.cases.value;
  const timeZone = s.catalog.value?.hall.timeZone;
  return (
    <main class="page" data-testid="inbox">
      <div class="inbox-head">
        <h2>待办件 <small>Inbox</small></h2>
        <DepartmentChoice />
      </div>
      <InboxFilters />
      <table class="cases" aria-busy={s.busy.value === 'inbox'}>
        <thead>
          <tr>
            <th>办件编号<small>Case</small></th><th>事项<small>Matter</small></th><th>申请人<small>Applicant</small></th>
            <th>受理时间<small>Accepted</small></th><th>办结期限<small>Due</small></th><th>时限<small>Urgency</small></th>
            <th>状态<small>Status</small></th><th>联审进度<small>Joint steps</small></th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => <Row key={c.number} c={c} timeZone={timeZone} />)}
        </tbody>
      </table>
      {cases.length === 0 && s.busy.value !== 'inbox' && <p class="empty" data-testid="inbox-empty">没有符合条件的办件 · No cases match</p>}
      <p class="muted count">共 {cases.length} 件 · {cases.length} cases</p>
    </main>
  );
}
