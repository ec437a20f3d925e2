/**
 * 排班 Roster (管理 → 排班): the week template as a grid of windows × Monday–Sunday, and the plan of
 * a chosen day with its overrides. Administrators click a cell to edit it in place; supervisors read.
 */
import { useEffect } from 'preact/hooks';
import { spansLabel, WEEKDAY_LABELS, type Span } from '../common/roster-spans.js';
import type { RosterDayDto } from '../contract/routes-roster.js';
import { useAdmin } from './context.js';
import type { RosterEditor } from './roster-store.js';
import './roster.css';

const SOURCE_LABEL: Record<RosterDayDto['windows'][number]['source'], string> = {
  template: '模板 Template', override: '当日调整 Override', holiday: '节假日 Holiday',
};
const KIND_LABEL: Record<RosterDayDto['kind'], string> = {
  workday: '工作日 Working day', weekend: '周末 Weekend', holiday: '节假日 Public holiday（不排班，除非当日调整）', 'make-up': '调休上班 Make-up working day（按周一模板）',
};

/** The cell being typed in: Enter saves, Escape gives up. */
function CellInput({ roster, onSave }: { roster: RosterEditor; onSave: () => void }) {
  const e = roster.editing.value;
  if (!e) return null;
  return (
    <span class="cell-edit">
      <input type="text" value={e.text} maxLength={120} autoFocus aria-label="时段 Spans" placeholder="08:30-12:00, 13:30-17:30 · 休" data-testid="roster-cell-input"
        onInput={(ev) => roster.setText(ev.currentTarget.value)}
        onKeyDown={(ev) => { if (ev.key === 'Enter') { ev.preventDefault(); onSave(); } else if (ev.key === 'Escape') roster.cancel(); }} />
      {e.problem && <small class="error" role="alert" data-testid="roster-cell-problem">{e.problem}</small>}
    </span>
  );
}

/** One span a line, never broken inside (the " · " is kept for copying and screen readers, not shown). */
function SpansShown({ spans }: { spans: readonly Span[] }) {
  if (spans.length === 0) return <span class="closed-day">休 <small>closed</small></span>;
  return <>{spans.map((s, i) => <span key={i}>{i > 0 && <span class="sep"> · </span>}<span class="span">{spansLabel([s])}</span></span>)}</>;
}

/** Under the grid while a template cell is edited: save it, spread it over the week, copy it to other windows. */
function WeekActions({ roster }: { roster: RosterEditor }) {
  const e = roster.editing.value;
  if (!e || e.weekday === null) return null;
  const day = WEEKDAY_LABELS[e.weekday - 1];
  return (
    <div class="roster-actions card" data-testid="roster-actions">
      <strong>{e.windowNumber} 号窗口 · {day?.zh} <small>Window {e.windowNumber} · {day?.en}</small></strong>
      <button type="button" class="btn primary" disabled={roster.busy.value} data-testid="roster-save" onClick={() => void roster.saveCell('cell')}>保存 Save</button>
      <button type="button" class="btn" disabled={roster.busy.value} onClick={() => void roster.saveCell('workdays')}>应用到周一至周五 Mon–Fri</button>
      <button type="button" class="btn" disabled={roster.busy.value} onClick={() => void roster.saveCell('week')}>应用到全周 All weekdays</button>
      <label class="copy-to">复制到窗口 Copy to windows
        <input type="text" value={roster.copyTargets.value} placeholder="6-8, 12" maxLength={80} onInput={(ev) => roster.setCopyTargets(ev.currentTarget.value)} />
      </label>
      <button type="button" class="btn" disabled={roster.busy.value} onClick={() => void roster.copyToWindows()}>复制 Copy</button>
      <button type="button" class="btn link" onClick={() => roster.cancel()}>取消 Cancel</button>
    </div>
  );
}

