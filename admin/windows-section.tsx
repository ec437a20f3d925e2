/** 窗口 Windows: each window's queues and overflow as chips; an administrator edits one at a time or adds one. */
import { useEffect } from 'preact/hooks';
import type { QueueDto } from '../contract/dto.js';
import { useAdmin } from './context.js';
import type { QueueRole } from './windows-store.js';
import './people.css';

function Chips({ ids, queues, overflow = false }: { ids: readonly string[]; queues: readonly QueueDto[]; overflow?: boolean }) {
  if (ids.length === 0) return <span class="muted">—</span>;
  return (
    <span class="chips">
      {ids.map((id) => <span key={id} class={`chip${overflow ? ' overflow' : ''}`} title={id}>{queues.find((q) => q.id === id)?.name ?? id}</span>)}
    </span>
  );
}

function QueueChecks({ role, title }: { role: QueueRole; title: string }) {
  const store = useAdmin();
  const { windows } = store.manage;
  const queues = store.state.catalog.value?.queues ?? [];
  const draft = windows.editing.value?.draft;
  if (!draft) return null;
  const ticked = role === 'own' ? draft.queueIds : draft.overflowQueueIds;
  const order = queues.map((q) => q.id);
  return (
    <fieldset class="settings-group checks" data-testid={`window-${role}-queues`}>
      <legend>{title}</legend>
      {queues.map((q) => (
        <label key={q.id} class="check">
          <input type="checkbox" value={q.id} checked={ticked.includes(q.id)}
            onChange={(e) => windows.toggleQueue(role, q.id, e.currentTarget.checked, order)} />
          {q.name} <small>{q.nameEn} · {q.prefix}</small>
        </label>
      ))}
    </fieldset>
  );
}

function WindowForm() {
  const { windows } = useAdmin().manage;
  const e = windows.editing.value;
  if (!e) return null;
  return (
    <form class="card window-form" data-testid="window-form" onSubmit={(ev) => { ev.preventDefault(); void windows.save(); }}>
      <h3>{e.isNew ? '新增窗口 · New window' : `修改 ${e.draft.number} 号窗口 · Edit window ${e.draft.number}`}</h3>
      <div class="form-row">
        {e.isNew && (
          <label class="field">窗口号 · Number
            <input type="number" name="number" min={1} max={999} value={e.draft.number} onInput={(ev) => windows.setField('number', ev.currentTarget.valueAsNumber)} />
          </label>
        )}
        <label class="field">名称 · Name
          <input type="text" name="name" maxLength={60} value={e.draft.name} onInput={(ev) => windows.setField('name', ev.currentTarget.value)} />
        </label>
        <label class="field">英文名称 · English name
          <input type="text" name="nameEn" maxLength={100} value={e.draft.nameEn} onInput={(ev) => windows.setField('nameEn', ev.currentTarget.value)} />
        </label>
      </div>
      <div class="form-row">
        <QueueChecks role="own" title="本窗口队列 · Queues served" />
        <QueueChecks role="overflow" title="空闲时兼办（溢出）· Overflow when idle" />
      </div>
      {windows.problem.value && <p class="problem" role="alert" data-testid="window-problem">{windows.problem.value}</p>}
      <div class="actions">
        <button type="submit" class="btn primary" data-testid="window-save" disabled={windows.busy.value || e.draft.queueIds.length === 0}>保存 · Save</button>
        <button type="button" class="btn" onClick={() => windows.cancel()}>取消 · Cancel</button>
      </div>
    </form>
  );
}

export function WindowsSection() {
  const store = useAdmin();
  const { windows } = store.manage;
  const readOnly = store.state.user.value?.role !== 'admin';
  const queues = store.state.catalog.value?.queues ?? [];
  useEffect(() => { void windows.load(); }, [windows]);
  const list = windows.windows.value;
  return (
    <section aria-labelledby="windows-title" data-testid="windows-section">
      <div class="section-head">
        <h2 id="windows-title">窗口 <span>Windows</span></h2>
        {readOnly ? <p class="muted">仅管理员可修改 · Only administrators can change these</p>
          : <button type="button" class="btn primary" data-testid="window-new" onClick={() => windows.startNew()}>新增窗口 · New window</button>}
      </div>
      {!windows.editing.value && windows.problem.value && <p class="problem" role="alert">{windows.problem.value}</p>}
      {windows.editing.value?.isNew && <WindowForm />}
      {list === null ? <p class="muted">正在读取… Loading…</p> : (
        <table class="devices windows-table">
          <thead><tr><th>窗口 · No.</th><th>名称 · Name</th><th>队列 · Queues</th><th>溢出 · Overflow</th>{!readOnly && <th />}</tr></thead>
          <tbody>
            {list.map((w) => [
              <tr key={w.number} data-window={w.number}>
                <td class="num">{w.number}</td>
                <td>{w.name}<small>{w.nameEn}</small></td>
                <td><Chips ids={w.queueIds} queues={queues} /></td>
                <td><Chips ids={w.overflowQueueIds} queues={queues} overflow /></td>
                {!readOnly && <td><button type="button" class="btn" data-testid="window-edit" onClick={() => windows.edit(w.number)}>修改 · Edit</button></td>}
              </tr>,
              windows.editing.value?.isNew === false && windows.editing.value.draft.number === w.number
                ? <tr key={`${w.number}-edit`} class="detail-row"><td colSpan={5}><WindowForm /></td></tr> : null,
            ])}
          </tbody>
        </table>
      )}
    </section>
  );
}
