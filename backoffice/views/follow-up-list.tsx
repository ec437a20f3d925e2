import { COMPLAINT_CATEGORY_LABELS, RATING_LEVEL_LABELS, RATING_REASON_LABELS, RECTIFICATION_STATUS_LABELS } from '../../common/rating-labels.js';
import type { Bilingual } from '../../common/labels.js';
import { RATING_LEVELS } from '../../contract/constants.js';
import { useBackOffice } from '../context.js';
import type { FollowUpRow } from '../follow-up-types.js';
import { FOLLOW_UP_KIND_WORDS } from '../labels.js';

/** The level's words (the schema types a level as a number: 1–5). */
export function levelWords(n: number): Bilingual {
  const level = RATING_LEVELS.find((x) => x === n);
  return level ? RATING_LEVEL_LABELS[level] : { zh: String(n), en: String(n) };
}

/** 不满意 · 等候时间长、态度不好 — or the complaint's category. */
export function WhatWasSaid({ r }: { r: Pick<FollowUpRow, 'level' | 'reasons' | 'category'> }) {
  if (r.category) {
    const c = COMPLAINT_CATEGORY_LABELS[r.category];
    return <>{c.zh}<small>{c.en}</small></>;
  }
  if (r.level === null) return null;
  const l = levelWords(r.level);
  const reasons = r.reasons.map((x) => RATING_REASON_LABELS[x]);
  return (
    <>
      <strong class={`level level-${r.level}`}>{l.zh}</strong>
      {reasons.length > 0 && <span class="reasons"> · {reasons.map((x) => x.zh).join('、')}</span>}
      <small>{l.en}{reasons.length > 0 && `: ${reasons.map((x) => x.en).join(', ')}`}</small>
    </>
  );
}

export function FollowUpStatus({ r }: { r: Pick<FollowUpRow, 'status'> }) {
  const w = RECTIFICATION_STATUS_LABELS[r.status];
  return <span class={`tag follow-up-${r.status}`} data-status={r.status}>{w.zh}<small>{w.en}</small></span>;
}

export function OverdueBadge() {
  return <span class="badge urgency-overdue" data-testid="overdue">已超期<small>Overdue</small></span>;
}

function Row({ r }: { r: FollowUpRow }) {
  const { actions } = useBackOffice();
  const open = () => void actions.openFollowUp(r.id);
  const kind = FOLLOW_UP_KIND_WORDS[r.kind];
  return (
    <tr data-follow-up={r.id} data-number={r.number ?? ''} data-overdue={r.overdue} tabIndex={0} onClick={open} onKeyDown={(e) => { if (e.key === 'Enter') open(); }}>
      <td><span class={`kind kind-${r.kind}`}>{kind.zh}</span><small>{kind.en}</small></td>
      <td>
        <a href={`#follow-up-${r.id}`} class="case-number" onClick={(e) => { e.preventDefault(); open(); }}>{r.number ?? r.caseNumber ?? `#${r.id}`}</a>
        {r.number && r.caseNumber && <small>{r.caseNumber}</small>}
      </td>
      <td>{r.departmentName}</td>
      <td>{r.windowNumber === null ? '—' : `${r.windowNumber} 号`}</td>
      <td><WhatWasSaid r={r} /></td>
      <td><FollowUpStatus r={r} /></td>
      <td data-testid="due"><span class={r.overdue ? 'late' : ''}>{r.dueDate}</span>{r.overdue && <> <OverdueBadge /></>}</td>
    </tr>
  );
}

export function FollowUpList() {
  const { state: s, actions } = useBackOffice();
  const rows = s.followUps.value;
  const loading = s.busy.value === 'follow-ups';
  const u = s.user.value;
  const scope = u?.role === 'approver' ? '本部门 Your departments' : '全部部门 Every department';
  return (
    <main class="page" data-testid="follow-ups">
      <div class="inbox-head">
        <h2>整改事项 <small>Follow-ups of bad ratings and complaints</small></h2>
        <span class="muted">{scope}</span>
      </div>
      <div class="filters">
        <label class="check">
          <input type="checkbox" data-testid="follow-ups-open-only" checked={s.followUpsOpenOnly.value}
            onChange={(e) => void actions.setFollowUpsOpenOnly(e.currentTarget.checked)} />
          仅未办结 <small>Open only</small>
        </label>
        <button type="button" class="btn" onClick={() => void actions.refreshFollowUps()} disabled={loading}>刷新 Refresh</button>
        <span class="muted">超期在前，按到期日排序 · Overdue first, then by due date</span>
      </div>
      <table class="cases follow-ups" aria-busy={loading}>
        <thead>
          <tr>
            <th>类型<small>Kind</small></th><th>排队号/办件号<small>Ticket / case</small></th><th>部门<small>Department</small></th>
            <th>窗口<small>Window</small></th><th>评价 / 投诉类别<small>Rating / complaint</small></th>
            <th>状态<small>Status</small></th><th>到期<small>Due</small></th>
          </tr>
        </thead>
        <tbody>{rows.map((r) => <Row key={r.id} r={r} />)}</tbody>
      </table>
      {rows.length === 0 && !loading && <p class="empty" data-testid="follow-ups-empty">没有整改事项 · No follow-up items</p>}
      <p class="muted count">共 {rows.length} 项 · {rows.length} items</p>
    </main>
  );
}