function WeekGrid({ roster }: { roster: RosterEditor }) {
  const week = roster.week.value;
  if (!week) return <p class="muted">正在加载… Loading…</p>;
  const e = roster.editing.value;
  const may = roster.mayChange();
  return (
    <div class="roster-scroll"><table class="roster-grid" data-testid="roster-week">
      <thead><tr><th>窗口 Window</th>{WEEKDAY_LABELS.map((d) => <th key={d.en}>{d.zh} <small>{d.en}</small></th>)}</tr></thead>
      <tbody>
        {week.windows.map((w) => (
          <tr key={w.windowId} data-window={w.number}>
            <th scope="row"><span class="num">{w.number}</span> <small>{w.name}</small></th>
            {w.week.map((spans, i) => {
              const editingHere = e?.windowNumber === w.number && e.weekday === i + 1;
              return (
                <td key={i} data-weekday={i + 1} class={`${spans.length === 0 ? 'closed' : ''}${editingHere ? ' editing' : ''}`}
                  data-testid={`roster-cell-${w.number}-${i + 1}`}
                  onClick={may && !editingHere ? () => roster.edit(w.number, i + 1) : undefined} title={may ? '点击修改 Click to edit' : undefined}>
                  {editingHere ? <CellInput roster={roster} onSave={() => void roster.saveCell('cell')} /> : <SpansShown spans={spans} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table></div>
  );
}

function DayPlan({ roster }: { roster: RosterEditor }) {
  const plan = roster.dayPlan.value;
  const e = roster.editing.value;
  const may = roster.mayChange();
  return (
    <section class="roster-day" data-testid="roster-day">
      <h3>按日调整 <span>Plan of a day</span></h3>
      <label class="field">日期 Date
        <input type="date" value={roster.day.value} data-testid="roster-day-input" onChange={(ev) => void roster.chooseDay(ev.currentTarget.value)} />
      </label>
      {plan && <p class="day-kind" data-testid="roster-day-kind" data-kind={plan.kind}>{WEEKDAY_LABELS[plan.weekday - 1]?.zh} · {KIND_LABEL[plan.kind]}</p>}
      {plan && (
        <table class="roster-grid roster-day-table">
          <thead><tr><th>窗口 Window</th><th>当日排班 Plan</th><th>来源 Source</th>{may && <th />}</tr></thead>
          <tbody>
            {plan.windows.map((w) => {
              const editingHere = e?.windowNumber === w.number && e.weekday === null;
              return (
                <tr key={w.windowId} data-window={w.number} data-source={w.source} class={w.source === 'override' ? 'override' : ''}>
                  <th scope="row"><span class="num">{w.number}</span> <small>{w.name}</small></th>
                  <td data-testid={`roster-day-cell-${w.number}`} class={w.spans.length === 0 ? 'closed' : ''}
                    onClick={may && !editingHere ? () => roster.edit(w.number, null) : undefined} title={may ? '点击修改当日排班 Click to change this day' : undefined}>
                    {editingHere ? <CellInput roster={roster} onSave={() => void roster.saveDay()} /> : <SpansShown spans={w.spans} />}
                  </td>
                  <td><span class={`tag source-${w.source}`}>{SOURCE_LABEL[w.source]}</span></td>
                  {may && (
                    <td>
                      {editingHere && <button type="button" class="btn primary" data-testid="roster-day-save" onClick={() => void roster.saveDay()}>保存 Save</button>}
                      {w.source === 'override' && (
                        <button type="button" class="btn" data-testid={`roster-back-${w.number}`} disabled={roster.busy.value} onClick={() => void roster.backToTemplate(w.number)}>
                          恢复模板 Back to template
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function RosterSection() {
  const { roster } = useAdmin().manage;
  useEffect(() => { void roster.load(); }, [roster]);
  return (
    <section class="roster" data-testid="roster">
      <h2>排班 <span>Roster</span></h2>
      <p class="muted">
        各窗口计划开放的时段：每周模板加按日调整；节假日不排班，调休上班日按周一模板。窗口的实际开放、暂停仍由窗口人员操作。
        {roster.mayChange() ? ' 点击格子修改，写作 08:30-12:00, 13:30-17:30，休 = 不开放。' : ' 只读 Read only.'}
        <br /><small>When each window is planned to be open: a week template plus changes for single days. Holidays have no plan; make-up working days follow Monday.</small>
      </p>
      {roster.problem.value && <p class="error" role="alert" data-testid="roster-problem">{roster.problem.value}</p>}
      <h3>每周模板 <span>Week template</span></h3>
      <WeekActions roster={roster} />
      <WeekGrid roster={roster} />
      <DayPlan roster={roster} />
    </section>
  );
}
