import { CASE_STATUS_LABELS } from '../../common/case-labels.js';
import { CASE_STATUSES, type CaseStatus } from '../../contract/constants.js';
import { useBackOffice } from '../context.js';
import { URGENCY_WORDS } from '../labels.js';
import type { InboxFilter } from '../state.js';

const statusOf = (v: string): CaseStatus | null => CASE_STATUSES.find((x) => x === v) ?? null;

const DUE_CHOICES: { value: InboxFilter['due']; zh: string; en: string }[] = [
  { value: null, zh: '全部', en: 'All' },
  { value: 'soon', ...URGENCY_WORDS['due-soon'] },
  { value: 'overdue', ...URGENCY_WORDS.overdue },
];

/** The approver's departments as tabs; supervisors and admins choose any department from a list. */
export function DepartmentChoice() {
  const { state: s, actions } = useBackOffice();
  const u = s.user.value;
  const departments = s.catalog.value?.departments ?? [];
  const current = s.filter.value.departmentId;
  if (!u) return null;
  if (u.role !== 'approver') {
    return (
      <label class="field inline">
        <span>部门 Department</span>
        <select data-testid="department-select" value={current ?? ''} onChange={(e) => void actions.setFilter({ departmentId: e.currentTarget.value || null })}>
          <option value="">全部部门 All departments</option>
          {departments.map((d) => <option key={d.id} value={d.id}>{d.name} {d.nameEn}</option>)}
        </select>
      </label>
    );
  }
  const tabs = [...(u.departmentIds.length > 1 ? [null] : []), ...u.departmentIds];
  return (
    <nav class="tabs" role="tablist" aria-label="部门 Departments" data-testid="department-tabs">
      {tabs.map((id) => {
        const d = departments.find((x) => x.id === id);
        return (
          <button key={id ?? 'all'} type="button" role="tab" aria-selected={current === id} class={`tab${current === id ? ' selected' : ''}`}
            data-department={id ?? 'all'} onClick={() => void actions.setFilter({ departmentId: id })}>
            {id === null ? '全部' : (d?.name ?? id)}<small>{id === null ? 'All mine' : (d?.nameEn ?? '')}</small>
          </button>
        );
      })}
    </nav>
  );
}

export function InboxFilters() {
  const { state: s, actions } = useBackOffice();
  const f = s.filter.value;
  return (
    <div class="filters" data-testid="inbox-filters">
      <label class="field inline">
        <span>状态 Status</span>
        <select data-testid="status-filter" value={f.status ?? ''} onChange={(e) => void actions.setFilter({ status: statusOf(e.currentTarget.value) })}>
          <option value="">全部状态 Any status</option>
          {CASE_STATUSES.map((st) => <option key={st} value={st}>{CASE_STATUS_LABELS[st].zh} {CASE_STATUS_LABELS[st].en}</option>)}
        </select>
      </label>
      <div class="segmented" role="group" aria-label="时限 Deadline">
        {DUE_CHOICES.map((c) => (
          <button key={c.value ?? 'all'} type="button" class={f.due === c.value ? 'selected' : ''} aria-pressed={f.due === c.value}
            data-due={c.value ?? 'all'} onClick={() => void actions.setFilter({ due: c.value })}>
            {c.zh} <small>{c.en}</small>
          </button>
        ))}
      </div>
      <label class="check">
        <input type="checkbox" data-testid="open-only" checked={f.open} onChange={(e) => void actions.setFilter({ open: e.currentTarget.checked })} />
        仅未办结 <small>Open only</small>
      </label>
      <button type="button" class="btn" onClick={() => void actions.refresh()} disabled={s.busy.value === 'inbox'}>刷新 Refresh</button>
    </div>
  );
}
