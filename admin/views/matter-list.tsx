/** 事项 list: filter by name or id and by department; choosing one opens its editor. */
import { useAdmin } from '../context.js';

export function MatterList() {
  const { matters } = useAdmin().manage;
  const cat = matters.catalog.value;
  const shown = matters.shown.value;
  const depName = new Map((cat?.departments ?? []).map((d) => [d.id, d.name]));
  return (
    <div class="matter-list card" data-testid="matter-list">
      <div class="matter-filter">
        <label class="field">搜索 · Search
          <input type="search" name="matter-query" placeholder="名称或编号 · Name or id" value={matters.query.value}
            onInput={(e) => matters.filter(e.currentTarget.value)} />
        </label>
        <label class="field">部门 · Department
          <select name="matter-department" value={matters.department.value} onChange={(e) => matters.filter(matters.query.value, e.currentTarget.value)}>
            <option value="">全部部门 · All</option>
            {(cat?.departments ?? []).map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
      </div>
      <p class="muted">{shown.length} 项 · {shown.length} matter(s)</p>
      <ul>
        {shown.map((m) => (
          <li key={m.id}>
            <button type="button" class={`matter-pick${m.id === matters.openId.value ? ' current' : ''}`} data-testid={`matter-pick-${m.id}`}
              aria-pressed={m.id === matters.openId.value} onClick={() => matters.open(m.id)}>
              <strong>{m.name}</strong>
              <small>{m.id} · {depName.get(m.departmentId) ?? m.departmentId}{m.handledBy === 'district' ? ' · 区级' : ''}</small>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
