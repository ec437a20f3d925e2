/** 审计 Audit log: a range of hall-local days, one action or all, each change as before → after lines; exports CSV. */
import { useEffect } from 'preact/hooks';
import { hallDateTime } from '../common/hall-time.js';
import type { CatalogDto } from '../contract/dto.js';
import { detailLines, type AuditEntryDto, type NameOf } from './audit-detail.js';
import { useAdmin } from './context.js';
import type { CsvTable } from './csv-download.js';
import { AUDIT_ACTION_LABELS } from './labels.js';
import { CsvButton } from './views/csv-button.js';
import './people.css';

const actionText = (code: string): string => AUDIT_ACTION_LABELS[code] ?? code;

/** Queues and departments by their names as the catalogue has them now. */
function namesIn(catalog: CatalogDto | null): NameOf {
  const queues = new Map(catalog?.queues.map((q) => [q.id, q.name]));
  const departments = new Map(catalog?.departments.map((d) => [d.id, d.name]));
  return (field, id) => (/queueIds$/.test(field) ? queues.get(id) : field === 'departmentIds' ? departments.get(id) : undefined) ?? id;
}

function tableOf(entries: readonly AuditEntryDto[], tz: string, nameOf: NameOf): CsvTable {
  return {
    header: ['时间 time', '操作人 who', '操作 action', '代码 code', '变更 change'],
    rows: entries.map((e) => [hallDateTime(Date.parse(e.at), tz), e.actorName, actionText(e.action), e.action, detailLines(e.detail, nameOf).join('\n')]),
  };
}

export function AuditSection() {
  const store = useAdmin();
  const { audit } = store.manage;
  const tz = store.state.catalog.value?.hall.timeZone ?? 'Asia/Shanghai';
  const nameOf = namesIn(store.state.catalog.value);
  useEffect(() => { void audit.load(); }, [audit]);
  const entries = audit.entries.value;
  return (
    <section aria-labelledby="audit-title" data-testid="audit-section">
      <div class="section-head">
        <h2 id="audit-title">审计日志 <span>Audit log</span></h2>
        {entries && <CsvButton name={`audit-${audit.from.value}-${audit.to.value}`} testId="audit-csv" table={() => tableOf(entries, tz, nameOf)} />}
      </div>
      <form class="card audit-filter" data-testid="audit-filter" onSubmit={(e) => { e.preventDefault(); void audit.load(); }}>
        <label class="field">从 · From
          <input type="date" name="from" value={audit.from.value} onChange={(e) => void audit.load({ from: e.currentTarget.value })} />
        </label>
        <label class="field">至 · To
          <input type="date" name="to" value={audit.to.value} onChange={(e) => void audit.load({ to: e.currentTarget.value })} />
        </label>
        <label class="field">操作 · Action
          <select name="action" value={audit.action.value ?? ''} onChange={(e) => void audit.load({ action: e.currentTarget.value === '' ? null : e.currentTarget.value })}>
            <option value="">全部 · All</option>
            {audit.actions.value.map((a) => <option key={a} value={a}>{actionText(a)} · {a}</option>)}
          </select>
        </label>
      </form>
      {audit.problem.value && <p class="problem" role="alert" data-testid="audit-problem">{audit.problem.value}</p>}
      {entries === null ? <p class="muted">正在读取… Loading…</p> : entries.length === 0 ? <p class="muted" data-testid="audit-empty">此期间没有记录 · Nothing recorded in this range</p> : (
        <table class="devices audit-table" data-testid="audit-table">
          <thead><tr><th>时间 · Time</th><th>操作人 · Who</th><th>操作 · Action</th><th>变更 · Change</th></tr></thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`} data-action={e.action}>
                <td class="when">{hallDateTime(Date.parse(e.at), tz)}</td>
                <td>{e.actorName}</td>
                <td>{actionText(e.action)}<small>{e.action}</small></td>
                <td class="change">{detailLines(e.detail, nameOf).map((l, j) => <div key={j}>{l}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
