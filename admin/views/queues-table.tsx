/** 管理 → 队列 Queues: one row per queue, saved row by row; read-only for supervisors. */
import { useEffect } from 'preact/hooks';
import { useAdmin } from '../context.js';
import type { QueueRowState } from '../queues-store.js';
import '../catalog-editor.css';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

type ClockKey = 'opensAt' | 'closesAt';
type NumKey = 'stopIssuingMin' | 'alertWaitMin' | 'dailyCap' | 'defaultServiceMinutes';

/** Empty: the hall's hours. A half-typed clock stays in the box until it reads HH:MM. */
function ClockCell({ row, k, off }: { row: QueueRowState; k: ClockKey; off: boolean }) {
  const { queues } = useAdmin().manage;
  return (
    <input type="text" name={k} placeholder="大厅" title="留空 = 大厅营业时间 · Empty: the hall's hours" inputMode="numeric" size={6} defaultValue={row.draft[k] ?? ''} disabled={off}
      onInput={(e) => { const t = e.currentTarget.value.trim(); if (t === '') queues.edit(row.id, k, null); else if (CLOCK.test(t)) queues.edit(row.id, k, t); }} />
  );
}

/** A number; only the wait alert may be emptied (the hall's threshold). */
function NumCell({ row, k, off }: { row: QueueRowState; k: NumKey; off: boolean }) {
  const { queues } = useAdmin().manage;
  const value = row.draft[k];
  return (
    <input type="number" name={k} min={0} value={value ?? ''} placeholder={k === 'alertWaitMin' ? '大厅' : undefined} disabled={off}
      onInput={(e) => {
        if (e.currentTarget.value.trim() === '' && k === 'alertWaitMin') { queues.edit(row.id, k, null); return; }
        const n = e.currentTarget.valueAsNumber;
        if (Number.isFinite(n)) queues.edit(row.id, k, n);
      }} />
  );
}

function Row({ row, off }: { row: QueueRowState; off: boolean }) {
  const { queues } = useAdmin().manage;
  const changed = Object.keys(queues.changes(row.id)).length;
  return (
    <>
      <tr data-testid={`queue-row-${row.id}`}>
        <td>
          <input type="text" name="prefix" class="prefix" maxLength={1} aria-label={`${row.id} 字头 · Prefix`} value={row.draft.prefix} disabled={off}
            onInput={(e) => queues.edit(row.id, 'prefix', e.currentTarget.value.trim().toUpperCase())} />
        </td>
        <td>
          <input type="text" name="name" value={row.draft.name} disabled={off} onInput={(e) => queues.edit(row.id, 'name', e.currentTarget.value)} />
          <small>{row.id}</small>
        </td>
        <td class="hours"><ClockCell row={row} k="opensAt" off={off} /> – <ClockCell row={row} k="closesAt" off={off} /></td>
        <td><NumCell row={row} k="stopIssuingMin" off={off} /></td>
        <td><NumCell row={row} k="alertWaitMin" off={off} /></td>
        <td><NumCell row={row} k="dailyCap" off={off} /></td>
        <td><NumCell row={row} k="defaultServiceMinutes" off={off} /></td>
        <td>
          <label class="check"><input type="checkbox" name="open" checked={row.draft.open} disabled={off} onChange={(e) => queues.edit(row.id, 'open', e.currentTarget.checked)} /> 开放 · Open</label>
        </td>
        <td class="row-actions">
          {!off && (
            <button type="button" class="btn primary" data-testid={`queue-save-${row.id}`} disabled={row.busy || changed === 0} onClick={() => void queues.save(row.id)}>
              保存 · Save{changed > 0 ? `（${changed}）` : ''}
            </button>
          )}
          {row.done && <span class="tag ok" role="status" data-testid={`queue-saved-${row.id}`}>已保存 · Saved</span>}
        </td>
      </tr>
      {row.problems && (
        <tr class="detail-row"><td colSpan={9}><div class="problem" role="alert" data-testid={`queue-problem-${row.id}`}>{row.problems.join(' · ')}</div></td></tr>
      )}
    </>
  );
}

export function QueuesPart() {
  const store = useAdmin();
  const { queues } = store.manage;
  const off = store.state.user.value?.role !== 'admin';
  useEffect(() => { if (!queues.rows.value) void queues.load(); }, [queues]);
  const rows = queues.rows.value;
  return (
    <section aria-labelledby="queues-title" data-testid="queues-part">
      <div class="section-head">
        <h2 id="queues-title">队列 <span>Queues</span></h2>
        {off && <p class="muted">仅管理员可修改 · Only administrators can change these</p>}
      </div>
      {queues.problem.value && <p class="problem" role="alert">{queues.problem.value}</p>}
      <p class="muted">时间留空 = 按大厅营业时间；提醒留空 = 按大厅设置；日限额 0 = 不限。· Empty hours: the hall's; empty alert: the hall's; cap 0: none.</p>
      {rows === null ? <p class="muted">正在读取… Loading…</p> : (
        <table class="devices queues-table" data-testid="queues-table">
          <thead>
            <tr>
              <th>字头 · Prefix</th><th>名称 · Name</th><th>取号时间 · Hours</th><th>提前停号（分钟）· Stop issuing (min before close)</th>
              <th>等候提醒（分钟）· Wait alert (min)</th><th>日限额 · Daily cap</th><th>平均办理（分钟）· Service (min)</th><th>状态 · State</th><th />
            </tr>
          </thead>
          <tbody>{rows.map((r) => <Row key={r.id} row={r} off={off} />)}</tbody>
        </table>
      )}
    </section>
  );
}
